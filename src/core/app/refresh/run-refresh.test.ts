import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { refreshSalesSeries } from '../../db/sales-series/store';
import { openWorkspace, type Workspace } from '../../db/workspace';
import { isAppError } from '../../ground/errors/app-error';
import { methodOfStoredLabel } from '../../forecasting/stored-method';
import { addOverride } from '../../forecasting/overrides';
import { runWorkspaceForecast } from '../../forecasting/run-forecast';
import { pooledBacktestFigures } from '../../forecasting/run-backtest-score';
import { getRun } from '../../forecasting/runs';
import { pooledActualsFigures } from '../../monitoring/key-figures/run-actuals-score';
import { packedKeys, packedValues } from '../../forecasting/packed-forecasts';
import { addDailySales, addProduct, steadyUnits } from '../../../../test/fixtures/forecasting-workspace';
import { createInlineTaskContext } from '../../ground/task-context';
import { planAndSave } from '../../planning/plan-and-save';
import { latestDraftPlanId, setLineLocked, editLineQuantity } from '../../planning';
import { loadRunForecasts, seriesKey } from '../../planning/load-forecasts';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { forecastRunTask } from '../jobs/tasks/forecast-run-task';
import { lastRefreshSummary } from './refresh-record';
import { keptWorkerCount, REFRESH_STEPS, runRefresh } from './run-refresh';

type Row = Record<string, number | string | null>;
const NEW_DAY = '2026-07-01';
/** The last of seven new days: a whole new week, so the refresh forecasts again. */
const NEW_WEEK_END = '2026-07-07';

function seriesRows(db: Database.Database, runId: number): Map<string, Row> {
  const rows = db.prepare('SELECT * FROM forecast_series WHERE run_id = ?').all(runId) as Row[];
  return new Map(rows.map((r) => [seriesKey(r.product_id as number, r.location_id as number), r]));
}

function values(db: Database.Database, runId: number, productId: number, locationId: number): Row[] {
  return db
    .prepare('SELECT bucket_date, mean, p10, p50, p90, p95, p99 FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? ORDER BY bucket_date')
    .all(runId, productId, locationId) as Row[];
}

/** New days of sales from 2026-07-01: each SKU-location that sold a week earlier sells the same again. */
function addNewDays(db: Database.Database, days: number): void {
  const insert = db.prepare(
    `INSERT INTO sales_daily (product_id, location_id, date, units, revenue, orders, promo, stockout)
     SELECT product_id, location_id, date(?, '+7 days'), units, revenue, orders, 0, 0 FROM sales_daily WHERE date = ? AND units > 0`,
  );
  const series = db.prepare('SELECT DISTINCT product_id, location_id FROM sales_daily').raw(true).all() as [number, number][];
  db.transaction(() => {
    for (let d = 0; d < days; d++) {
      const weekBefore = `2026-06-${String(24 + d).padStart(2, '0')}`;
      insert.run(weekBefore, weekBefore);
    }
    // As an import does: the series store follows in the same transaction.
    const to = `2026-07-${String(days).padStart(2, '0')}`;
    refreshSalesSeries(db, series.map(([product, location]) => ({ product, location, from: '2026-07-01', to })));
  })();
}

const count = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

/** The run is packed for the plan (every series), with the very numbers of its rows. */
function expectPackedAsRows(db: Database.Database, runId: number): void {
  const seriesCount = count(db, `SELECT series_count FROM forecast_runs WHERE id = ${runId}`);
  const chunks = packedKeys(db, runId, seriesCount);
  expect(chunks).not.toBeNull();
  const rows = db.prepare('SELECT mean, variance, cum_variance FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? ORDER BY bucket_date');
  let c = 0;
  let checked = 0;
  for (const packed of packedValues(db, runId)) {
    const { productIds, locationIds, bucketDates } = chunks![c++]!;
    const numbers = (bytes: Buffer) => new Float64Array(Uint8Array.from(bytes).buffer);
    const [mean, variance, cumVariance] = [numbers(packed.mean), numbers(packed.variance), numbers(packed.cumVariance)];
    expect(bucketDates.split(',')).toHaveLength(packed.buckets);
    productIds.forEach((productId, i) => {
      const stored = (rows.raw().all(runId, productId, locationIds[i]) as number[][]).flat();
      const at = i * packed.buckets;
      const kept = Array.from({ length: packed.buckets }, (_, t) => [mean[at + t], variance[at + t], cumVariance[at + t]]).flat();
      expect(kept).toEqual(stored);
      checked++;
    });
  }
  expect(checked).toBe(seriesCount);
}

