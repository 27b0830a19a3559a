import type { Page } from '@playwright/test';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { everyRow } from '../helpers/every-row';

/** Ticks or unticks one choice of a multiple-choice filter (antd Select), then closes it. */
async function toggleOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) }).click();
  await page.keyboard.press('Escape');
}

/**
 * The morning check: the Dashboard's action list on the demo, acknowledge and snooze from it,
 * thresholds that change the list, the Alerts page filter, the notice for new high alerts, zh-CN.
 * Specs share one demo per worker: figures are read from the API before acting, never assumed.
 */
test('alerts: action list, acknowledge, snooze, thresholds, filter, new-alert notice, in Chinese too', async ({ app, page, server, settingsPage }) => {
  test.setTimeout(240_000);
  await app.waitForDemo();
  const saved = await callApi(server, 'monitoring:settings');
  await app.goTo('Dashboard');
  const list = page.getByTestId('action-list');
  await expect(list).toBeVisible();
  // The demo comes with its morning check done (a workspace never checked offers "Check now").
  expect((await callApi(server, 'monitoring:counts')).refreshedAt).not.toBeNull();
  const items = list.getByTestId('action-item');
  await expect(items.first()).toBeVisible({ timeout: 30_000 });

  // The list is the open alerts with the most money at stake, in that order.
  const top = await callApi(server, 'monitoring:alerts', { limit: 8 });
  await expect(items).toHaveCount(top.rows.length);
  await expect(items.first()).toHaveAttribute('data-alert-key', top.rows[0]!.key);
  // Each says what to do today in a whole sentence: the SKU or PO it is about is never cut off.
  const subject = top.rows[0]!.entity.sku ?? top.rows[0]!.entity.poNumber ?? '';
  await expect(items.first().getByTestId('action-todo')).toContainText(subject);
  await app.screenshot('dashboard-actions', 'en');

  // Acknowledge the first: it leaves the list and is acknowledged.
  const first = top.rows[0]!;
  await items.first().getByTestId('action-ack').click();
  await expect(list.locator(`[data-alert-key="${first.key}"]`)).toHaveCount(0);
  expect((await callApi(server, 'monitoring:alerts', { statuses: ['acknowledged'] })).rows.map((r) => r.key)).toContain(first.key);

  // Snooze the next one: it leaves the list until the snooze date.
  const next = (await callApi(server, 'monitoring:alerts', { limit: 1 })).rows[0]!;
  await list.locator(`[data-alert-key="${next.key}"]`).getByTestId('action-snooze').click();
  await expect(list.locator(`[data-alert-key="${next.key}"]`)).toHaveCount(0);
  const snoozed = (await callApi(server, 'monitoring:alerts', { statuses: ['snoozed'] })).rows.find((r) => r.key === next.key);
  expect(snoozed?.snoozedUntil).not.toBeNull();

  // The Alerts page: the priority filter shows exactly the high open alerts.
  await app.goTo('Alerts');
  await expect(page.getByTestId('page-alerts')).toBeVisible();
  const openCount = (await callApi(server, 'monitoring:alerts')).rows.length;
  await expect(page.getByTestId('alert-row-count')).toHaveText(`${openCount.toLocaleString('en-US')} rows`);
  await toggleOption(page, 'filter-priority', 'High');
  const high = (await callApi(server, 'monitoring:alerts', { priorities: ['high'] })).rows;
  await expect(page.getByTestId('alert-row-count')).toHaveText(`${high.length.toLocaleString('en-US')} rows`);
  // Choosing High again takes the filter off.
  await toggleOption(page, 'filter-priority', 'High');
  await expect(page.getByTestId('alert-row-count')).toHaveText(`${openCount.toLocaleString('en-US')} rows`);

  // Tighter thresholds (fewer weeks of cover for excess stock, a lower bar for high priority) change
  // the list after the refresh they start, and the new high-priority alerts raise an in-app notice.
  const excessCount = async () => (await callApi(server, 'monitoring:alerts', { kinds: ['excessStock'], all: true })).rows.length;
  const excessBefore = await excessCount();
  await page.getByTestId('alerts-settings').click();
  const drawer = page.getByTestId('alert-settings');
  await drawer.getByTestId('setting-excessWeeks').fill('2');
  await drawer.getByTestId('setting-highMoney').fill('200');
  await drawer.getByTestId('alert-settings-save').click();
  await expect(page.getByTestId('alert-notice')).toBeVisible({ timeout: 60_000 });
  // The notice can come from the check that follows an earlier change: wait for the settings' own check.
  await expect.poll(excessCount, { timeout: 60_000 }).toBeGreaterThan(excessBefore);
  await toggleOption(page, 'filter-kind', 'Excess stock');
  const excessRows = (await callApi(server, 'monitoring:alerts', { kinds: ['excessStock'] })).rows.length;
  await expect(page.getByTestId('alert-row-count')).toHaveText(`${excessRows.toLocaleString('en-US')} rows`);
  await app.screenshot('alerts', 'en');

  // The notice opens the alert it names, with its why and money in the side panel.
  await page.getByTestId('alert-notice-show').click();
  await expect(page.getByTestId('alert-detail')).toBeVisible();
  await expect(page.getByTestId('alert-detail-money')).not.toBeEmpty();

  // zh-CN: the action list speaks Chinese.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('概览');
  await expect(list.getByText('晨检：今天需要处理的事项')).toBeVisible();
  const shown = (await callApi(server, 'monitoring:alerts', { limit: 1 })).rows[0]!;
  // What to do, in Chinese words.
  const chineseTodo: Record<string, string> = {
    stockout: '调货或加急', excessStock: '暂停订购', poOverdue: '交付', poConfirmedLate: '按承诺', supplierOtif: '沟通',
    belowReorderPoint: '下单', deadStock: '清理', forecastBias: '修正', staleStock: '导入', staleSales: '导入', stalePurchaseOrders: '导入',
    transferSaves: '调', expeditePays: '加急',
  };
  await expect(items.first().getByTestId('action-todo')).toContainText(chineseTodo[shown.kind]!);
  await app.screenshot('dashboard-actions', 'zh-CN');
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await callApi(server, 'monitoring:updateSettings', saved);
});

