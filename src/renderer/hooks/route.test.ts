import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('parseRoute', () => {
  it('reads the page and its sub as before', () => {
    expect(parseRoute('#/data/stock')).toEqual({ page: 'data', sub: 'stock' });
    expect(parseRoute('#/forecasts/accuracy')).toEqual({ page: 'forecasts', sub: 'accuracy' });
    expect(parseRoute('#/alerts/42')).toEqual({ page: 'alerts', sub: '42' });
    expect(parseRoute('#/replenishment')).toEqual({ page: 'replenishment', sub: undefined });
    expect(parseRoute('#replenishment/X')).toEqual({ page: 'replenishment', sub: 'X' });
  });

  it('falls back to the dashboard for an empty or unknown page', () => {
    expect(parseRoute('')).toEqual({ page: 'dashboard', sub: undefined });
    expect(parseRoute('#/')).toEqual({ page: 'dashboard', sub: undefined });
    expect(parseRoute('#/nowhere/stock/PO-1')).toEqual({ page: 'dashboard', sub: undefined });
  });

  it('reads an optional third segment: the thing a link names on a tab', () => {
    expect(parseRoute('#/data/purchaseOrders/PO-2026-000123')).toEqual({ page: 'data', sub: 'purchaseOrders', item: 'PO-2026-000123' });
    expect(parseRoute('#/data/purchaseOrders/')).toEqual({ page: 'data', sub: 'purchaseOrders' });
    // No item without a sub.
    expect(parseRoute('#/data//PO-1')).toEqual({ page: 'data', sub: undefined });
  });

  it('decodes segments, and keeps a badly encoded one as typed', () => {
    expect(parseRoute('#/replenishment/A%2FB%20C')).toEqual({ page: 'replenishment', sub: 'A/B C' });
    expect(parseRoute('#/suppliers/%E4%BE%9B%E5%BA%94')).toEqual({ page: 'suppliers', sub: '供应' });
    expect(parseRoute('#/suppliers/50%')).toEqual({ page: 'suppliers', sub: '50%' });
  });
});

describe('routeHash', () => {
  it('encodes each segment and drops empty ones', () => {
    expect(routeHash('replenishment')).toBe('#/replenishment');
    expect(routeHash('replenishment', 'A/B C')).toBe('#/replenishment/A%2FB%20C');
    expect(routeHash('data', 'purchaseOrders', 'PO-1')).toBe('#/data/purchaseOrders/PO-1');
    expect(routeHash('data', undefined, 'PO-1')).toBe('#/data');
  });

  it('round-trips through parseRoute', () => {
    for (const [page, sub, item] of [['data', 'purchaseOrders', 'PO #7/2'], ['forecasts', 'SKU 1', undefined], ['suppliers', 'SUP-0007', undefined]] as const) {
      const route = parseRoute(routeHash(page, sub, item));
      expect(route).toEqual({ page, sub, ...(item ? { item } : {}) });
    }
  });
});