describe('incremental refresh after a week of new sales', () => {
  const demo = planningDemo(60);
  let ws: Workspace;
  let parentId: number;
  let lockedLine: { productId: number; locationId: number; quantity: number };
  let established: number;
  let launching: number;
  let outcome: Awaited<ReturnType<typeof runRefresh>>;
  let fullId: number;

  beforeAll(async () => {
    ws = openWorkspace(demo.file);
    const db = ws.db;
    parentId = count(db, "SELECT max(id) FROM forecast_runs WHERE status = 'done'");
    const ctx = createInlineTaskContext();
    const { planId } = planAndSave(db, {}, ctx);
    const line = db.prepare('SELECT id, product_id AS productId, location_id AS locationId FROM plan_lines WHERE plan_id = ? ORDER BY id LIMIT 1').get(planId) as {
      id: number; productId: number; locationId: number;
    };
    editLineQuantity(db, line.id, 123);
    setLineLocked(db, line.id, true);
    lockedLine = { productId: line.productId, locationId: line.locationId, quantity: 123 };
    addOverride(db, { productId: line.productId, locationId: line.locationId, fromDate: '2026-07-01', toDate: '2026-12-31', kind: 'percent', value: 50, reason: 'campaign' });
    addNewDays(db, 7);
    // A SKU new to the run with a year of sales (full engine), one that started selling last week (cold start).
    const location = line.locationId;
    established = addProduct(db, { sku: 'NEW-ESTABLISHED', category: 'Tops' });
    addDailySales(db, established, location, '2025-07-01', steadyUnits(366, 6));
    launching = addProduct(db, { sku: 'NEW-LAUNCH', category: 'Tops', launchDate: '2026-06-25' });
    addDailySales(db, launching, location, '2026-06-25', steadyUnits(7, 3));
    outcome = await runRefresh(db, { cause: { reason: 'manual' } }, createInlineTaskContext());
    fullId = runWorkspaceForecast(db, { frequency: 'week', horizon: 26 }, createInlineTaskContext()).runId;
  }, 120_000);

  afterAll(() => {
    ws.close();
    demo.remove();
  });

  it('records an incremental run with its parent, counts and the steps it took', () => {
    const { summary } = outcome;
    expect(summary).toMatchObject({ mode: 'incremental', parentRunId: parentId, today: NEW_WEEK_END, cause: { reason: 'manual' } });
    const run = ws.db.prepare('SELECT history_to, series_count, settings FROM forecast_runs WHERE id = ?').get(summary.runId) as Row;
    expect(run.history_to).toBe(NEW_WEEK_END);
    const settings = JSON.parse(run.settings as string) as { incremental: Record<string, number> };
    expect(settings.incremental).toMatchObject({ parentRunId: parentId, backtestFrom: parentId, ...summary.series });
    const { copied, refit, full, coldStart } = summary.series;
    expect(copied + refit + full + coldStart).toBe(run.series_count);
    expect(refit).toBeGreaterThan(0);
    expect(coldStart).toBeGreaterThan(0);
    expect(lastRefreshSummary(ws.db)).toEqual(summary);
    expect(summary.seconds.total).toBeGreaterThanOrEqual(summary.seconds.forecast);
    // The run's pooled backtest is kept with it, as pooled from the series it was written with.
    const kept = ws.db.prepare('SELECT backtest FROM forecast_run_scores WHERE run_id = ?').pluck().get(summary.runId) as string | null;
    expect(kept === null ? null : JSON.parse(kept)).toEqual(pooledBacktestFigures(ws.db, summary.runId as number));
    // The week it completed is the parent's first scored week: its score against it is kept for the Dashboard.
    const scored = ws.db.prepare('SELECT scored_to, figures FROM forecast_run_actuals WHERE run_id = ?').get(parentId) as Row;
    expect(scored.scored_to).toBe(NEW_WEEK_END);
    expect(JSON.parse(scored.figures as string)).toEqual(pooledActualsFigures(ws.db, getRun(ws.db, parentId)));
  });

  it('dates the forecast as a full run does, and copies unchanged series exactly as a full run forecasts them', () => {
    const runId = outcome.summary.runId as number;
    const mine = seriesRows(ws.db, runId);
    const full = seriesRows(ws.db, fullId);
    const parent = seriesRows(ws.db, parentId);
    const first = [...mine.values()][0] as Row;
    const dates = (id: number) => values(ws.db, id, first.product_id as number, first.location_id as number).map((v) => v.bucket_date);
    expect(dates(runId)).toEqual(dates(fullId));
    expect(dates(runId)[0]).toBe('2026-07-14');

    let compared = 0;
    for (const [key, row] of mine) {
      const before = parent.get(key);
      // Copied = the parent's row unchanged, explanation and backtest included.
      if (!before || JSON.stringify({ ...row, run_id: 0 }) !== JSON.stringify({ ...before, run_id: 0 })) continue;
      const fresh = full.get(key) as Row;
      expect([row.method, row.demand_class, row.history_buckets]).toEqual([fresh.method, fresh.demand_class, fresh.history_buckets]);
      const pick = (rows: Row[]) => rows.map((v) => [v.bucket_date, v.mean, v.p50]);
      expect(pick(values(ws.db, runId, row.product_id as number, row.location_id as number))).toEqual(
        pick(values(ws.db, fullId, row.product_id as number, row.location_id as number)),
      );
      compared++;
    }
    expect(compared).toBe(outcome.summary.series.copied);
  });

  it('is written packed, as a full run is, so the plan after it reads the same numbers packed', () => {
    expectPackedAsRows(ws.db, outcome.summary.runId as number);
  });

  it("re-forecasts changed series with the parent's method, carrying its reason and backtest", () => {
    const mine = seriesRows(ws.db, outcome.summary.runId as number);
    const parent = seriesRows(ws.db, parentId);
    const backtest = (r: Row) => [r.explanation, r.bt_points, r.bt_actual, r.mase, r.wape, r.coverage, r.snaive_mase];
    let refits = 0;
    for (const [key, row] of mine) {
      const before = parent.get(key);
      if (!before || before.analogues !== null || row.analogues !== null) continue;
      const copied = JSON.stringify({ ...row, run_id: 0 }) === JSON.stringify({ ...before, run_id: 0 });
      // A full-engine series (its class moved to another candidate set) has a reason of its own.
      if (copied || JSON.stringify(backtest(row)) !== JSON.stringify(backtest(before))) continue;
      expect(methodOfStoredLabel(row.method as string) ?? row.method).toBe(methodOfStoredLabel(before.method as string) ?? before.method);
      refits++;
    }
    expect(refits).toBe(outcome.summary.series.refit);
  });

  it('gives a SKU new to the run the full engine, and a launching one analogues', () => {
    const mine = [...seriesRows(ws.db, outcome.summary.runId as number).values()];
    const fresh = mine.find((r) => r.product_id === established) as Row;
    expect(fresh.analogues).toBeNull();
    expect(['backtest', 'untested']).toContain(JSON.parse(fresh.explanation as string).kind);
    expect(outcome.summary.series.full).toBeGreaterThan(0);
    const launch = mine.find((r) => r.product_id === launching) as Row;
    expect(launch.analogues).not.toBeNull();
  });

  it('keeps overrides applying and carries the locked plan line into the new plan', () => {
    const { runId, planId } = outcome.summary;
    const { productId, locationId, quantity } = lockedLine;
    const effective = loadRunForecasts(ws.db, runId as number).get(seriesKey(productId, locationId));
    const raw = values(ws.db, runId as number, productId, locationId);
    expect(effective?.forecast.mean[0]).toBeCloseTo((raw[0]?.mean as number) * 1.5, 6);
    const line = ws.db.prepare('SELECT quantity, locked FROM plan_lines WHERE plan_id = ? AND product_id = ? AND location_id = ?').get(planId, productId, locationId) as Row;
    expect(line).toEqual({ quantity, locked: 1 });
    expect(latestDraftPlanId(ws.db)).toBe(planId);
  });
});

