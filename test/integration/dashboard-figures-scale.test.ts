/**
 * The Dashboard's figures read at scale (issue 19) must be the figures they were: on a 300-SKU demo
 * with two weekly runs (one four weeks old, so accuracy is scored against actuals), each cheap
 * reader is compared with the slow one it replaced — the accuracy report, the per-week SQL over
 * sales_daily — and the whole set read from sales_daily equals the set read from the series store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSalesSeries } from '../../src/core/db/sales-series/store';
import { createWorkspace, finishBulkWrite, openWorkspace, type Workspace } from '../../src/core/db/workspace';
import { undoImport } from '../../src/core/import/write/undo';
import { importFile, writeText } from '../fixtures/import-workspace';
import { generateDemo } from '../../src/core/demo/generate-demo';
import { backtestAccuracy } from '../../src/core/forecasting/accuracy';
import { actualsAccuracy } from '../../src/core/forecasting/actuals-accuracy';
import { getRun } from '../../src/core/forecasting/runs';
import { readHistory } from '../../src/core/forecasting/history';
import { readProducts } from '../../src/core/forecasting/products';
import { readWindowActuals } from '../../src/core/forecasting/window-actuals';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { computeKeyFigures } from '../../src/core/monitoring/key-figures';
import type { KeyFigures } from '../../src/core/monitoring/key-figures/types';
import { pooledActualsFigures } from '../../src/core/monitoring/key-figures/run-actuals-score';
import { pooledBacktestFigures } from '../../src/core/forecasting/run-backtest-score';
import { otifLineFacts, supplierOtifFigure } from '../../src/core/monitoring/key-figures/supplier-otif';
import { WeekGrid } from '../../src/core/monitoring/key-figures/week-grid';
import { lineFactsSnapshot } from '../../src/core/suppliers/facts-snapshot';
import { readScorecardSettings } from '../../src/core/suppliers/settings';
import { weeklyForecastErrors, type WeekError } from '../../src/core/monitoring/key-figures/weekly-forecast-error';
import { synthesiseForecast } from '../../bench/plan/synthetic-forecast';

const AS_OF = '2026-06-30';
let dir: string;
let workspace: Workspace;
let oldRun: number;
let newRun: number;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-figures-scale-'));
  workspace = createWorkspace(path.join(dir, 'demo.supplydesk'), { name: 'Figures at scale', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus: 300, seed: 7, asOf: AS_OF }, createInlineTaskContext());
  finishBulkWrite(workspace);
  oldRun = synthesiseForecast(workspace.db, isoFromDay(dayFromIso(AS_OF) - 28), 26);
  newRun = synthesiseForecast(workspace.db, AS_OF, 26);
  // Scales and backtest scores that differ by series, so every pooled figure is exercised.
  workspace.db
    .prepare(
      `UPDATE forecast_series SET scale_mae = 0.5 + (product_id % 7) / 3.0, scale_mse = 1 + product_id % 5,
              bt_points = CASE WHEN product_id % 11 = 0 THEN 0 ELSE 8 END, bt_actual = total_mean,
              mase = 0.4 + (product_id % 13) / 10.0, rmsse = 0.5 + (product_id % 3) / 4.0, wape = (product_id % 17) / 20.0,
              bias = ((product_id % 9) - 4) / 10.0, pinball = 0.2 + (product_id % 4) / 10.0, coverage = (product_id % 10) / 10.0`,
    )
    .run();
}, 120_000);

afterAll(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The weekly error as it was read before the series store: one range of sales_daily per series and week. */
function weeklyErrorsFromRows(db: Workspace['db'], grid: WeekGrid): Map<number, WeekError> {
  const runs = (
    db.prepare("SELECT id, history_to AS historyTo, horizon FROM forecast_runs WHERE status = 'done' AND frequency = 'week' ORDER BY history_to DESC, id DESC").all() as {
      id: number;
      historyTo: string;
      horizon: number;
    }[]
  ).map((r) => ({ id: r.id, historyDay: dayFromIso(r.historyTo), horizon: r.horizon }));
  const score = db.prepare(
    `SELECT total(abs(fv.mean - a.units)) AS error, total(a.units) AS actual, count(*) AS series
       FROM (SELECT fs.product_id, fs.location_id,
                    (SELECT total(s.units) FROM sales_daily s WHERE s.product_id = fs.product_id AND s.location_id = fs.location_id AND s.date > @from AND s.date <= @to) AS units
               FROM forecast_series fs WHERE fs.run_id = @run) a
       JOIN forecast_values fv ON fv.run_id = @run AND fv.product_id = a.product_id AND fv.location_id = a.location_id AND fv.bucket_date = @to`,
  );
  const out = new Map<number, WeekError>();
  for (let k = -3; k <= grid.lastWeek; k++) {
    const end = grid.endDay(k);
    const run = runs.find((r) => r.historyDay + 7 <= end && r.historyDay + 7 * r.horizon > end - 7);
    if (!run) continue;
    const bucketEnd = run.historyDay + 7 * Math.ceil((end - 6 - run.historyDay) / 7);
    const row = score.get({ run: run.id, from: isoFromDay(bucketEnd - 7), to: isoFromDay(bucketEnd) }) as WeekError & { series: number };
    if (row.series > 0) out.set(k, { error: row.error, actual: row.actual });
  }
  return out;
}

