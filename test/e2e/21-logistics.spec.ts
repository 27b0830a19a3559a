import { callApi } from './api';
import { expect, test } from './fixtures';
import { LogisticsPage } from './pages/logistics-page';

/**
 * Logistics on the demo: the page says a plan is missing until there is one; then lanes, a transfer
 * approved and seen in transit, the shipments' timeline and container loads, and the page in Chinese.
 * The forecast and plan are seeded through the API (the Forecasts and Replenishment specs drive that UI).
 */
test('logistics: lanes, approve a transfer into transit, timeline, containers, in Chinese too', async ({ app, page, server, settingsPage }) => {
  test.setTimeout(300_000);
  const logistics = new LogisticsPage(page);
  await app.waitForDemo();
  await app.goTo('Logistics');
  await expect(logistics.root).toBeVisible();

  const waitFor = async (jobId: string) =>
    expect.poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.jobId === jobId)?.status, { timeout: 180_000 }).toBe('done');
  if ((await callApi(server, 'planning:plans')).length === 0) {
    // No plan: the page names what is missing and where to make it, rather than an empty screen.
    await expect(logistics.missing.getByTestId('missing-plan')).toContainText('No replenishment plan yet', { timeout: 60_000 });
    if ((await callApi(server, 'forecast:runs')).length === 0) await waitFor((await callApi(server, 'forecast:start', { frequency: 'week', horizon: 13 })).jobId);
    await waitFor((await callApi(server, 'planning:start')).jobId);
  }
  // The finished plan job refreshes the page.
  await expect(logistics.figures).toBeVisible({ timeout: 60_000 });
  await expect(logistics.missing).toHaveCount(0);
  const overview = await callApi(server, 'logistics:overview');
  await expect(logistics.figures.getByTestId('figure-transfers')).toContainText(String(overview.summary!.transfers));

  // Lanes: the demo's, in an editable grid.
  const lanes = await callApi(server, 'logistics:lanes');
  await logistics.openTab('lanes');
  await expect(logistics.laneCount).toHaveText(`${lanes.length} lanes`);
  await expect(logistics.lanesGrid.locator('.ag-row').first()).toBeVisible();

  // Approve the first transfer draft with a note: it becomes a transfer order in transit.
  await logistics.openTab('transfers');
  // A draft the origin can ship today (a draft may count stock still arriving there).
  const stock = await callApi(server, 'data:stock');
  const held = (sku: string, location: string) => stock.find((r) => r.sku === sku && r.location === location)?.onHand ?? 0;
  const draft = overview.transfers.find((t) => t.quantity <= held(t.sku, t.from))!;
  expect(draft).toBeDefined();
  await expect(logistics.draftRow(draft.sku)).toBeVisible();
  await logistics.approve(draft.sku, 'before the weekend promotion');
  const [order] = await callApi(server, 'logistics:transferOrders');
  expect(order).toMatchObject({ sku: draft.sku, quantity: draft.quantity, status: 'in_transit', reason: { note: 'before the weekend promotion' } });
  const row = logistics.orderRow(order!.transferNumber);
  await expect(row).toHaveAttribute('data-status', 'in_transit');
  await expect(row.getByTestId('transfer-status')).toHaveText('In transit');
  await app.screenshot('logistics-transfers', 'en');

  // Shipments by mode on the timeline, and the consolidated containers with their fill.
  // The table's first page comes with the overview, the next is asked for when turned to.
  // (Asked again: the approval moved the positions the shipments are planned from.)
  const shipped = await callApi(server, 'logistics:overview');
  await logistics.openTab('shipments');
  await expect(logistics.timeline.locator('canvas').first()).toBeVisible();
  await expect(logistics.shipmentRows()).toHaveCount(Math.min(20, shipped.shipmentCount));
  await expect(logistics.shipmentRows().first()).toContainText(shipped.shipments[0]!.sku);
  if (shipped.shipmentCount > 20) {
    const second = await callApi(server, 'logistics:shipments', { offset: 20, limit: 20 });
    await logistics.shipmentsPage(2);
    await expect(logistics.shipmentRows().first()).toContainText(second.rows[0]!.sku);
    await expect(logistics.shipmentRows()).toHaveCount(second.rows.length);
  }
  await logistics.openTab('containers');
  const { containers, consolidation } = await callApi(server, 'logistics:overview');
  if (containers.length > 0) {
    await expect(logistics.containers.getByTestId('container-load')).toHaveCount(Math.min(20, containers.length));
    await expect(logistics.containers.getByTestId('container-fill').first()).toContainText(`${Math.round(containers[0]!.fillPct)}%`);
    // Each load's mix: its boxes by kind, and the loose remainder when one ships LCL.
    const first = consolidation[0]!;
    const mix = page.getByTestId('container-mix');
    await expect(mix).toHaveCount(consolidation.length);
    await expect(mix.first()).toContainText(`${first.originPort} → ${first.to}`);
    for (const kind of ['40hc', '40ft', '20ft'] as const) if (first.counts[kind] > 0) await expect(mix.first()).toContainText(`${first.counts[kind]} × ${kind.toUpperCase()}`);
    if (first.looseM3 > 0) await expect(mix.first()).toContainText('LCL');
  } else {
    // The demo's plan may ship everything cheaper as less-than-container loads: the page says why there are none.
    await expect(page.getByTestId('containers-empty')).toContainText('No shipment fills a container');
  }
  await app.screenshot('logistics-containers', 'en');

  // In Chinese: the page and its statuses speak Chinese.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('物流');
  await expect(page.getByTestId('tab-transfers')).toHaveText('仓间调拨');
  await expect(logistics.orderRow(order!.transferNumber).getByTestId('transfer-status')).toHaveText('在途');
  await app.screenshot('logistics', 'zh-CN');
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
});
