import { describe, expect, it } from 'vitest';
import { buildBaskets } from './baskets';
import { DEFAULT_REPEAT, personalHistory, RECENT_ORDERS } from './repeat';
import type { PurchaseLine } from './types';

describe('personalHistory', () => {
  it('gives each SKU its share of the customer’s orders and how due it is by its own cycle', () => {
    // A in every one of 4 orders 10 days apart; B only in the first. As of 10 days after the last order, A is exactly due.
    const lines: PurchaseLine[] = [];
    for (let k = 0; k < 4; k++) lines.push({ orderId: `o${k}`, customerId: 'c', sku: 'A', day: 100 + 10 * k, qty: 1 });
    lines.push({ orderId: 'o0', customerId: 'c', sku: 'B', day: 100, qty: 1 });
    const baskets = buildBaskets(lines);
    const history = personalHistory(baskets, 0, 140, DEFAULT_REPEAT);
    const slotOf = (sku: string) => [...history.skus].indexOf(baskets.skuIndex.get(sku)!);
    expect(history.frequency[slotOf('A')]).toBe(1);
    expect(history.frequency[slotOf('B')]).toBe(0.25);
    expect(history.due[slotOf('A')]).toBeCloseTo(1, 6);
    // Bought on one day only: no cycle, never due.
    expect(history.due[slotOf('B')]).toBe(0);
    // Half the cycle since the last purchase is less due than the whole cycle.
    expect(personalHistory(baskets, 0, 135, DEFAULT_REPEAT).due[slotOf('A')]).toBeLessThan(0.7);
  });

  it('counts the SKU’s share of the latest orders only and the typical basket size', () => {
    // 8 orders: B in the first three only, A in all; the last five orders hold 2, 2, 2, 2, 2 SKUs, the first three 3.
    const lines: PurchaseLine[] = [];
    for (let k = 0; k < 8; k++) {
      lines.push({ orderId: `o${k}`, customerId: 'c', sku: 'A', day: 100 + 10 * k, qty: 1 });
      lines.push({ orderId: `o${k}`, customerId: 'c', sku: k < 3 ? 'B' : `N${k}`, day: 100 + 10 * k, qty: 1 });
      if (k < 3) lines.push({ orderId: `o${k}`, customerId: 'c', sku: 'C', day: 100 + 10 * k, qty: 1 });
    }
    const baskets = buildBaskets(lines);
    const history = personalHistory(baskets, 0, 180, DEFAULT_REPEAT);
    const slotOf = (sku: string) => [...history.skus].indexOf(baskets.skuIndex.get(sku)!);
    expect(history.recentShare[slotOf('A')]).toBe(1);
    expect(history.frequency[slotOf('B')]).toBe(3 / 8);
    expect(history.recentShare[slotOf('B')]).toBe(0);
    expect(history.recentShare[slotOf('N7')]).toBe(1 / RECENT_ORDERS);
    expect(history.basketSize).toBe(2);
  });
});
