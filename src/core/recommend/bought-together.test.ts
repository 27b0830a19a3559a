import { describe, expect, it } from 'vitest';
import { boughtTogether } from './bought-together';
import type { PurchaseLine } from './types';

const line = (orderId: string, sku: string, customerId: string | null = 'c1', qty = 1): PurchaseLine => ({ orderId, customerId, sku, day: 20_000, qty });

describe('boughtTogether', () => {
  // Orders: {A,B}, {A,B,C}, {A,C}, {B}, {D} (a guest), and a return of A in an order with D.
  const lines = [
    line('1', 'A'),
    line('1', 'B'),
    line('2', 'A'),
    line('2', 'B'),
    line('2', 'C'),
    line('3', 'A'),
    line('3', 'C'),
    line('4', 'B'),
    line('5', 'D', null),
    line('6', 'D'),
    line('6', 'A', 'c1', -1),
  ];

  it('gives support, confidence and lift as computed by hand (returns are not purchases)', () => {
    const pairs = boughtTogether(lines, { minOrders: 1 });
    const ab = pairs.find((p) => p.sku === 'A' && p.otherSku === 'B')!;
    // 6 orders hold a purchase; A in 3, B in 3, both in 2.
    expect(ab.orders).toBe(2);
    expect(ab.support).toBeCloseTo(2 / 6, 10);
    expect(ab.confidence).toBeCloseTo(2 / 3, 10);
    expect(ab.lift).toBeCloseTo(2 / 3 / (3 / 6), 10);
    expect(pairs.some((p) => p.sku === 'A' && p.otherSku === 'D')).toBe(false);
  });

  it('drops pairs below the minimum orders or support and keeps the best per SKU', () => {
    expect(boughtTogether(lines, { minOrders: 2 }).map((p) => `${p.sku}-${p.otherSku}`).sort()).toEqual(['A-B', 'A-C', 'B-A', 'C-A']);
    expect(boughtTogether(lines, { minOrders: 1, minSupport: 0.3 }).every((p) => p.support >= 0.3)).toBe(true);
    const top1 = boughtTogether(lines, { minOrders: 1, topPerSku: 1 });
    // C is bought with A twice (lift (2/2)/(3/6) = 2) and with B once (lift 1): A comes first.
    expect(top1.filter((p) => p.sku === 'C')).toEqual([expect.objectContaining({ otherSku: 'A', lift: 2 })]);
  });
});
