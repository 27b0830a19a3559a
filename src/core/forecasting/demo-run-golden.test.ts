/**
 * The 300-SKU demo's stored run against the one recorded before the engine's speed work
 * (test/fixtures/golden/demo300-run.json): work that should not change a forecast must leave
 * every stored figure as it was. A change meant to move forecasts (or a new demo) re-records it:
 * UPDATE_GOLDEN=1 npx vitest run src/core/forecasting/demo-run-golden.test.ts — and says why in its commit.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../db/workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { runWorkspaceForecast } from './run-forecast';
import { runSeries } from './runs';
import { demoWorkspace, removeSuiteDir, suiteDir } from '../../../test/fixtures/forecasting-workspace';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/golden/demo300-run.json');

interface StoredSeries {
  key: string;
  method: string;
  demandClass: string;
  analogues: string[];
  /** The series' stored figures, as written. */
  figures: (number | null)[];
  /** SHA-256 of its weeks' stored numbers (mean, quantiles, variances) as doubles: any change to one shows. */
  weeks: string;
}

function storedRun(ws: Workspace, runId: number): StoredSeries[] {
  const values = ws.db
    .prepare('SELECT product_id AS p, location_id AS l, mean, p10, p50, p90, p95, variance, cum_variance AS c FROM forecast_values WHERE run_id = ? ORDER BY bucket_date')
    .all(runId) as { p: number; l: number; mean: number; p10: number; p50: number; p90: number; p95: number; variance: number; c: number }[];
  const weeks = new Map<string, number[]>();
  for (const v of values) {
    const key = `${v.p}:${v.l}`;
    const list = weeks.get(key) ?? [];
    list.push(v.mean, v.p10, v.p50, v.p90, v.p95, v.variance, v.c);
    weeks.set(key, list);
  }
  return runSeries(ws.db, runId).map((s) => ({
    key: `${s.sku}@${s.locationId}`,
    method: s.method,
    demandClass: s.demandClass,
    analogues: (s.analogues ?? []).map((a) => a.sku),
    figures: [s.totalMean, s.calibrationFactor, s.mase, s.rmsse, s.wape, s.bias, s.pinball, s.coverage, s.snaiveMase, s.scaleMae].map((v) =>
      v !== null && Number.isFinite(v) ? v : null,
    ),
    weeks: createHash('sha256')
      .update(new Uint8Array(Float64Array.from(weeks.get(`${s.productId}:${s.locationId}`) ?? []).buffer))
      .digest('hex'),
  }));
}

describe('the 300-SKU demo run, stored', () => {
  let dir: string;
  let ws: Workspace;
  let run: StoredSeries[];

  beforeAll(() => {
    dir = suiteDir();
    ws = demoWorkspace(dir, 300);
    run = storedRun(ws, runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 26 }, createInlineTaskContext()).runId);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(run) + '\n');
  }, 120_000);
  afterAll(() => {
    ws.close();
    removeSuiteDir(dir);
  });

  it('is the recorded run: methods, classes, analogues and every figure', () => {
    expect(existsSync(GOLDEN)).toBe(true);
    const recorded = JSON.parse(readFileSync(GOLDEN, 'utf8')) as StoredSeries[];
    expect(run.length).toBe(recorded.length);
    expect(run.length).toBeGreaterThan(500);
    run.forEach((series, i) => {
      const before = recorded[i]!;
      // JSON keeps a double exactly; NaN and ±Infinity are recorded as null.
      expect(series).toEqual(before);
    });
  });
});
