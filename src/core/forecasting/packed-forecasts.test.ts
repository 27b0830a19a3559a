import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../db/workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { packedKeys, packedValues } from './packed-forecasts';
import { runWorkspaceForecast } from './run-forecast';
import { deleteRun } from './runs';
import { demoWorkspace, removeSuiteDir, suiteDir } from '../../../test/fixtures/forecasting-workspace';

describe('a run packed for the plan', () => {
  let dir: string;
  let ws: Workspace;

  beforeAll(() => {
    dir = suiteDir();
    ws = demoWorkspace(dir, 60);
  }, 300_000);
  afterAll(() => {
    ws.close();
    removeSuiteDir(dir);
  });

  const seriesCount = (runId: number) => ws.db.prepare('SELECT count(*) FROM forecast_series WHERE run_id = ?').pluck().get(runId) as number;

  it.each([
    ['weekly, per location', { frequency: 'week' as const }],
    ['monthly, over all locations', { frequency: 'month' as const, horizon: 6, locations: 'total' as const }],
  ])('holds every series of a %s run with the very numbers of its rows', (_, options) => {
    const { runId } = runWorkspaceForecast(ws.db, options, createInlineTaskContext());
    const chunks = packedKeys(ws.db, runId, seriesCount(runId))!;
    expect(chunks).not.toBeNull();
    const rows = ws.db
      .prepare('SELECT product_id, location_id, bucket_date, mean, variance, cum_variance FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date')
      .raw(true)
      .all(runId) as [number, number, string, number, number, number][];
    const byKey = new Map<string, [string, number, number, number][]>();
    for (const [p, l, ...rest] of rows) {
      const key = `${p}:${l}`;
      byKey.set(key, [...(byKey.get(key) ?? []), rest]);
    }
    const packed = new Map<string, [string, number, number, number][]>();
    let c = 0;
    for (const values of packedValues(ws.db, runId)) {
      const { bucketDates, productIds, locationIds } = chunks[c++]!;
      const dates = bucketDates.split(',');
      const doubles = (bytes: Buffer) => new Float64Array(Uint8Array.from(bytes).buffer);
      const [mean, variance, cumVariance] = [doubles(values.mean), doubles(values.variance), doubles(values.cumVariance)];
      productIds.forEach((p, i) => {
        const at = i * values.buckets;
        packed.set(`${p}:${locationIds[i]}`, dates.map((d, t) => [d, mean[at + t]!, variance[at + t]!, cumVariance[at + t]!]));
      });
    }
    expect(c).toBe(chunks.length);
    expect(packed.size).toBe(seriesCount(runId));
    // toEqual tells -0 from 0 and compares doubles exactly: the bytes read back are the rows' numbers.
    expect(packed).toEqual(byKey);
  }, 300_000);

  it('is not taken for a run it does not cover, and goes with its run', () => {
    const runId = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext()).runId;
    expect(packedKeys(ws.db, runId, seriesCount(runId) + 1)).toBeNull();
    deleteRun(ws.db, runId);
    expect(ws.db.prepare('SELECT count(*) FROM forecast_packed WHERE run_id = ?').pluck().get(runId)).toBe(0);
    expect(packedKeys(ws.db, runId, 0)).toBeNull();
  }, 300_000);
});
