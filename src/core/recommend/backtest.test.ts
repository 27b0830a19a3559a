import { describe, expect, it } from 'vitest';
import { makeShop } from '../../../test/fixtures/recommend-shop';
import { dayFromIso } from '../ground/calendar';
import { backtestRecommendations } from './backtest';
import { holdOutLastOrders } from './holdout';
import type { PurchaseLine } from './types';

const d = dayFromIso('2025-03-01');

describe('holdOutLastOrders', () => {
  it('holds out the last order of each recent customer with history, and keeps everything else', () => {
    const lines: PurchaseLine[] = [
      { orderId: 'a1', customerId: 'A', sku: 'X', day: d, qty: 1 },
      { orderId: 'a2', customerId: 'A', sku: 'Y', day: d + 50, qty: 1 },
      { orderId: 'a2', customerId: 'A', sku: 'Z', day: d + 50, qty: 1 },
      { orderId: 'b1', customerId: 'B', sku: 'X', day: d + 60, qty: 1 }, // one order: no history to learn from
      { orderId: 'c1', customerId: 'C', sku: 'X', day: d - 200, qty: 1 },
      { orderId: 'c2', customerId: 'C', sku: 'X', day: d - 150, qty: 1 }, // last order too long ago
      { orderId: 'g1', customerId: null, sku: 'Y', day: d + 70, qty: 1 },
      { orderId: 'r1', customerId: 'A', sku: 'Y', day: d + 70, qty: -1 }, // a return is no order
    ];
    const { train, heldOut } = holdOutLastOrders(lines, { recentDays: 90 });
    expect(heldOut).toEqual([{ customerId: 'A', orderId: 'a2', day: d + 50, skus: new Set(['Y', 'Z']), pastOrders: 1 }]);
    expect(train.map((l) => l.orderId)).toEqual(['a1', 'b1', 'c1', 'c2', 'g1']);
  });
});

describe('backtestRecommendations', () => {
  it('scores the blend and the baselines on held-out baskets, per segment', async () => {
    const shop = makeShop({ customers: 80, skus: 90, lines: 8000, days: 240, firstDay: d, seed: 11 });
    const result = await backtestRecommendations(shop.lines, { topN: 10, useModel: false });
    expect(result.customers).toBeGreaterThan(40);
    expect(result.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(result.customers);
    for (const method of ['blend', 'repeat', 'itemKnn', 'popularity'] as const) {
      const s = result.overall[method];
      expect(s.hit).toBeGreaterThanOrEqual(s.ndcg);
      expect(s.recall).toBeLessThanOrEqual(s.hit);
    }
    // In this shop customers re-buy their staples: repeat beats popularity, and the blend is no worse than repeat.
    expect(result.overall.repeat.recall).toBeGreaterThan(result.overall.popularity.recall);
    expect(result.overall.blend.hit).toBeGreaterThanOrEqual(result.overall.repeat.hit - 0.05);
  });
});
