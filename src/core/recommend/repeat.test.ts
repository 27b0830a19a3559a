import { describe, expect, it } from 'vitest';
import { buildBaskets } from './baskets';
import { DEFAULT_REPEAT, itemCycles, itemRepurchaseRates, personalHistory, RECENT_ORDERS } from './repeat';
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

  it('rates each SKU by the share of its buyers who bought it again, and dues a once-bought SKU by the shop’s cycle of it', () => {
    const lines: PurchaseLine[] = [];
    const buy = (orderId: string, customerId: string, day: number, skus: string[]) => {
      for (const sku of skus) lines.push({ orderId, customerId, sku, day, qty: 1 });
    };
    // A is bought again by all 20 customers who ordered again, 14 days later; G (a gift) by none of them.
    for (let c = 0; c < 20; c++) {
      buy(`c${c}-1`, `C${c}`, 100, ['A', 'G']);
      buy(`c${c}-2`, `C${c}`, 114, ['A', 'X']);
    }
    // N bought A and G once and never ordered again: N says nothing about repurchase.
    buy('n-1', 'N', 150, ['A', 'G']);
    const baskets = buildBaskets(lines);
    const rates = itemRepurchaseRates(baskets);
    const rate = (sku: string) => rates[baskets.skuIndex.get(sku)!]!;
    expect(rate('A')).toBeGreaterThan(0.6);
    expect(rate('G')).toBeLessThan(0.4);
    // X was never followed by another order: the shop's mean (20 repeats of 40 chances).
    expect(rate('X')).toBeCloseTo(0.5, 9);
    const cycles = itemCycles(baskets);
    expect(cycles[baskets.skuIndex.get('A')!]).toBe(14);
    expect(cycles[baskets.skuIndex.get('G')!]).toBe(0);
    // N bought A once, 14 days before the as-of day: due by the shop's 14-day cycle; G has no cycle.
    const n = baskets.customerIndex.get('N')!;
    const history = personalHistory(baskets, n, 164, DEFAULT_REPEAT, cycles);
    const slotOf = (sku: string) => [...history.skus].indexOf(baskets.skuIndex.get(sku)!);
    expect(history.due[slotOf('A')]).toBeCloseTo(1, 6);
    expect(history.due[slotOf('G')]).toBe(0);
    // Without the shop's cycles a once-bought SKU is never due.
    expect(personalHistory(baskets, n, 164, DEFAULT_REPEAT).due[slotOf('A')]).toBe(0);
  });
});
