import { expect, test } from './fixtures';

const pages = [
  { label: 'Dashboard', testId: 'page-dashboard', shot: 'dashboard' },
  { label: 'Forecasts', testId: 'page-forecasts', shot: 'forecasts' },
  { label: 'Replenishment', testId: 'page-replenishment', shot: 'replenishment' },
  { label: 'Suppliers', testId: 'page-suppliers', shot: 'suppliers' },
  { label: 'Settings', testId: 'page-settings', shot: 'settings' },
] as const;

const dataTabs = [
  { tab: 'Catalogue', key: 'products' },
  { tab: 'Suppliers', key: 'suppliers' },
  { tab: 'Supplier terms', key: 'supplierTerms' },
  { tab: 'Sales by SKU', key: 'salesBySku' },
  { tab: 'Sales by week', key: 'salesByWeek' },
  { tab: 'Stock', key: 'stock' },
  { tab: 'Purchase orders', key: 'purchaseOrders' },
] as const;

test('every page shows, with a screenshot of each', async ({ app, dataPage, page }) => {
  await app.waitForDemo();

  for (const entry of pages) {
    await app.goTo(entry.label);
    await expect(page.getByTestId(entry.testId)).toBeVisible();
    // The Dashboard's figures have been computed before its screenshot.
    if (entry.testId === 'page-dashboard') await expect(page.getByTestId('figure-stockValue')).toBeVisible({ timeout: 60_000 });
    await app.screenshot(entry.shot, 'en');
  }

  await app.goTo('Data');
  for (const entry of dataTabs) {
    await dataPage.tab(entry.tab).click();
    await dataPage.waitForRows(entry.key);
    await expect(dataPage.rowCount).toHaveText(/^[\d,]+ rows$/);
    await app.screenshot(entry.key === 'products' ? 'data' : `data-${entry.key}`, 'en');
  }
});
