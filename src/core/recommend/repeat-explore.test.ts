import { describe, expect, it } from 'vitest';
import { buildBaskets } from './baskets';
import { topIndices } from './components';
import { expectedRepeatShare, repeatPropensity, repeatSlots, SHRINK_ORDERS, splitTop } from './repeat-explore';
import type { PurchaseLine } from './types';

const order = (id: string, customerId: string, day: number, skus: string[]): PurchaseLine[] => skus.map((sku) => ({ orderId: id, customerId, sku, day, qty: 1 }));

describe('repeatPropensity', () => {
  it('is each customer’s mean share of already-bought SKUs in their orders after the first, shrunk toward their band', () => {
    const lines = [
      // R: second order all repeats, third half repeats → 0.75 over 2 orders.
      ...order('r1', 'R', 1, ['A', 'B']),
      ...order('r2', 'R', 2, ['A', 'B']),
      ...order('r3', 'R', 3, ['A', 'C']),
      // E: never buys the same SKU twice → 0 over 2 orders.
      ...order('e1', 'E', 1, ['D']),
      ...order('e2', 'E', 2, ['F']),
      ...order('e3', 'E', 3, ['G']),
      // O: one order, nothing observed.
      ...order('o1', 'O', 1, ['A']),
    ];
    const b = buildBaskets(lines);
    const p = repeatPropensity(b);
    const [r, e, o] = ['R', 'E', 'O'].map((id) => b.customerIndex.get(id)!) as [number, number, number];
    expect(p.share[r]).toBeCloseTo(0.75, 9);
    expect(p.share[e]).toBe(0);
    expect(p.observed[r]).toBe(2);
    expect(p.observed[o]).toBe(0);
    // R and E both have 3 orders (band 2-3): its mean is 0.375.
    const band = 0.375;
    expect(expectedRepeatShare(p, r, 3)).toBeCloseTo((2 * 0.75 + SHRINK_ORDERS * band) / (2 + SHRINK_ORDERS), 9);
    expect(expectedRepeatShare(p, e, 3)).toBeLessThan(expectedRepeatShare(p, r, 3));
    // Without an observed order the customer gets the band's share (no customer of band 1 has one: the overall mean).
    expect(expectedRepeatShare(p, o, 1)).toBeCloseTo(0.375, 9);
  });
});

describe('repeat/explore split', () => {
  it('gives the repeat side its slots, the rest to the explore side, best first by score', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const repeat = (i: number) => i < 3; // the three best are the customer's own
    // Two repeat slots of four: the best two repeats and the best two others.
    expect(splitTop(scores, repeat, 2, 4, topIndices)).toEqual([0, 1, 3, 4]);
    // All four slots to repeats: only three exist, the fourth goes to the best other.
    expect(splitTop(scores, repeat, 4, 4, topIndices)).toEqual([0, 1, 2, 3]);
    // No repeat slot.
    expect(splitTop(scores, repeat, 0, 2, topIndices)).toEqual([3, 4]);
  });

  it('turns the expected repeat share into slots, clamped to 0…N', () => {
    expect(repeatSlots({ intercept: 0, slope: 1 }, 0.55, 10)).toBe(6);
    expect(repeatSlots({ intercept: 0.3, slope: 2 }, 0.9, 10)).toBe(10);
    expect(repeatSlots({ intercept: -0.3, slope: 0.5 }, 0.2, 10)).toBe(0);
  });
});
