import { callApi } from './api';
import { expect, test } from './fixtures';
import { ForecastsPage } from './pages/forecasts-page';
import { everyRow } from '../helpers/every-row';

test('forecast review: run a forecast, sort and filter, open a SKU, override it, see it in Chinese', async ({
  app,
  page,
  server,
  settingsPage,
}) => {
  test.setTimeout(120_000);
  const forecasts = new ForecastsPage(page);
  await app.waitForDemo();
  await app.goTo('Forecasts');

  // The demo starts without a forecast: a clear empty state with the button.
  await expect(forecasts.emptyState).toContainText('No demand forecast yet');
  await forecasts.startRun({ frequency: 'Weekly', horizon: 8 });
  await expect(forecasts.progress.or(app.jobIndicator).first()).toBeVisible();

  // The grid fills with every series of the new run, biggest money at stake first.
  await expect(page.getByText('The demand forecast is ready')).toBeVisible({ timeout: 60_000 });
  const [run] = await callApi(server, 'forecast:runs');
  expect(run).toMatchObject({ frequency: 'week', horizon: 8 });
  const rows = await everyRow((channel, input) => callApi(server, channel, input), 'forecast:gridPage', { runId: run!.id });
  await expect(forecasts.rowCount).toHaveText(`${rows.length.toLocaleString('en-US')} rows`);
  await expect(forecasts.summary).toContainText(rows.length.toLocaleString('en-US'));
  await expect(forecasts.columnHeader('Money at stake')).toHaveAttribute('aria-sort', 'descending');
  const top = [...rows].sort((a, b) => b.moneyAtStake - a.moneyAtStake)[0]!;
  const topId = `${top.productId}:${top.locationId}`;
  await expect(forecasts.grid.locator('.ag-row[row-index="0"]')).toHaveAttribute('row-id', topId);
  await app.screenshot('forecasts', 'en');

  // Filter by demand class (shown translated), then sort by it.
  const intermittent = rows.filter((row) => row.demandClass === 'intermittent').length;
  await forecasts.showColumn('demandClass');
  await forecasts.floatingFilter('Demand class').fill('Intermittent');
  await expect.poll(() => forecasts.shownRows()).toBe(intermittent);
  await forecasts.floatingFilter('Demand class').clear();
  await expect.poll(() => forecasts.shownRows()).toBe(rows.length);
  await forecasts.columnHeader('Demand class').click();
  await expect(forecasts.columnHeader('Demand class')).toHaveAttribute('aria-sort', 'ascending');
  // Back to the biggest money at stake first (ascending, then descending).
  await forecasts.showColumn('moneyAtStake');
  await forecasts.columnHeader('Money at stake').click();
  await forecasts.columnHeader('Money at stake').click();
  await expect(forecasts.columnHeader('Money at stake')).toHaveAttribute('aria-sort', 'descending');

  // Open a SKU: chart and explanation.
  await forecasts.openSeries(topId);
  await expect(forecasts.detail).toContainText(top.sku);
  await expect(forecasts.detail.getByTestId('forecast-chart').locator('canvas').first()).toBeVisible();
  await expect(forecasts.detail.getByTestId('forecast-explanation')).toContainText(top.method);
  await expect(forecasts.detail.getByTestId('forecast-explanation')).not.toContainText('{');

  // +50% over the first periods: the row's total goes up at once; removing it restores it.
  const totalCell = forecasts.cell(topId, 'totalUnits');
  await forecasts.showColumn('totalUnits');
  const before = await forecasts.readNumber(totalCell);
  const shownBefore = (await totalCell.textContent()) ?? '';
  await forecasts.addPercentOverride(50, 'Double 11 promotion');
  await expect(forecasts.overrideItems).toHaveCount(1);
  await expect(forecasts.overrideItems.first()).toContainText('+50%');
  await expect.poll(() => forecasts.readNumber(totalCell)).toBeGreaterThan(before);
  await forecasts.showColumn('flags');
  await expect(forecasts.cell(topId, 'flags')).toContainText('Overridden');
  await expect(forecasts.row(topId).getByTestId('marker-overridden')).toBeVisible();
  await app.screenshot('forecasts-detail', 'en');

  await forecasts.removeFirstOverride();
  await expect(forecasts.overrideItems).toHaveCount(0);
  await forecasts.showColumn('totalUnits');
  await expect(totalCell).toHaveText(shownBefore);
  await expect(forecasts.row(topId).getByTestId('marker-overridden')).toHaveCount(0);

  // Typing in a next-period cell asks for a reason and sets that period.
  await forecasts.showColumn('next1');
  await forecasts.cell(topId, 'next1').dblclick();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  const prompt = page.getByTestId('cell-override-prompt');
  await expect(prompt).toContainText('Set Wk +1 to 100 units.');
  await prompt.getByRole('textbox', { name: 'Reason' }).fill('Livestream next week');
  await page.getByRole('dialog').getByRole('button', { name: 'Add override' }).click();
  await expect(forecasts.cell(topId, 'next1')).toHaveText('100');
  await expect(forecasts.overrideItems).toHaveCount(1);
  await forecasts.removeFirstOverride();
  await forecasts.showColumn('totalUnits');
  await expect(totalCell).toHaveText(shownBefore);

  // The same page in Chinese.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('需求预测');
  await expect(page.getByRole('heading', { name: '需求预测' })).toBeVisible();
  await expect(forecasts.columnHeader('涉及金额')).toBeVisible();
  await expect(forecasts.rowCount).toHaveText(`${rows.length.toLocaleString('en-US')} 行`);
  await forecasts.openFirstSeries();
  await expect(forecasts.detail).toContainText('为何选用此方法');
  // Let the English confirmations from before the switch fade out of the picture.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await app.screenshot('forecasts', 'zh-CN');

  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await expect(app.navItem('Settings')).toBeVisible();
});
