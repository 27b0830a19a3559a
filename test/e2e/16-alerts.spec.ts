import type { Page } from '@playwright/test';
import { callApi } from './api';
import { expect, test } from './fixtures';

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
  const excessBefore = (await callApi(server, 'monitoring:counts')).byKind.excessStock;
  await page.getByTestId('alerts-settings').click();
  const drawer = page.getByTestId('alert-settings');
  await drawer.getByTestId('setting-excessWeeks').fill('6');
  await drawer.getByTestId('setting-highMoney').fill('1000');
  await drawer.getByTestId('alert-settings-save').click();
  await expect(page.getByTestId('alert-notice')).toBeVisible({ timeout: 60_000 });
  const excessAfter = (await callApi(server, 'monitoring:counts')).byKind.excessStock;
  expect(excessAfter).toBeGreaterThan(excessBefore);
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
  const chineseKind: Record<string, string> = {
    stockout: '到货前缺货', excessStock: '库存积压', poOverdue: '采购单逾期', poConfirmedLate: '采购单确认延期', supplierOtif: '供应商 OTIF 下降',
    belowReorderPoint: '低于再订货点', deadStock: '呆滞库存', forecastBias: '需求预测偏差', staleStock: '库存数据过期', staleSales: '销量数据过期', stalePurchaseOrders: '采购单数据过期',
  };
  await expect(items.first()).toContainText(chineseKind[shown.kind]!);
  await app.screenshot('dashboard-actions', 'zh-CN');
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await callApi(server, 'monitoring:updateSettings', saved);
});
