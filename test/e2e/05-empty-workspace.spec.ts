import { expect, test } from './fixtures';

test('a new empty workspace in two clicks shows empty tables that say what to do', async ({ app, dataPage, page }) => {
  await app.waitForDemo();
  const demoName = (await app.workspaceName.textContent()) ?? '';

  const name = await app.createEmptyWorkspace();
  await expect(app.demoTag).toBeHidden();

  // Real zeros on the dashboard, not made-up figures.
  await app.goTo('Dashboard');
  await expect(page.getByTestId('key-figures')).toContainText('No sales history yet');
  await expect(page.getByTestId('key-figures')).toContainText('the key figures appear here');
  await expect(page.getByTestId('figure-value')).toHaveCount(0);
  await expect(page.getByTestId('page-dashboard')).toContainText('Getting started');
  await app.screenshot('dashboard-empty', 'en');

  await app.goTo('Data');
  await expect(dataPage.grid('products').getByTestId('grid-empty')).toContainText('No products in the catalogue yet');
  await expect(dataPage.rowCount).toHaveText('0 rows');
  await app.screenshot('data-empty', 'en');

  await dataPage.tab('Purchase orders').click();
  await expect(dataPage.grid('purchaseOrders').getByTestId('grid-empty')).toContainText('No purchase orders yet');

  // The demo is one click away in the recent list.
  await app.openRecentWorkspace(demoName);
  await expect(app.demoTag).toBeVisible();
  await expect(app.workspaceName).not.toHaveText(name);
});
