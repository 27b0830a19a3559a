import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './choose-weights';
import { describeSegment, weightsFor } from './recommender';
import type { SegmentWeights } from './types';

const w = (repeat: number) => ({ ...DEFAULT_WEIGHTS, repeat });
const segments: SegmentWeights[] = [
  { name: '10+, baskets ≤ 12', minOrders: 10, maxOrders: Infinity, minBasket: 0, maxBasket: 12, customers: 200, weights: w(2) },
  { name: '10+', minOrders: 10, maxOrders: Infinity, minBasket: 0, maxBasket: Infinity, customers: 400, weights: w(3) },
];

describe('weightsFor', () => {
  it('takes the most specific segment that holds the customer, else the shared weights', () => {
    expect(weightsFor({ orders: 12, basketSize: 5 }, segments, w(1)).repeat).toBe(2);
    expect(weightsFor({ orders: 12, basketSize: 30 }, segments, w(1)).repeat).toBe(3);
    expect(weightsFor({ orders: 3, basketSize: 5 }, segments, w(1)).repeat).toBe(1);
    expect(describeSegment(segments[0]!)).toBe('10+ orders, baskets ≤ 12 SKUs');
    expect(describeSegment(segments[1]!)).toBe('10+ orders');
  });
});
