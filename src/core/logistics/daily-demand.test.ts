import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { addOverride, getRun } from '../forecasting';
import { latestRunId, withSharedReads } from '../planning';
import { loadRunForecasts } from '../planning/load-forecasts';
import { readDailyDemand } from './daily-demand';

/**
 * Logistics' daily demand is the run's stored first bucket whether it is read from the values or
 * taken from the forecasts a plan just read (which carry overrides and campaigns): same series,
 * same order, same figures, overridden SKUs included. A real 300-SKU demo with a weekly run.
 */
let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(300);
}, 300_000);
afterAll(() => demo.remove());

describe('readDailyDemand', () => {
  it('gives the same demand from the shared forecasts as from the stored values', () => {
    const ws = demo.open();
    try {
      const run = getRun(ws.db, latestRunId(ws.db)!);
      const products = ws.db.prepare('SELECT DISTINCT product_id FROM forecast_series WHERE run_id = ? ORDER BY product_id LIMIT 2').pluck().all(run.id) as number[];
      addOverride(ws.db, { productId: products[0]!, fromDate: run.historyTo, toDate: '2026-12-31', kind: 'percent', value: 150, reason: 'launch push' });
      addOverride(ws.db, { productId: products[1]!, fromDate: '2026-09-01', toDate: '2026-09-30', kind: 'percent', value: 50, reason: 'later' });
      const fresh = readDailyDemand(ws.db, run);
      const shared = withSharedReads(ws.db, () => {
        loadRunForecasts(ws.db, run.id);
        return readDailyDemand(ws.db, run);
      });
      expect(fresh.size).toBeGreaterThan(300);
      expect([...shared.keys()]).toEqual([...fresh.keys()]);
      expect(shared).toEqual(fresh);
      // The override moved the first product's first bucket: the test reads an adjusted SKU.
      const key = [...fresh.keys()].find((k) => k.startsWith(`${products[0]}:`))!;
      const raw = ws.db.prepare('SELECT mean FROM forecast_values WHERE run_id = ? AND product_id = ? ORDER BY bucket_date LIMIT 1').pluck().get(run.id, products[0]) as number;
      expect(fresh.get(key)!.mean).not.toBeCloseTo(raw / 7, 6);
    } finally {
      ws.close();
    }
  }, 120_000);
});
