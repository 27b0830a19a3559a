import { afterAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { seriesKey } from '../../planning/load-forecasts';
import { loadDemand, RECENT_SALES_DAYS } from './demand';

/**
 * With no forecast run, demand is a flat rate from the last 56 days of sales. It is read in one pass
 * along the sales primary key; these are the figures grouping the daily table gives, on real demos.
 */
const demos: ReturnType<typeof planningDemo>[] = [];
afterAll(() => {
  for (const d of demos) d.remove();
});

describe.each([300, 2000])('recent-sales demand on a %i-SKU demo', (skus) => {
  it('gives every SKU-location the units the daily table sums to over the last 56 days', () => {
    const demo = planningDemo(skus, false);
    demos.push(demo);
    const ws = demo.open();
    try {
      for (const today of ['2026-06-30', '2026-03-15']) {
        const from = isoFromDay(dayFromIso(today) - RECENT_SALES_DAYS);
        const grouped = ws.db
          .prepare('SELECT product_id, location_id, sum(units) FROM sales_daily WHERE date > ? AND date <= ? GROUP BY product_id, location_id')
          .raw(true)
          .all(from, today) as [number, number, number][];
        const demand = loadDemand(ws.db, today, null);
        expect(grouped.length).toBeGreaterThan(skus);
        expect(demand.runId).toBeNull();
        expect([...demand.series.keys()].sort()).toEqual(grouped.map(([p, l]) => seriesKey(p, l)).sort());
        for (const [productId, locationId, units] of grouped) {
          const series = demand.series.get(seriesKey(productId, locationId))!;
          expect(series.source).toBe('recentSales');
          expect(series.mean[0]).toBe((Math.max(0, units) / RECENT_SALES_DAYS) * 7);
        }
      }
    } finally {
      ws.close();
    }
  }, 300_000);
});