/** Waits for a job started through the API. */
async function finishJob(server: Parameters<typeof callApi>[0], jobId: string): Promise<void> {
  await expect
    .poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.jobId === jobId)?.status, { timeout: 180_000 })
    .toBe('done');
}

/**
 * An alert's links land on the thing they name: the SKU's plan line opened in a plan searched for
 * that SKU, the supplier's scorecard, the PO among the purchase orders. Leaving the panel or the
 * search returns to the plain page route; a SKU that is not there leaves an empty search, no crash.
 */
test('alert links land on the SKU, the supplier and the PO they name', async ({ app, page, server }) => {
  test.setTimeout(300_000);
  await app.waitForDemo();
  // A plan to land on: this worker's earlier specs may have made one; if not, it is made through the API.
  if ((await callApi(server, 'planning:plans')).length === 0) {
    if (!(await callApi(server, 'forecast:runs')).some((run) => run.status === 'done')) {
      await finishJob(server, (await callApi(server, 'forecast:start', { frequency: 'week', horizon: 13 })).jobId);
    }
    await finishJob(server, (await callApi(server, 'planning:start', {})).jobId);
  }
  const [plan] = await callApi(server, 'planning:plans');
  const lines = await everyRow((channel, input) => callApi(server, channel, input), 'planning:linePage', { planId: plan!.id });
  const planned = new Set(lines.map((line) => line.sku));
  const open = (await callApi(server, 'monitoring:alerts')).rows;
  // Bias alerts link to the forecast and logistics alerts to the Logistics page; the rest to the plan line.
  const elsewhere = new Set(['forecastBias', 'transferSaves', 'expeditePays']);
  const skuAlert = open.find((a) => a.entity.sku && !elsewhere.has(a.kind) && planned.has(a.entity.sku));
  const supplierAlert = open.find((a) => a.entity.supplierCode && a.entity.poNumber) ?? open.find((a) => a.entity.supplierCode);
  expect(skuAlert, 'an open alert about a planned SKU').toBeDefined();
  expect(supplierAlert, 'an open alert about a supplier').toBeDefined();
  const showAlert = async (id: number) => {
    await page.evaluate((hash) => { window.location.hash = hash; }, `#/alerts/${id}`);
    await expect(page.getByTestId('alert-detail')).toBeVisible();
  };

  // The SKU link: the plan searched for that SKU, its (first) line's panel open.
  const sku = skuAlert!.entity.sku!;
  await app.goTo('Alerts');
  await showAlert(skuAlert!.id);
  await page.getByTestId('alert-detail').getByTestId('link-sku').click();
  const detail = page.getByTestId('plan-line-detail');
  await expect(detail).toBeVisible({ timeout: 30_000 });
  await expect(detail).toContainText(sku);
  const planSearch = page.getByRole('textbox', { name: 'Search the plan' });
  await expect(planSearch).toHaveValue(sku);
  await expect(page.getByTestId('plan-row-count')).toContainText(` of ${lines.length.toLocaleString('en-US')} rows`);
  expect(new URL(page.url()).hash).toBe(`#/replenishment/${encodeURIComponent(sku)}`);
  await app.screenshot('alert-link-sku', 'en');
  // Closing the panel returns to the plain route: the next visit is not filtered.
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe('#/replenishment');

  // The supplier link: that supplier's scorecard, the ranking searched for it.
  const code = supplierAlert!.entity.supplierCode!;
  await showAlert(supplierAlert!.id);
  await page.getByTestId('alert-detail').getByTestId('link-supplier').click();
  const scorecard = page.getByTestId('scorecard-panel');
  await expect(scorecard).toBeVisible({ timeout: 30_000 });
  await expect(scorecard).toContainText(code);
  const supplierSearch = page.getByRole('textbox', { name: 'Search suppliers' });
  await expect(supplierSearch).toHaveValue(code);
  await expect(page.getByTestId('supplier-row-count')).toHaveText(/^1 of /);
  // Clearing the search returns to the plain route and the whole ranking.
  await supplierSearch.fill('');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/suppliers');
  await expect(page.getByTestId('supplier-row-count')).not.toContainText(' of ');

  // The PO link: the purchase orders searched for that PO.
  const po = supplierAlert!.entity.poNumber;
  if (po) {
    await showAlert(supplierAlert!.id);
    await page.getByTestId('alert-detail').getByTestId('link-po').click();
    await expect(page.getByRole('tab', { name: 'Purchase orders', selected: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Search this table' })).toHaveValue(po);
    await expect(page.getByTestId('grid-purchaseOrders').getByRole('gridcell', { name: po, exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('row-count')).toHaveText(/^[1-9][\d,]* of /);
  }

  // A SKU that is not (or no longer) there: the page, its search and an empty grid.
  await page.evaluate(() => { window.location.hash = '#/replenishment/NO-SUCH-SKU'; });
  await expect(page.getByRole('textbox', { name: 'Search the plan' })).toHaveValue('NO-SUCH-SKU');
  await expect(page.getByTestId('plan-row-count')).toContainText(`0 of ${lines.length.toLocaleString('en-US')} rows`);
  await expect(page.getByTestId('plan-line-detail')).toHaveCount(0);
});
