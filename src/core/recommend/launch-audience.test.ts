import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../ground/calendar';
import { launchAudience, priceBand } from './launch-audience';
import type { ItemAttributes, PurchaseLine } from './types';

const d0 = dayFromIso('2025-01-01');

describe('launchAudience', () => {
  // Tea drinkers T1..T3 buy tea; C1, C2 buy coffee. Two teas launched on day 100 and day 150 were each
  // bought by two tea drinkers in their first 90 days.
  const items: ItemAttributes[] = [
    { sku: 'TEA-1', category: 'tea', brand: 'Leaf', price: 5 },
    { sku: 'TEA-2', category: 'tea', brand: 'Leaf', price: 6 },
    { sku: 'TEA-NEW-A', category: 'tea', brand: 'Hill', price: 7 },
    { sku: 'TEA-NEW-B', category: 'tea', brand: 'Hill', price: 7 },
    { sku: 'TEA-NEW-C', category: 'tea', brand: 'Hill', price: 7 },
    { sku: 'COF-1', category: 'coffee', brand: 'Bean', price: 9 },
  ];
  const lines: PurchaseLine[] = [];
  let order = 0;
  const buy = (customerId: string, sku: string, day: number) => lines.push({ orderId: `o${++order}`, customerId, sku, day: d0 + day, qty: 1 });
  for (let day = 0; day < 300; day += 20) {
    buy('T1', 'TEA-1', day);
    buy('T2', 'TEA-2', day + 3);
    buy('C1', 'COF-1', day + 5);
    buy('C2', 'COF-1', day + 7);
  }
  buy('T3', 'TEA-1', 250);
  buy('T1', 'TEA-NEW-A', 100);
  buy('T2', 'TEA-NEW-A', 130);
  buy('T1', 'TEA-NEW-B', 150);
  buy('T3', 'TEA-NEW-B', 200);
  buy('T2', 'TEA-NEW-C', 180);
  buy('T3', 'TEA-NEW-C', 190);

  it('lists the customers of the same category and brand first, with what matched', () => {
    const result = launchAudience({ lines, items, newItem: { sku: 'TEA-X', category: 'tea', brand: 'Hill', price: 7.5 }, top: 3 });
    expect(result.customers.map((c) => c.customerId).sort()).toEqual(['T1', 'T2', 'T3']);
    expect(result.customers[0]!.score).toBe(1);
    expect(result.customers[0]!.reason).toMatchObject({ kind: 'attribute', category: 'tea', brand: 'Hill' });
    expect(result.customers[0]!.reason.matched).toContain('category');
  });

  it('calibrates expected buyers on how past launches of the category were adopted', () => {
    const result = launchAudience({ lines, items, newItem: { sku: 'TEA-X', category: 'tea', brand: 'Hill', price: 7.5 } });
    // The three tea launches (first sold on days 100, 150, 180) each won 2 buyers in 90 days.
    expect(result.basis).toMatchObject({ scope: 'category', launches: 3, horizonDays: 90, meanBuyers: 2, medianBuyers: 2 });
    expect(result.basis.activeCustomers).toBe(5);
    expect(result.expectedBuyers).toBeGreaterThan(1);
    expect(result.expectedBuyers).toBeLessThan(5);
  });

  it('says when there is no past launch to learn from', () => {
    const plain = lines.filter((l) => !l.sku.startsWith('TEA-NEW'));
    const result = launchAudience({ lines: plain, items, newItem: { sku: 'TEA-X', category: 'tea' } });
    expect(result.basis.scope).toBe('none');
    expect(result.expectedBuyers).toBe(0);
  });

  it('bands prices by factors of two', () => {
    expect(priceBand(5)).toBe(priceBand(7.9));
    expect(priceBand(3)).not.toBe(priceBand(5));
    expect(priceBand(null)).toBeNull();
  });
});

describe('backtestLaunches', () => {
  it('replays past launches from the orders before each, against who bought them', async () => {
    const { makeShop } = await import('../../../test/fixtures/recommend-shop');
    const { backtestLaunches } = await import('./launch-backtest');
    const shop = makeShop({ customers: 120, skus: 80, lines: 12_000, days: 360, firstDay: d0, seed: 4 });
    const result = backtestLaunches(shop.lines, shop.items, { top: 30, horizonDays: 60 });
    expect(result.launches).toBeGreaterThan(3);
    expect(result.withBasis).toBeGreaterThan(0);
    expect(result.audienceRecall).toBeGreaterThan(0);
    expect(result.audienceRecall).toBeLessThanOrEqual(1);
    expect(result.meanActualBuyers).toBeGreaterThan(0);
    // Customers here favour categories: the attribute audience finds more buyers than the most active customers.
    expect(result.audienceRecall).toBeGreaterThan(result.activeRecall);
  });
});
