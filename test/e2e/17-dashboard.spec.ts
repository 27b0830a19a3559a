import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

const FIGURES = ['stockValue', 'weeksOfCover', 'forecastAccuracy', 'fillRate', 'supplierOtif', 'openPoValue', 'overduePoLines'] as const;

test('the demo’s key figures show with their change and 12-week trend', async ({ app, page }) => {
  await app.waitForDemo();
  const dashboard = new DashboardPage(page);
  await dashboard.waitForFigures();
  for (const id of FIGURES) await expect(dashboard.figure(id)).toBeVisible();

  await expect(dashboard.value('stockValue')).toHaveText(/^(CN)?¥[\d,]+$/);
  await expect(dashboard.value('weeksOfCover')).toHaveText(/^[\d.,]+ wk$/);
  await expect(dashboard.value('fillRate')).toHaveText(/^\d{1,3}(\.\d)?%$/);
  await expect(dashboard.value('overduePoLines')).toHaveText(/^[\d,]+$/);
  // Each figure with data says how it moved against four weeks earlier and draws its trend.
  for (const id of ['stockValue', 'fillRate', 'supplierOtif', 'openPoValue'] as const) {
    await expect(dashboard.figure(id).getByTestId('figure-delta')).toHaveText(/\d/);
    await expect(dashboard.figure(id).getByRole('img', { name: /the last 12 weeks$/ })).toBeVisible();
  }
  await expect(dashboard.figure('fillRate').getByTestId('figure-delta')).toHaveAttribute('data-tone', /^(good|bad|neutral)$/);
  await expect(page.getByTestId('page-dashboard')).toContainText(/As of .+ · changes against /);
  await app.screenshot('dashboard-figures', 'en');
});

test('each figure explains how it is computed', async ({ app, page }) => {
  await app.waitForDemo();
  const dashboard = new DashboardPage(page);
  await dashboard.waitForFigures();
  const fill = await dashboard.definition('fillRate');
  await expect(fill).toContainText('How is this computed?');
  await expect(fill).toContainText('Demand lost to stock-outs is estimated');
  await page.mouse.move(0, 0);
  const stock = await dashboard.definition('stockValue');
  await expect(stock).toContainText('Past weeks roll that snapshot back');
});

test('clicking a figure opens the page where it can be acted on', async ({ app, dataPage, page }) => {
  await app.waitForDemo();
  const dashboard = new DashboardPage(page);

  await dashboard.waitForFigures();
  await dashboard.figure('supplierOtif').click();
  await expect(page.getByTestId('page-suppliers')).toBeVisible();

  await app.goTo('Dashboard');
  await dashboard.figure('overduePoLines').click();
  await expect(page.getByTestId('page-data')).toBeVisible();
  await expect(dataPage.tab('Purchase orders')).toHaveAttribute('aria-selected', 'true');

  await app.goTo('Dashboard');
  await dashboard.figure('weeksOfCover').click();
  await expect(page.getByTestId('page-replenishment')).toBeVisible();

  await app.goTo('Dashboard');
  await dashboard.figure('forecastAccuracy').press('Enter');
  await expect(page.getByTestId('page-forecasts')).toBeVisible();
  expect(page.url()).toMatch(/#\/forecasts\/accuracy$/);
});

test('in Chinese the figures speak Chinese, with Chinese number formats', async ({ app, settingsPage, page }) => {
  await app.waitForDemo();
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('概览');
  const dashboard = new DashboardPage(page);
  await dashboard.waitForFigures();
  await expect(dashboard.figure('stockValue')).toContainText('库存金额（按成本）');
  await expect(dashboard.figure('weeksOfCover')).toContainText('可售周数');
  await expect(dashboard.figure('fillRate')).toContainText('满足率');
  await expect(dashboard.value('stockValue')).toHaveText(/^¥[\d,]+$/);
  await expect(dashboard.value('weeksOfCover')).toHaveText(/^[\d.,]+ 周$/);
  await expect(dashboard.figure('stockValue').getByTestId('figure-delta')).toHaveText(/\d/);
  await expect(page.getByTestId('page-dashboard')).toContainText('变化对比');
  const definition = await dashboard.definition('fillRate');
  await expect(definition).toContainText('这个指标怎么算？');
  await expect(definition).toContainText('缺货损失为估算值');
  await expect(page.getByTestId('page-dashboard')).toContainText('数据截至');
  await app.screenshot('dashboard-figures', 'zh-CN');

  // Back to English for the specs that share this server.
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await expect(app.navItem('Settings')).toBeVisible();
});