describe('a refresh after one new day: the week is not complete', () => {
  const demo = planningDemo(30);
  let ws: Workspace;

  beforeAll(() => {
    ws = openWorkspace(demo.file);
  });
  afterAll(() => {
    ws.close();
    demo.remove();
  });

  it("keeps the parent's forecast and re-plans from the new day, with its sales taken off the stock", async () => {
    const db = ws.db;
    const parentId = count(db, "SELECT max(id) FROM forecast_runs WHERE status = 'done'");
    const before = planAndSave(db, {}, createInlineTaskContext()).planId;
    const runs = count(db, 'SELECT count(*) FROM forecast_runs');
    addNewDays(db, 1);
    const { summary } = await runRefresh(db, { cause: { reason: 'import' } }, createInlineTaskContext());
    expect(summary).toMatchObject({ mode: 'rolled', runId: parentId, parentRunId: parentId, today: NEW_DAY });
    expect(count(db, 'SELECT count(*) FROM forecast_runs')).toBe(runs);
    const plan = db.prepare('SELECT plan_date AS planDate, forecast_run_id AS runId FROM plans WHERE id = ?').get(summary.planId) as Row;
    expect(plan).toEqual({ planDate: NEW_DAY, runId: parentId });
    // The new day's units leave the stock on hand of the SKU-locations that sold that day (with
    // stock to spare). Per location: which locations get a plan line depends on the forecasts.
    const onHand = (planId: number, productId: number, locationId: number) =>
      count(db, `SELECT sum(json_extract(explanation, '$.onHand')) FROM plan_lines WHERE plan_id = ${planId} AND product_id = ${productId} AND location_id = ${locationId}`);
    const sold = db.prepare('SELECT product_id, location_id, sum(units) FROM sales_daily WHERE date = ? GROUP BY 1, 2 ORDER BY 3 DESC').raw().all(NEW_DAY) as [number, number, number][];
    const checked = sold.filter(([productId, locationId, units]) => onHand(before, productId, locationId) > 2 * units);
    expect(checked.length).toBeGreaterThan(0);
    for (const [productId, locationId, units] of checked) {
      expect(onHand(before, productId, locationId) - onHand(summary.planId as number, productId, locationId)).toBeCloseTo(units, 6);
    }
    expect(lastRefreshSummary(db)).toEqual(summary);
  });
});

