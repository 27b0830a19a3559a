import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { markSalesSeriesStale } from '../../src/core/db/sales-series/store';
import { apiCaller, type ApiCall } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';
import { everyRow } from '../helpers/every-row';
import { hasForecastSortKeys, storeForecastSortKeys } from '../../src/core/forecasting/forecast-sort-key';

describe('forecast API: run a forecast job, review, override', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  /** A 60-SKU demo opened in a fresh app, and a typed caller of its handler table. */
  function openDemo() {
    const home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 60, seed: 3, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    return apiCaller(createHandlerTable(ctx));
  }

  async function runForecast(call: ApiCall, input: { frequency: 'week'; horizon: number }): Promise<void> {
    // By its job id: an alerts check follows every forecast and finishes too.
    const { jobId } = await call('forecast:start', input);
    expect((await jobFinished(ctx!, jobId)).status).toBe('done');
  }

  it('runs in a worker, stores the run, and shows overrides in the grid and detail', async () => {
    const call = openDemo();
    await runForecast(call, { frequency: 'week', horizon: 8 });

    const [run] = await call('forecast:runs');
    expect(run).toMatchObject({ frequency: 'week', horizon: 8, status: 'done' });
    // The run writer stores each series' sort key; cleared here so the computed order is checked first.
    const db = ctx!.requireWorkspace().db;
    expect(hasForecastSortKeys(db, run!.id)).toBe(true);
    db.prepare('UPDATE forecast_series SET money_at_stake = NULL WHERE run_id = ?').run(run!.id);
    expect(hasForecastSortKeys(db, run!.id)).toBe(false);
    const grid = await everyRow(call, 'forecast:gridPage', { runId: run!.id });
    expect(grid.length).toBeGreaterThanOrEqual(60);
    const row = grid.find((r) => r.totalUnits > 10 && r.locationId > 0)!;
    expect(row.next).toHaveLength(4);
    expect(row.moneyAtStake).toBeGreaterThan(0);

    // The grid's pages: the same rows as the whole list, sorted and filtered in the core.
    const byMoney = [...grid].sort((a, b) => b.moneyAtStake - a.moneyAtStake);
    const first = await call('forecast:gridPage', { runId: run!.id, offset: 0, limit: 10, sort: [{ colId: 'moneyAtStake', sort: 'desc' }] });
    expect(first).toMatchObject({ matched: grid.length, total: grid.length });
    expect(first.rows.map((r) => r.moneyAtStake)).toEqual(byMoney.slice(0, 10).map((r) => r.moneyAtStake));
    expect(first.rows[0]).toEqual(grid.find((r) => r.productId === first.rows[0]!.productId && r.locationId === first.rows[0]!.locationId));
    // A run written with its sort keys (migration 018) opens from the index: the same rows in the same order.
    storeForecastSortKeys(db, run!.id);
    const keyed = await call('forecast:gridPage', { runId: run!.id, offset: 0, limit: 10, sort: [{ colId: 'moneyAtStake', sort: 'desc' }] });
    expect(keyed).toEqual(first);
    const intermittent = await call('forecast:gridPage', {
      runId: run!.id,
      offset: 0,
      limit: 1000,
      filter: { demandClass: { filterType: 'codes', values: ['intermittent', 'lumpy'] }, totalUnits: { filterType: 'number', type: 'greaterThan', filter: 1 } },
      search: row.sku.slice(0, 3),
    });
    const expected = grid.filter(
      (r) => ['intermittent', 'lumpy'].includes(r.demandClass) && r.totalUnits > 1 && [r.sku, r.name, r.brand, r.category, r.supplier, r.location, r.method].some((t) => t?.toLowerCase().includes(row.sku.slice(0, 3).toLowerCase())),
    );
    expect(intermittent.matched).toBe(expected.length);
    expect(new Set(intermittent.rows.map((r) => `${r.productId}:${r.locationId}`))).toEqual(new Set(expected.map((r) => `${r.productId}:${r.locationId}`)));
    await expect(call('forecast:gridPage', { runId: run!.id, offset: 0, limit: 10, sort: [{ colId: 'secret', sort: 'asc' }] })).rejects.toMatchObject({ code: 'invalid_input' });
    const facts = await call('forecast:gridFacts', { runId: run!.id });
    expect(facts).toEqual({ series: grid.length, coldStart: grid.filter((r) => r.coldStart).length, shortOfHorizon: grid.filter((r) => r.historyBuckets < 8).length });

    const detail = await call('forecast:detail', { runId: run!.id, productId: row.productId, locationId: row.locationId });
    expect(detail.forecast).toHaveLength(8);
    expect(detail.history.length).toBeGreaterThan(8);
    expect(detail.history.at(-1)!.date).toBe(run!.historyTo);
    for (const point of detail.forecast) expect(point.p10).toBeLessThanOrEqual(point.p90);

    const override = await call('forecast:addOverride', {
      productId: row.productId,
      locationId: row.locationId,
      fromDate: detail.forecast[0]!.date,
      toDate: detail.forecast[1]!.date,
      kind: 'percent',
      value: 100,
      reason: 'Influencer campaign',
    });
    const after = (await everyRow(call, 'forecast:gridPage', { runId: run!.id })).find(
      (r) => r.productId === row.productId && r.locationId === row.locationId,
    )!;
    expect(after.overridden).toBe(true);
    expect(after.next[0]).toBeCloseTo(row.next[0]! * 2, 6);
    const paged = await call('forecast:gridPage', { runId: run!.id, offset: 0, limit: 5, filter: { sku: { filterType: 'text', type: 'equals', filter: row.sku } } });
    expect(paged.rows.find((r) => r.locationId === row.locationId)).toEqual(after);
    // The flags column sorts and filters in the core: the overridden series come first, and alone when filtered.
    const byFlags = await call('forecast:gridPage', { runId: run!.id, offset: 0, limit: 5, sort: [{ colId: 'flags', sort: 'desc' }] });
    expect(byFlags.rows[0]!.overridden).toBe(true);
    const flagged = await call('forecast:gridPage', {
      runId: run!.id,
      offset: 0,
      limit: 1000,
      filter: { flags: { filterType: 'codes', values: ['overridden', 'overridden coldStart'] } },
    });
    expect(flagged.rows.length).toBeGreaterThan(0);
    expect(flagged.rows.every((r) => r.overridden && r.productId === row.productId)).toBe(true);
    expect(flagged.rows.find((r) => r.locationId === row.locationId)).toEqual(after);
    expect(after.totalUnits).toBeGreaterThan(row.totalUnits);

    await expect(call('forecast:addOverride', { ...override, id: undefined })).rejects.toMatchObject({ code: 'invalid_input' });
    await call('forecast:removeOverride', { id: override.id });
    const restored = (await everyRow(call, 'forecast:gridPage', { runId: run!.id })).find(
      (r) => r.productId === row.productId && r.locationId === row.locationId,
    )!;
    expect(restored.totalUnits).toBeCloseTo(row.totalUnits, 6);

    const accuracy = await call('forecast:accuracy', { runId: run!.id, groupBy: 'class' });
    expect(accuracy.length).toBeGreaterThan(0);
    expect(accuracy.every((a) => a.series > 0)).toBe(true);
  }, 120_000);

  it('compares two runs, and scores a run against the sales that came after it', async () => {
    const call = openDemo();
    await runForecast(call, { frequency: 'week', horizon: 8 });
    await runForecast(call, { frequency: 'week', horizon: 12 });
    const [newer, older] = await call('forecast:runs');
    const comparison = await call('forecast:compare', { runA: older!.id, runB: newer!.id });
    expect(comparison.sameFrequency).toBe(true);
    expect(comparison.summary.inBoth).toBe(comparison.rows.length);
    expect(comparison.summary.onlyA + comparison.summary.onlyB).toBe(0);
    // Same history and engine; only the backtest horizon differs, so the totals nearly agree.
    expect(Math.abs(comparison.summary.diffPct!)).toBeLessThan(0.05);
    await expect(call('forecast:compare', { runA: older!.id, runB: 9999 })).rejects.toMatchObject({ code: 'not_found' });

    expect((await call('forecast:actualsAccuracy', { runId: newer!.id, groupBy: 'all' })).buckets).toBe(0);
    // Two weeks of sales arrive after the run: now they can be scored, against seasonal naive too.
    const db = ctx!.requireWorkspace().db;
    const insert = db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (?, ?, ?, ?)');
    const series = db.prepare('SELECT DISTINCT product_id AS p, location_id AS l FROM sales_daily').all() as { p: number; l: number }[];
    db.transaction(() => {
      for (let day = 1; day <= 14; day++) {
        const date = `2026-07-${String(day).padStart(2, '0')}`;
        for (const { p, l } of series) insert.run(p, l, date, (p + day) % 4);
      }
      // Written straight into sales_daily, not by an import: readers go back to the rows.
      markSalesSeriesStale(db);
    })();
    ctx!.dataChanged();
    const report = await call('forecast:actualsAccuracy', { runId: newer!.id, groupBy: 'all' });
    expect(report.buckets).toBe(2);
    expect(report.from).toBe('2026-07-01');
    expect(report.rows[0]!.points).toBeGreaterThan(0);
    expect(report.rows[0]!.model.wape).toBeGreaterThan(0);
    expect(report.overrides.buckets).toBe(0);
    // Early July overlaps no event of the calendar: every scored point is outside events.
    expect(report.events.map((e) => [e.key, e.points])).toEqual([['(none)', report.rows[0]!.points]]);
  }, 180_000);

  it('trains the global model in a job with its learnt combination, and a run on auto reuses it untrained', async () => {
    const call = openDemo();
    expect(await call('forecast:globalModels')).toEqual([]);
    const trained = new Promise<{ status: string }>((resolve) => {
      const unsubscribe = ctx!.events.subscribe((event, payload) => {
        if (event !== 'job:finished') return;
        unsubscribe();
        resolve(payload as { status: string });
      });
    });
    await call('forecast:trainGlobal', { frequency: 'week' });
    expect((await trained).status).toBe('done');
    const [model] = await call('forecast:globalModels');
    expect(model).toMatchObject({ frequency: 'week', horizon: 26, historyTo: '2026-06-30' });
    expect(model!.trainedSeries).toBeGreaterThan(50);

    await runForecast(call, { frequency: 'week', horizon: 8 });
    // Reused: no second model was trained for the run.
    expect((await call('forecast:globalModels')).map((m) => m.id)).toEqual([model!.id]);
    const [run] = await call('forecast:runs');
    const grid = await everyRow(call, 'forecast:gridPage', { runId: run!.id });
    const combined = grid.filter((row) => row.method.endsWith(' + global model'));
    expect(combined.length).toBeGreaterThan(0);
    const detail = await call('forecast:detail', { runId: run!.id, productId: combined[0]!.productId, locationId: combined[0]!.locationId });
    for (const point of detail.forecast) {
      expect(point.p10).toBeLessThanOrEqual(point.p50);
      expect(point.p50).toBeLessThanOrEqual(point.p90);
    }
  }, 240_000);
});
