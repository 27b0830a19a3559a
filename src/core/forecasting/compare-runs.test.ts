import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../ground/task-context';
import { compareRuns } from './compare-runs';
import { deleteRun, listRuns } from './runs';
import { runWorkspaceForecast } from './run-forecast';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';

describe('comparing runs', () => {
  const tempDir = useTempDir();

  function twoRuns() {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const steady = addProduct(ws.db, { sku: 'STEADY' });
    const late = addProduct(ws.db, { sku: 'LATE' });
    addDailySales(ws.db, steady, wh, '2025-01-01', steadyUnits(546, 10));
    // Starts selling in April, after the first run's history ends: a cold start in the second run only.
    addDailySales(ws.db, late, wh, '2026-04-10', steadyUnits(82, 5));
    const ctx = createInlineTaskContext();
    const a = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8, asOf: '2026-03-31' }, ctx).runId;
    const b = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8, asOf: '2026-04-28' }, ctx).runId;
    return { ws, steady, late, a, b };
  }

  it('sums each series over the weeks both runs cover and flags what changed', () => {
    const { ws, steady, late, a, b } = twoRuns();
    const cmp = compareRuns(ws.db, a, b);
    // Run a: weeks ending 2026-04-07 … 05-26; run b: 05-05 … 06-23.
    expect([cmp.from, cmp.to]).toEqual(['2026-05-05', '2026-05-26']);
    expect(cmp.sameFrequency).toBe(true);
    const sum = (runId: number) =>
      ws.db.prepare("SELECT sum(mean) FROM forecast_values WHERE run_id = ? AND product_id = ? AND bucket_date BETWEEN '2026-05-05' AND '2026-05-26'").pluck().get(runId, steady) as number;
    const row = cmp.rows.find((r) => r.productId === steady)!;
    expect(row.totalA).toBeCloseTo(sum(a), 9);
    expect(row.totalB).toBeCloseTo(sum(b), 9);
    expect(row.diffPct).toBeCloseTo((sum(b) - sum(a)) / sum(a), 9);
    expect(row.methodChanged).toBe(row.methodA !== row.methodB);
    const fresh = cmp.rows.find((r) => r.productId === late)!;
    expect(fresh).toMatchObject({ totalA: null, methodB: 'analogues', classB: 'new', methodChanged: false });
    expect(cmp.summary).toMatchObject({ inBoth: 1, onlyA: 0, onlyB: 1 });
    expect(cmp.summary.totalA).toBeCloseTo(sum(a), 9);
  });

  it('compares a run with itself as unchanged, and deletes runs with their values', () => {
    const { ws, a, b } = twoRuns();
    const same = compareRuns(ws.db, b, b);
    expect(same.rows.every((r) => r.diffPct === 0 && !r.methodChanged)).toBe(true);
    expect(deleteRun(ws.db, a)).toBe(true);
    expect(listRuns(ws.db).map((r) => r.id)).toEqual([b]);
    expect(ws.db.prepare('SELECT count(*) FROM forecast_values WHERE run_id = ?').pluck().get(a)).toBe(0);
    expect(() => compareRuns(ws.db, a, b)).toThrow(/No forecast run/);
  });
});