describe('the incremental run streamed', () => {
  const demo = planningDemo(30);
  afterAll(() => demo.remove());

  it('stores the same run read twice in small slices as kept whole between its passes', async () => {
    const seed = openWorkspace(demo.file);
    addNewDays(seed.db, 7);
    seed.close();
    const copy = `${demo.file}.copy`;
    fs.copyFileSync(demo.file, copy);
    const refreshed = async (file: string, incremental: { keepBytes?: number; sliceSize?: number }) => {
      const ws = openWorkspace(file);
      try {
        const { summary } = await runRefresh(ws.db, { cause: { reason: 'manual' }, incremental }, createInlineTaskContext());
        expectPackedAsRows(ws.db, summary.runId as number);
        const rows = (table: string, order: string) =>
          ws.db.prepare(`SELECT * FROM ${table} WHERE run_id = ? ORDER BY ${order}`).raw().all(summary.runId).map((r) => (r as unknown[]).slice(1));
        return { series: summary.series, rows: [rows('forecast_series', 'product_id, location_id'), rows('forecast_values', 'product_id, location_id, bucket_date')] };
      } finally {
        ws.close();
      }
    };
    const kept = await refreshed(demo.file, {});
    const streamed = await refreshed(copy, { keepBytes: 0, sliceSize: 7 });
    expect(kept.series.refit).toBeGreaterThan(0);
    expect(streamed.series).toEqual(kept.series);
    expect(streamed.rows).toEqual(kept.rows);
  }, 120_000);
});

