import { describe, expect, it } from 'vitest';
import { buildBaskets } from './baskets';
import { customerVectors, neighbourVector, SimilarScratch } from './similar-customers';
import { describeReasonEn, fitRecommender, type PurchaseLine } from './index';

const line = (orderId: string, customerId: string, sku: string, day: number): PurchaseLine => ({ orderId, customerId, sku, day, qty: 1 });

describe('similar customers (TIFU-KNN)', () => {
  // A and B share tea and cups; B also buys pots (twice). C buys only soap.
  const lines = [
    line('a1', 'A', 'tea', 1),
    line('a1', 'A', 'cup', 1),
    line('a2', 'A', 'tea', 5),
    line('b1', 'B', 'tea', 2),
    line('b1', 'B', 'cup', 2),
    line('b1', 'B', 'pot', 2),
    line('b2', 'B', 'pot', 4),
    line('c1', 'C', 'soap', 3),
  ];

  it('averages baskets with decay, newest weighing most, and sums to one over baskets', () => {
    const b = buildBaskets(lines);
    const v = customerVectors(b, 5, { groupSize: 7, withinDecay: 0.5, acrossDecay: 1, neighbours: 5, queryItems: 100, halfLifeDays: Infinity });
    const a = b.customerIndex.get('A')!;
    const weights = new Map<string, number>();
    for (let k = v.start[a]!; k < v.start[a + 1]!; k++) weights.set(b.skus[v.sku[k]!]!, v.value[k]!);
    // Newest basket (tea) weight 1, the one before (tea, cup) 0.5: tea 1.5/1.5, cup 0.5/1.5.
    expect(weights.get('tea')).toBeCloseTo(1);
    expect(weights.get('cup')).toBeCloseTo(1 / 3);
  });

  it('takes the nearest customers’ mean vector, never the customer’s own, and skips customers with nothing in common', () => {
    const b = buildBaskets(lines);
    const v = customerVectors(b, 5, { groupSize: 7, withinDecay: 0.9, acrossDecay: 0.7, neighbours: 5, queryItems: 100, halfLifeDays: Infinity });
    const out = new Float64Array(b.skus.length);
    const buyers = new Int32Array(b.skus.length);
    const touched = new Int32Array(b.skus.length);
    const r = neighbourVector(v, b.customerIndex.get('A')!, new SimilarScratch(b.customers.length), out, buyers, touched);
    expect(r.neighbours).toBe(1);
    expect(out[b.skuIndex.get('pot')!]).toBeCloseTo(1);
    expect(out[b.skuIndex.get('tea')!]).toBeLessThan(1);
    expect(buyers[b.skuIndex.get('pot')!]).toBe(1);
    expect(out[b.skuIndex.get('soap')!]).toBe(0);
  });

  it('explains an item from similar customers', async () => {
    const recommender = await fitRecommender(lines, { useModel: false, weights: { repeat: 0, similar: 1, knn: 0, trending: 0, popular: 0, model: 0 } });
    const top = recommender.recommend('A', 1);
    expect(top[0]!.sku).toBe('pot');
    expect(top[0]!.reason).toEqual({ kind: 'similar-customers', similarBuyers: 1, similarCustomers: 1 });
    expect(describeReasonEn(top[0]!.reason)).toBe('bought by 1 of the 1 customers whose baskets are most like theirs');
  });
});
