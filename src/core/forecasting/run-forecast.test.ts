import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../db/workspace';
import { isAppError } from '../ground/errors/app-error';
import { createInlineTaskContext } from '../ground/task-context';
import { FORECAST_STEPS, runWorkspaceForecast } from './run-forecast';
import { getRun, listRuns, runSeries } from './runs';
import { demoWorkspace, removeSuiteDir, suiteDir } from '../../../test/fixtures/forecasting-workspace';

const count = (ws: Workspace, table: string) => ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('forecasting a demo workspace', () => {
  let dir: string;
  let ws: Workspace;

  beforeAll(() => {
    dir = suiteDir();
    ws = demoWorkspace(dir, 120);
  });
  afterAll(() => {
    ws.close();
    removeSuiteDir(dir);
  });

  it('stores a weekly run with every series, its backtest and 26 weeks of values', () => {
    const steps: string[] = [];
    const ctx = createInlineTaskContext((step) => {
      if (steps.at(-1) !== step) steps.push(step);
    });
    const summary = runWorkspaceForecast(ws.db, { frequency: 'week', notes: 'first' }, ctx);
    expect(steps).toEqual([FORECAST_STEPS.history, FORECAST_STEPS.series, FORECAST_STEPS.write]);
    expect(summary.horizon).toBe(26);
    expect(summary.historyTo).toBe('2026-06-30');
    expect(summary.series).toBe(count(ws, 'forecast_series'));
    expect(count(ws, 'forecast_values')).toBe(summary.series * 26);
    expect(summary.coldStart).toBeGreaterThan(0);
    expect(Object.values(summary.methods).reduce((a, b) => a + b, 0)).toBe(summary.series);
    expect(summary.meanMase).toBeGreaterThan(0);
    expect(summary.meanSnaiveMase).toBeGreaterThan(0);

    const run = getRun(ws.db, summary.runId);
    expect(run).toMatchObject({ frequency: 'week', horizon: 26, locations: 'each', status: 'done', seriesCount: summary.series, notes: 'first' });
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.quantileLevels).toEqual([0.1, 0.5, 0.9, 0.95, 0.99]);
    expect(run.settings.calibration).toEqual(summary.calibration);

    const series = runSeries(ws.db, summary.runId);
    const established = series.filter((s) => s.method !== 'analogues' && s.historyBuckets >= 21);
    expect(established.every((s) => s.btPoints > 0 && s.mase !== null && s.snaiveMase !== null && s.coverage !== null)).toBe(true);
    const dates = ws.db.prepare('SELECT DISTINCT bucket_date FROM forecast_values WHERE run_id = ? ORDER BY 1').pluck().all(summary.runId);
    expect(dates[0]).toBe('2026-07-07');
    expect(dates.at(-1)).toBe('2026-12-29');
  });

  it('stores monthly runs of the SKU totals over both warehouses', () => {
    const summary = runWorkspaceForecast(ws.db, { frequency: 'month', horizon: 6, locations: 'total' }, createInlineTaskContext());
    const series = runSeries(ws.db, summary.runId);
    expect(series.every((s) => s.locationId === 0)).toBe(true);
    expect(new Set(series.map((s) => s.productId)).size).toBe(series.length);
    const dates = ws.db.prepare('SELECT DISTINCT bucket_date FROM forecast_values WHERE run_id = ? ORDER BY 1').pluck().all(summary.runId);
    expect(dates).toEqual(['2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31']);
  });

  it('writes nothing when cancelled, whenever the cancel comes', () => {
    const runsBefore = listRuns(ws.db).length;
    const valuesBefore = count(ws, 'forecast_values');
    // While reading history, and part-way through the series (progress is throttled: current > 0 comes later).
    for (const [stopAt, after] of [[FORECAST_STEPS.history, 0], [FORECAST_STEPS.series, 1]] as const) {
      const ctx = createInlineTaskContext((step, current) => {
        if (step === stopAt && current >= after) ctx.cancel();
      });
      let error: unknown;
      try {
        runWorkspaceForecast(ws.db, { frequency: 'week' }, ctx);
      } catch (e) {
        error = e;
      }
      expect(isAppError(error) && error.code).toBe('job_cancelled');
    }
    expect(listRuns(ws.db)).toHaveLength(runsBefore);
    expect(count(ws, 'forecast_values')).toBe(valuesBefore);
    expect(ws.db.inTransaction).toBe(false);
  });

  it('forecasts as of an earlier day, and refuses bad options', () => {
    const summary = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 4, asOf: '2026-03-31' }, createInlineTaskContext());
    expect(summary.historyTo).toBe('2026-03-31');
    expect(() => runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 0 }, createInlineTaskContext())).toThrow(/horizon/);
    expect(() => runWorkspaceForecast(ws.db, { frequency: 'week', asOf: '2026-02-30' }, createInlineTaskContext())).toThrow(/asOf/);
  });
});