function expectClose(actual: Record<string, number | null>, expected: Record<string, number | null>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    const [a, e] = [actual[key], expected[key]];
    if (e === null || e === undefined) expect(a, key).toBeNull();
    else expect(a, key).toBeCloseTo(e, 9);
  }
}

describe('the Dashboard figures at scale are the figures they were', () => {
  it('scores a run against actuals as the accuracy report does', () => {
    const report = actualsAccuracy(workspace.db, oldRun, 'all');
    expect(report.buckets).toBe(4);
    expectClose(pooledActualsFigures(workspace.db, getRun(workspace.db, oldRun))!, report.rows[0]!.model);
    // The newest run has no bucket behind it yet.
    expect(pooledActualsFigures(workspace.db, getRun(workspace.db, newRun))).toBeNull();
  });

  it('packs a run\'s scored weeks exactly as the history reader buckets them', () => {
    const run = getRun(workspace.db, oldRun);
    const [from, to] = [isoFromDay(dayFromIso(run.historyTo) + 1), AS_OF];
    const history = readHistory(workspace.db, readProducts(workspace.db), { frequency: run.frequency, locations: run.locations, asOf: to, from });
    const window = readWindowActuals(workspace.db, run, from, to);
    expect(window.dates).toEqual([1, 2, 3, 4].map((k) => isoFromDay(dayFromIso(run.historyTo) + 7 * k)));
    expect(window.keys).toEqual(history.series.flatMap((s) => [s.productId, s.locationId]));
    history.series.forEach((s, i) => {
      const n = s.values.length;
      const byDate = new Map([...s.values].map((v, j) => [isoFromDay(history.grid.endDay(n - 1 - j)), v]));
      expect([...window.values.subarray(4 * i, 4 * i + 4)], `series ${i}`).toEqual(window.dates.map((date) => byDate.get(date) ?? 0));
    });
    expect(window.values.some((v) => Number.isNaN(v)) && window.values.some((v) => v > 0)).toBe(true);
  });

  it('pools the stored backtest as the accuracy report does', () => {
    expectClose(pooledBacktestFigures(workspace.db, newRun)!, backtestAccuracy(workspace.db, newRun, 'all')[0]!.model);
  });

  it('reads the weekly forecast error from the series store as it read it from the rows', () => {
    const grid = new WeekGrid(AS_OF);
    const before = weeklyErrorsFromRows(workspace.db, grid);
    expect(before.size).toBe(4);
    for (const store of ['rows', 'series store']) {
      if (store === 'series store') ensureSalesSeries(workspace.db);
      const now = weeklyForecastErrors(workspace.db, grid, -3);
      expect([...now.keys()], store).toEqual([...before.keys()]);
      for (const [k, week] of before) {
        expect(now.get(k)!.error, `${store}, week ${k}`).toBeCloseTo(week.error, 6);
        expect(now.get(k)!.actual, `${store}, week ${k}`).toBe(week.actual);
      }
    }
  });

  it('judges OTIF on the lines due in its window as on the scorecards\' snapshot of every line', () => {
    const grid = new WeekGrid(AS_OF);
    const tolerance = readScorecardSettings(workspace.db).toleranceDays;
    const windowed = otifLineFacts(workspace.db, grid);
    const snapshot = lineFactsSnapshot(workspace.db);
    expect(windowed.length).toBeLessThan(snapshot.facts.length);
    const figure = supplierOtifFigure(grid, windowed, tolerance);
    expect(figure).toEqual(supplierOtifFigure(grid, snapshot.facts, tolerance));
    expect(figure.trend.filter((p) => p.value !== null)).toHaveLength(12);
  });

  it('gives every figure the same from the rows and from the series store', () => {
    const db = workspace.db;
    db.prepare("DELETE FROM workspace_meta WHERE key = 'sales_series'").run();
    const fromRows = computeKeyFigures(db);
    ensureSalesSeries(db);
    const fromStore = computeKeyFigures(db);
    expect(fromStore).toEqual(fromRows);
    const accuracy = fromStore.figures.find((f) => f.id === 'forecastAccuracy')!;
    expect(accuracy.basis).toBe('actuals');
    expect(accuracy.value).toBeCloseTo(Math.max(0, 1 - actualsAccuracy(db, oldRun, 'all').rows[0]!.model.wape!), 9);
    expect(fromStore.figures.every((f) => f.value !== null)).toBe(true);
  });

  it('keeps a run\'s score while new sales fall after its weeks, and equals a cold computation after a new day, a day inside them and their undo', async () => {
    const db = workspace.db;
    // On a copy under another name: nothing kept for this file (the read worker's run scores) is used.
    let copies = 0;
    const cold = (): KeyFigures => {
      const copy = path.join(dir, `cold-${++copies}.supplydesk`);
      db.prepare('VACUUM INTO ?').run(copy);
      const other = openWorkspace(copy);
      try {
        return computeKeyFigures(other.db);
      } finally {
        other.close();
        fs.rmSync(copy);
      }
    };
    const accuracy = (figures: KeyFigures) => figures.figures.find((f) => f.id === 'forecastAccuracy')!.value;
    const start = computeKeyFigures(db);
    expect(start).toEqual(cold());
    const [sku, location] = db
      .prepare('SELECT p.sku, l.code FROM sales_daily s JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id ORDER BY s.units DESC, s.date LIMIT 1')
      .raw(true)
      .get() as [string, string];
    const importDay = async (date: string, units: number) =>
      (await importFile(db, writeText(dir, `${date}.csv`, `sku,location,date,units\n${sku},${location},${date},${units}\n`), { kind: 'sales' })).importId!;

    // The morning's new day is after the old run's scored weeks (to 06-30): its score is kept, and it is the cold one.
    const newDay = await importDay('2026-07-01', 3);
    const afterNewDay = computeKeyFigures(db);
    expect(afterNewDay).toEqual(cold());
    expect(accuracy(afterNewDay)).toBe(accuracy(start));
    // A correction inside those weeks scores the run again.
    const inside = await importDay('2026-06-20', 40);
    const afterInside = computeKeyFigures(db);
    expect(afterInside).toEqual(cold());
    expect(accuracy(afterInside)).not.toBe(accuracy(afterNewDay));
    undoImport(db, inside);
    expect(computeKeyFigures(db)).toEqual(afterNewDay);
    expect(afterNewDay).toEqual(cold());
    undoImport(db, newDay);
    expect(computeKeyFigures(db)).toEqual(start);
    expect(start).toEqual(cold());
  });
});
