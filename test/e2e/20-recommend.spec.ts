import fs from 'node:fs';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { RecommendPage } from './pages/recommend-page';
import { everyRow } from '../helpers/every-row';

/**
 * 智能推荐 on the demo (which comes with a year of online-shop order lines): make recommendations,
 * read a customer's next purchases and why, a product's bought-together list, add a campaign and
 * see its demand reach the forecast and the plan, export the customer lists. Figures come from the
 * API, never assumed.
 */
test('recommendations: customers and reasons, bought together, a campaign that reaches the plan, export', async ({ app, page, server }) => {
  test.setTimeout(300_000);
  await app.waitForDemo();
  const status = await callApi(server, 'recommend:status');
  // The campaign below needs a forecast to reach: one is made first when this demo has none yet.
  if ((await callApi(server, 'forecast:runs')).length === 0) await callApi(server, 'forecast:start', { frequency: 'week', horizon: 13 });
  expect(status.customers).toBeGreaterThan(100);
  await app.goTo('Recommendations');
  const recommend = new RecommendPage(page);
  await expect(recommend.root).toBeVisible();
  if (!status.run) await expect(page.getByTestId('recommend-not-run')).toBeVisible();
  await recommend.makeRecommendations(240_000);
  await expect(recommend.customerCount).toHaveText(`${status.customers.toLocaleString('en-US')} rows`);

  // The most loyal customer: their history and their next purchases, each with a reason in words.
  const [best] = await callApi(server, 'recommend:customers');
  await recommend.searchCustomer(best!.customerId);
  await recommend.pickCustomer(best!.customerId);
  const detail = await callApi(server, 'recommend:customer', { customerId: best!.customerId });
  await expect(recommend.nextItems).toHaveCount(detail.recommendations.length);
  await expect(recommend.nextItems.first()).toContainText(detail.recommendations[0]!.sku);
  await expect(recommend.reasons.first()).not.toBeEmpty();
  // Figures on hover, no jargon.
  await recommend.reasons.first().hover();
  await expect(page.locator('.ant-tooltip:visible')).toContainText(/Score/);
  await app.screenshot('recommend-customers', 'en');

  // Bought together: the most paired product's list; a high minimum empties it.
  await recommend.tab('together').click();
  const [paired] = await callApi(server, 'recommend:pairedSkus');
  const pairs = await callApi(server, 'recommend:boughtTogether', { sku: paired!.sku });
  await expect(recommend.togetherTable.locator('tbody tr.ant-table-row')).toHaveCount(pairs.length);
  await recommend.minSupport.fill('50');
  await expect(recommend.togetherTable).toContainText('No pairs at this minimum');

  // Launch targeting: the forecast made before this run does not hold its expected buyers yet, and the page says so.
  await recommend.tab('launch').click();
  const launches = await callApi(server, 'recommend:launch');
  if (launches.length > 0) {
    await expect(recommend.launchTable.locator('tbody tr.ant-table-row')).toHaveCount(launches.length);
    await expect(page.getByTestId('launch-signal-pending')).toContainText('the next forecast run');
  } else await expect(recommend.launchTable).toContainText('No new or upcoming products');

  // Accuracy: the blend against the simple rules.
  await recommend.tab('accuracy').click();
  await expect(page.getByTestId('accuracy-table')).toContainText('Their most bought items');

  // A campaign for the customer's first recommendation: its demand reaches the forecast and the plan.
  const sku = detail.recommendations[0]!.sku;
  await expect.poll(async () => (await callApi(server, 'forecast:runs')).length, { timeout: 120_000 }).toBeGreaterThan(0);
  const run = (await callApi(server, 'forecast:runs'))[0]!;
  const grid = await everyRow((channel, input) => callApi(server, channel, input), 'forecast:gridPage', { runId: run.id });
  const series = grid.find((r) => r.sku === sku)!;
  const before = await callApi(server, 'forecast:detail', { runId: run.id, productId: series.productId, locationId: series.locationId });
  const start = before.forecast[1]!.date;
  await recommend.tab('campaigns').click();
  await recommend.addCampaign({ name: 'Loyal customers e2e', sku, startDate: start, size: 2000, conversionPct: 5 });
  await expect(recommend.campaignsTable).toContainText('Loyal customers e2e');
  const after = await callApi(server, 'forecast:detail', { runId: run.id, productId: series.productId, locationId: series.locationId });
  const added = after.forecast.reduce((s, f) => s + f.campaignUnits, 0);
  expect(added).toBeGreaterThan(0);
  expect(after.campaigns.map((c) => c.name)).toContain('Loyal customers e2e');
  expect(after.forecast.reduce((s, f) => s + f.mean, 0)).toBeGreaterThan(before.forecast.reduce((s, f) => s + f.mean, 0));
  await app.screenshot('recommend-campaigns', 'en');

  // Export the customer lists as CSV: the documented columns and every customer.
  const download = await recommend.export('customers', 'csv');
  expect(download.suggestedFilename()).toMatch(/^supplydesk-recommendations-run\d+-\d{4}-\d{2}-\d{2}(-\d+)?\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text.trim().split(/\r\n/);
  expect(header).toBe('customer_id,rank,sku,score,reason,reason_kind');
  expect(rows.some((r) => r.startsWith(`${best!.customerId},1,${sku},`))).toBe(true);

  // The campaign is deleted again so other specs on this demo see its plan as it was.
  await recommend.campaignsTable.getByTestId('campaign-delete').first().click();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(recommend.campaignsTable).not.toContainText('Loyal customers e2e');
});