describe('the incremental run on kept workers', () => {
  const demo = planningDemo(200, false);
  const workerEntry = fileURLToPath(new URL('../jobs/worker-source-entry.mjs', import.meta.url));
  // Slices of 60 series, several in flight at once; every slice's refits and global model predictions on the workers.
  const onWorkers = { sliceSize: 60, workersFrom: 0, minSeriesPerWorker: 20 };
  afterAll(() => demo.remove());

  beforeAll(async () => {
    // A run with the global model trained and combined, which the refresh predicts with again.
    await forecastRunTask({ path: demo.file, frequency: 'week', horizon: 26, timeBudget: 1 }, createInlineTaskContext());
    const ws = openWorkspace(demo.file);
    addNewDays(ws.db, 7);
    ws.close();
  }, 300_000);

  const copyOf = (name: string) => {
    const file = `${demo.file}.${name}`;
    fs.copyFileSync(demo.file, file);
    return file;
  };

  it('stores exactly what the refresh on one thread stores, plan and alerts included, on one kept worker or two, the history kept or read again', async () => {
    const refreshed = async (file: string, keptWorkers: number | null, keepBytes?: number) => {
      const ws = openWorkspace(file);
      try {
        const incremental = { ...onWorkers, ...(keptWorkers ? { keptWorkers } : {}), ...(keepBytes !== undefined ? { keepBytes } : {}) };
        const options = { cause: { reason: 'manual' as const }, incremental, ...(keptWorkers ? { workerEntry } : {}) };
        const { summary } = await runRefresh(ws.db, options, createInlineTaskContext());
        expectPackedAsRows(ws.db, summary.runId as number);
        const rows = (sql: string, id: number | null) => ws.db.prepare(sql).raw().all(id).map((r) => (r as unknown[]).slice(1));
        return {
          summary: { mode: summary.mode, series: summary.series, runId: summary.runId, planId: summary.planId },
          globalModel: count(ws.db, `SELECT json_extract(settings, '$.globalModel.blended') FROM forecast_runs WHERE id = ${summary.runId}`),
          rows: [
            rows('SELECT * FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id', summary.runId),
            rows('SELECT * FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date', summary.runId),
            rows('SELECT * FROM forecast_packed WHERE run_id = ? ORDER BY chunk', summary.runId),
            rows('SELECT * FROM plan_lines WHERE plan_id = ? ORDER BY id', summary.planId),
            rows('SELECT id, key, kind, priority, status, money, entity, facts FROM alerts WHERE id > ? ORDER BY id', 0),
          ],
        };
      } finally {
        ws.close();
      }
    };
    const inline = await refreshed(copyOf('inline'), null);
    const oneWorker = await refreshed(copyOf('one-worker'), 1);
    const twoWorkers = await refreshed(copyOf('two-workers'), 2);
    // Room for about two slices of series (a few KB each): the first slice starts on the workers
    // during the first pass, which then stops keeping series, and the rest is read again after it.
    const readAgain = await refreshed(copyOf('read-again'), 1, 2 * onWorkers.sliceSize * 4096);
    expect(inline.summary.mode).toBe('incremental');
    expect(inline.summary.series.refit).toBeGreaterThan(100);
    expect(inline.globalModel).toBeGreaterThan(0);
    expect(oneWorker).toEqual(inline);
    expect(twoWorkers).toEqual(inline);
    expect(readAgain).toEqual(inline);
  }, 300_000);

  it('cancelled while slices are on the workers, leaves the previous run and plan as they were', async () => {
    const ws = openWorkspace(copyOf('cancel'));
    try {
      const before = count(ws.db, 'SELECT group_concat(id) FROM forecast_runs') + count(ws.db, 'SELECT count(*) FROM plans');
      const ctx = createInlineTaskContext((step, current) => {
        if (step === REFRESH_STEPS.forecast && current > 0) ctx.cancel();
      });
      const error = await runRefresh(ws.db, { cause: { reason: 'manual' }, incremental: onWorkers, workerEntry }, ctx).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('job_cancelled');
      expect(count(ws.db, 'SELECT group_concat(id) FROM forecast_runs') + count(ws.db, 'SELECT count(*) FROM plans')).toBe(before);
    } finally {
      ws.close();
    }
  }, 300_000);
});

describe('a refresh when no sales day was added', () => {
  const demo = planningDemo(30);
  let ws: Workspace;

  beforeAll(() => {
    ws = openWorkspace(demo.file);
  });
  afterAll(() => {
    ws.close();
    demo.remove();
  });

  it('copies every series a full run would forecast the same, and refits one whose past an import corrected', async () => {
    const db = ws.db;
    const parentId = count(db, "SELECT max(id) FROM forecast_runs WHERE status = 'done'");
    const target = db.prepare("SELECT product_id, location_id FROM sales_daily WHERE date = '2026-06-01' AND units > 1 LIMIT 1").get() as {
      product_id: number; location_id: number;
    };
    // A re-exported day, as an import records it: the range it replaced, and the new figure.
    const now = new Date().toISOString();
    const importId = Number(
      db.prepare("INSERT INTO import_log (kind, file_name, started_at, finished_at, status) VALUES ('sales', 'fix.csv', ?, ?, 'done')").run(now, now).lastInsertRowid,
    );
    db.prepare("INSERT INTO import_sales_ranges VALUES (?, ?, ?, '2026-06-01', '2026-06-01')").run(importId, target.product_id, target.location_id);
    db.prepare("UPDATE sales_daily SET units = units + 40 WHERE product_id = ? AND location_id = ? AND date = '2026-06-01'").run(target.product_id, target.location_id);

    const { summary } = await runRefresh(db, { cause: { reason: 'import', importIds: [importId] } }, createInlineTaskContext());
    const parentSeries = count(db, `SELECT count(*) FROM forecast_series WHERE run_id = ${parentId}`);
    const coldStarts = count(db, `SELECT count(*) FROM forecast_series WHERE run_id = ${parentId} AND analogues IS NOT NULL`);
    expect(summary.series).toEqual({ refit: 1, full: 0, coldStart: coldStarts, copied: parentSeries - coldStarts - 1 });
    const fullId = runWorkspaceForecast(db, { frequency: 'week', horizon: 26 }, createInlineTaskContext()).runId;
    const same = count(
      db,
      `SELECT count(*) FROM forecast_values a JOIN forecast_values b USING (product_id, location_id, bucket_date)
        WHERE a.run_id = ${summary.runId} AND b.run_id = ${fullId} AND a.mean = b.mean AND a.p50 = b.p50`,
    );
    // Every series but the corrected one's is exactly the full run's, cold starts included.
    expect(same).toBeGreaterThanOrEqual((parentSeries - 1) * 26);
    const refit = db.prepare('SELECT method, explanation FROM forecast_series WHERE run_id = ? AND product_id = ? AND location_id = ?');
    const mine = refit.get(summary.runId, target.product_id, target.location_id) as Row;
    const parent = refit.get(parentId, target.product_id, target.location_id) as Row;
    expect(methodOfStoredLabel(mine.method as string)).toBe(methodOfStoredLabel(parent.method as string));
    expect(mine.explanation).toBe(parent.explanation);
    // The copied series are packed from the parent's rows, beside the refit one.
    expectPackedAsRows(db, summary.runId as number);
  });
});

