import { describe, expect, it } from 'vitest';
import type { AlertNotice } from '../shared/contract/schemas/monitoring';
import { desktopNotice, noticeLocale } from './alert-notice-text';

const notice = (id: number, money: number, over: Partial<AlertNotice> = {}): AlertNotice => ({
  id, kind: 'stockout', priority: 'high', money, currency: 'CNY', entity: { sku: `SKU-${id}`, location: 'WH1' }, ...over,
});

describe('desktop notification for new alerts', () => {
  it('lists up to three high alerts, says how many more, and opens the largest on click', () => {
    const shown = desktopNotice({ alerts: [notice(7, 9000), notice(3, 5000), notice(4, 4000), notice(5, 3000)], total: 6 }, 'en');
    expect(shown).toEqual({
      title: 'SupplyDesk: 6 new high-priority alerts',
      body: 'Stock-out before next arrival: SKU-7 @ WH1 · CN¥9,000\nStock-out before next arrival: SKU-3 @ WH1 · CN¥5,000\nStock-out before next arrival: SKU-4 @ WH1 · CN¥4,000\nand 3 more',
      alertId: 7,
    });
  });

  it('stays silent without a high-priority alert', () => {
    expect(desktopNotice({ alerts: [notice(1, 100, { priority: 'medium' })], total: 1 }, 'en')).toBeNull();
    expect(desktopNotice({ alerts: [], total: 0 }, 'en')).toBeNull();
  });

  it('speaks Chinese when the app does, and follows the system when set to', () => {
    const shown = desktopNotice({ alerts: [notice(1, 1200, { kind: 'poOverdue', entity: { poNumber: 'PO-9' } })], total: 1 }, noticeLocale('system', 'zh-CN'));
    expect(shown?.title).toBe('SupplyDesk：1 条新的高优先级预警');
    expect(shown?.body).toBe('采购单逾期: PO-9 · ¥1,200');
    expect(noticeLocale('en', 'zh-CN')).toBe('en');
  });
});
