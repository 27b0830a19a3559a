import { callApi } from './api';
import { expect, test } from './fixtures';
import { ForecastsPage } from './pages/forecasts-page';
import { everyRow } from '../helpers/every-row';

test('forecast accuracy by group and a comparison of two runs', async ({ app, page, server }) => {
  test.setTimeout(150_000);
  const forecasts = new ForecastsPage(page);
  await app.waitForDemo();
  await app.goTo('Forecasts');
  await forecasts.startRun({ frequency: 'Weekly', horizon: 8 });
  await expect(page.getByText('The demand forecast is ready')).toBeVisible({ timeout: 60_000 });

  // SKUs with less history than the horizon are named, not forecast as if they had it.
  const [latest] = await callApi(server, 'forecast:runs');
  const shortOnes = (await everyRow((channel, input) => callApi(server, channel, input), 'forecast:gridPage', { runId: latest!.id })).filter((r) => r.historyBuckets < 8).length;
  expect(shortOnes).toBeGreaterThan(0);
  await expect(page.getByTestId('forecast-horizon-warning')).toContainText(`${shortOnes} SKU-locations have less history than the 8 weeks`);

  // Accuracy: the backtest by category, each figure beside seasonal naive.
  await forecasts.showView('Accuracy');
  const [run] = await callApi(server, 'forecast:runs');
  const byCategory = await callApi(server, 'forecast:accuracy', { runId: run!.id, groupBy: 'category' });
  const [overall] = await callApi(server, 'forecast:accuracy', { runId: run!.id, groupBy: 'all' });
  const grid = forecasts.accuracy.getByTestId('grid-forecast-accuracy-category');
  for (const row of byCategory) await expect(grid).toContainText(row.key);
  await expect(forecasts.accuracy).toContainText(overall!.relativeMase!.toFixed(2));
  await expect(grid.getByRole('columnheader', { name: 'Seasonal naive MASE', exact: true })).toBeVisible();

  // Grouped by demand class, the classes read as words.
  await forecasts.accuracy.getByLabel('Group by').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Demand class', { exact: true }).click();
  await expect(forecasts.accuracy.getByTestId('grid-forecast-accuracy-class')).toContainText(/Smooth|Intermittent|Lumpy|Erratic/);

  // Nothing has sold since the run: said plainly, not an empty table.
  await forecasts.accuracy.getByText('Sales since the run', { exact: true }).click();
  await expect(forecasts.accuracy).toContainText('No sales since this run yet');
  await app.screenshot('forecast-accuracy', 'en');

  // One run cannot be compared (other tests in this worker may have made runs already); a second one can.
  await forecasts.showView('Compare runs');
  const runsBefore = await callApi(server, 'forecast:runs');
  if (runsBefore.length === 1) await expect(forecasts.root).toContainText('Only one run so far');
  await forecasts.startRun({ frequency: 'Weekly', horizon: 12 });
  await expect
    .poll(async () => (await callApi(server, 'forecast:runs')).find((r) => r.id > runsBefore[0]!.id)?.status, { timeout: 60_000 })
    .toBe('done');
  const [newer, older] = await callApi(server, 'forecast:runs');
  const comparison = await callApi(server, 'forecast:compare', { runA: newer!.id, runB: older!.id });
  await expect(forecasts.compare).toContainText(`of ${comparison.summary.inBoth.toLocaleString('en-US')} series in both`, { timeout: 20_000 });
  // The biggest change comes first.
  const biggest = [...comparison.rows].sort((a, b) => Math.abs(b.diffPct ?? 0) - Math.abs(a.diffPct ?? 0))[0]!;
  await expect(forecasts.compare.locator('.ag-row[row-index="0"]')).toHaveAttribute('row-id', `${biggest.productId}:${biggest.locationId}`);
  await app.screenshot('forecast-compare', 'en');

  // Refresh: no sales since the newest run, so its forecast stands (no new run); the plan and alerts are made again.
  const runCount = (await callApi(server, 'forecast:runs')).length;
  await forecasts.root.getByTestId('refresh-start').click();
  await expect(page.getByText('Forecasts, plan and alerts are up to date')).toBeVisible({ timeout: 60_000 });
  const { last } = await callApi(server, 'refresh:status');
  expect(last).toMatchObject({ mode: 'rolled', runId: newer!.id, cause: { reason: 'manual' } });
  expect(last!.planId).not.toBeNull();
  expect(await callApi(server, 'forecast:runs')).toHaveLength(runCount);
  // The button's tooltip says what the last refresh did (the pointer leaves it first: it was just clicked).
  await page.mouse.move(0, 0);
  await forecasts.root.getByTestId('refresh-start').hover();
  await expect(page.locator('.ant-tooltip').filter({ visible: true })).toContainText(`No week completed since run #${newer!.id}`);
});

test('the global model: a run on auto trains and stores it, combines it by learnt weights, and the form names it', async ({ app, page, server }) => {
  test.setTimeout(240_000);
  const forecasts = new ForecastsPage(page);
  await app.waitForDemo();
  await app.goTo('Forecasts');
  await forecasts.runButton.click();
  const option = forecasts.runForm.getByTestId('global-model-option');
  await expect(option.getByRole('radio', { name: 'Auto' })).toBeChecked();
  // On: trained within the run whatever is stored (the earlier runs of this workspace may have stored one).
  await option.getByText('On', { exact: true }).click();
  const modelsBefore = (await callApi(server, 'forecast:globalModels')).map((m) => m.id);
  const newestBefore = (await callApi(server, 'forecast:runs'))[0]?.id ?? 0;
  await forecasts.runForm.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(async () => (await callApi(server, 'forecast:runs')).find((r) => r.id > newestBefore)?.status, { timeout: 200_000 })
    .toBe('done');
  const [model] = await callApi(server, 'forecast:globalModels');
  expect(modelsBefore).not.toContain(model!.id);

  const [run] = await callApi(server, 'forecast:runs');
  const combined = (await everyRow((channel, input) => callApi(server, channel, input), 'forecast:gridPage', { runId: run!.id })).filter((row) => row.method.endsWith(' + global model'));
  await forecasts.showColumn('method');
  await forecasts.floatingFilter('Method').fill('global model');
  await expect.poll(() => forecasts.shownRows()).toBe(combined.length);

  // Reopened, the form names the stored model.
  await forecasts.runButton.click();
  await expect(option).toContainText(`trained on ${model!.trainedSeries.toLocaleString('en-US')} series`);
});
