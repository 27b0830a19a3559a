import { expect, test } from './fixtures';

const pagesInChinese = [
  { nav: '概览', testId: 'page-dashboard', shot: 'dashboard' },
  { nav: '数据', testId: 'page-data', shot: 'data' },
  { nav: '需求预测', testId: 'page-forecasts', shot: 'forecasts' },
  { nav: '补货计划', testId: 'page-replenishment', shot: 'replenishment' },
  { nav: '供应商', testId: 'page-suppliers', shot: 'suppliers' },
  { nav: '设置', testId: 'page-settings', shot: 'settings' },
] as const;

test('switching to 中文 shows Chinese labels everywhere, and back to English', async ({ app, dataPage, settingsPage, page }) => {
  await app.waitForDemo();
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));

  await expect(app.navItem('数据')).toBeVisible();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(app.demoTag).toContainText('演示');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  for (const entry of pagesInChinese) {
    await app.goTo(entry.nav);
    await expect(page.getByTestId(entry.testId)).toBeVisible();
    if (entry.testId === 'page-data') {
      await dataPage.waitForRows('products');
      await expect(page.getByRole('tab', { name: '商品目录' })).toBeVisible();
      await expect(dataPage.rowCount).toHaveText(/^[\d,]+ 行$/);
    }
    await app.screenshot(entry.shot, 'zh-CN');
  }

  // The choice is saved: a reload keeps Chinese.
  await page.reload();
  await expect(app.navItem('设置')).toBeVisible();

  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await expect(app.navItem('Settings')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('the dark theme can be chosen in Settings', async ({ app, settingsPage, page }) => {
  await app.waitForDemo();
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.theme('Dark'));
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await app.goTo('Dashboard');
  await app.screenshot('dashboard-dark', 'en');
  await app.goTo('Data');
  await page.locator('.ag-row').first().waitFor();
  await app.screenshot('data-dark', 'en');
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.theme('Light'));
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
});
