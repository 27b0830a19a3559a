import { callApi } from './api';
import { expect, test } from './fixtures';
import { ForecastsPage } from './pages/forecasts-page';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The event calendar and planned promotions on the demo: move a year's Double 11, add a brand day,
 * plan a discount on a SKU and see it marked on its chart, then the calendar in Chinese. Leaves the
 * workspace as it found it for the specs after it.
 */
test('events: edit the calendar, add a brand day, plan a promotion, in Chinese too', async ({ app, page, server, settingsPage }) => {
  test.setTimeout(240_000);
  const forecasts = new ForecastsPage(page);
  await app.waitForDemo();
  if ((await callApi(server, 'forecast:runs')).length === 0) {
    const { jobId } = await callApi(server, 'forecast:start', { frequency: 'week', horizon: 13 });
    await expect.poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.jobId === jobId)?.status, { timeout: 180_000 }).toBe('done');
  }
  await app.goTo('Forecasts');
  await forecasts.showView('Event calendar');
  await expect(forecasts.events).toBeVisible();
  await forecasts.events.getByLabel('Year', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('2026', { exact: true }).click();

  // Double 11 starts earlier this year: typed in place, saved when the field is left.
  await expect(forecasts.eventRow('Double 11').getByLabel('From Double 11', { exact: true })).toHaveValue('2026-10-20');
  await forecasts.setEventDates('Double 11', '2026-10-25', '2026-11-11');
  await expect(forecasts.eventRow('Double 11').getByText('Edited', { exact: true })).toBeVisible();
  const double11 = (await callApi(server, 'forecast:events')).find((e) => e.key === 'double11')!;
  expect(double11.occurrences.find((o) => o.year === 2026)).toEqual({ year: 2026, from: '2026-10-25', to: '2026-11-11', edited: true });

  // A brand day of the merchant's own, named in both languages.
  const add = page.getByTestId('event-add');
  await add.getByLabel('Name (English)').fill('Brand day');
  await add.getByLabel('Name (Chinese)').fill('品牌日');
  await add.getByLabel('From', { exact: true }).fill('2026-09-09');
  await add.getByLabel('To (inclusive)', { exact: true }).fill('2026-09-10');
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect(forecasts.eventRow('Brand day').getByText('Yours', { exact: true })).toBeVisible();
  await app.screenshot('event-calendar', 'en');

  // A 20% discount on the first SKU two to three weeks into the horizon: listed and marked on its chart.
  const [run] = await callApi(server, 'forecast:runs');
  const from = addDays(run!.historyTo, 15);
  const to = addDays(run!.historyTo, 21);
  await forecasts.showView('Forecasts');
  // The grid fetches its rows by page: the first row has its id once its page has come.
  const firstRow = forecasts.grid.locator('.ag-row[row-index="0"]').first();
  await expect(firstRow).toHaveAttribute('row-id', /^\d+:/);
  const rowId = await firstRow.getAttribute('row-id');
  const productId = Number(rowId!.split(':')[0]);
  await forecasts.openFirstSeries();
  await expect(forecasts.chart).toHaveAttribute('data-planned-spans', '0');
  await forecasts.planDiscount(from, to, 20);
  await expect(forecasts.promotions.getByTestId('planned-promotion')).toHaveCount(1);
  await expect(forecasts.promotions.getByTestId('planned-promotion')).toContainText('20% off');
  await expect(forecasts.chart).toHaveAttribute('data-planned-spans', '1');
  const planned = await callApi(server, 'forecast:plannedPromotions', { productId });
  expect(planned).toEqual([expect.objectContaining({ from, to, discountPct: 20, promo: true, price: null })]);
  await app.screenshot('planned-promotion', 'en');

  // In Chinese: the calendar's names and marks.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('预测');
  await forecasts.root.getByRole('radiogroup', { name: '视图' }).getByText('大促日历', { exact: true }).click();
  await expect(forecasts.eventRow('双11').getByText('已修改', { exact: true })).toBeVisible();
  await expect(forecasts.eventRow('品牌日').getByText('自定义', { exact: true })).toBeVisible();
  await app.screenshot('event-calendar', 'zh-CN');
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));

  // Leave the shared workspace as it was.
  await callApi(server, 'forecast:saveEvents', { changes: [{ kind: 'reset', key: 'double11' }, { kind: 'remove', key: 'brandDay' }] });
  for (const plan of planned) await callApi(server, 'forecast:removePlannedPromotion', { id: plan.id });
});