describe('cancelling a refresh', () => {
  const demo = planningDemo(30);
  let ws: Workspace;

  beforeAll(() => {
    ws = openWorkspace(demo.file);
    planAndSave(ws.db, {}, createInlineTaskContext());
    addNewDays(ws.db, 7);
  }, 60_000);
  afterAll(() => {
    ws.close();
    demo.remove();
  });

  const snapshot = (db: Database.Database) => ({
    runs: count(db, 'SELECT group_concat(id) FROM forecast_runs'),
    values: count(db, 'SELECT count(*) FROM forecast_values'),
    plans: count(db, "SELECT group_concat(id || status) FROM plans"),
    lines: count(db, 'SELECT count(*) FROM plan_lines'),
    record: count(db, "SELECT count(*) FROM workspace_meta WHERE key = 'refresh.last'"),
  });

  for (const at of ['forecast.history', REFRESH_STEPS.forecast, 'plan.lines', REFRESH_STEPS.alerts]) {
    it(`at ${at} leaves the previous run and plan as they were`, async () => {
      const before = snapshot(ws.db);
      const ctx = createInlineTaskContext((step) => {
        if (step === at) ctx.cancel();
      });
      const error = await runRefresh(ws.db, { cause: { reason: 'watch', importIds: [1] } }, ctx).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('job_cancelled');
      expect(snapshot(ws.db)).toEqual(before);
    });
  }
});

describe('a refresh with nothing to refresh from, or too old a run', () => {
  it('skips without a run, and runs the full engine when the newest run is more than four weeks old', async () => {
    const demo = planningDemo(20, false);
    const ws = openWorkspace(demo.file);
    try {
      const skipped = (await runRefresh(ws.db, { cause: { reason: 'import' } }, createInlineTaskContext())).summary;
      expect(skipped).toMatchObject({ mode: 'skipped', runId: null, planId: null });
      runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 13 }, createInlineTaskContext());
      const product = ws.db.prepare('SELECT product_id, location_id FROM sales_daily LIMIT 1').get() as { product_id: number; location_id: number };
      addDailySales(ws.db, product.product_id, product.location_id, '2026-08-15', [4]);
      const full = (await runRefresh(ws.db, { cause: { reason: 'import' } }, createInlineTaskContext())).summary;
      expect(full).toMatchObject({ mode: 'full', parentRunId: null, today: '2026-08-15' });
      expect(count(ws.db, `SELECT horizon FROM forecast_runs WHERE id = ${full.runId}`)).toBe(13);
      expect(full.planId).not.toBeNull();
    } finally {
      ws.close();
      demo.remove();
    }
  }, 120_000);
});

describe('keptWorkerCount', () => {
  it('leaves a core to the refresh thread, and keeps at least one worker', () => {
    expect(keptWorkerCount(1)).toBe(1);
    expect(keptWorkerCount(2)).toBe(1);
    expect(keptWorkerCount(8)).toBe(7);
  });
});
