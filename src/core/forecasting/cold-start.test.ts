import { reasonText } from '../forecast/reason';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Workspace } from '../db/workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { listLaunchPlans, planPerBucket, removeLaunchPlan, setLaunchPlan } from './launch-plans';
import { runWorkspaceForecast } from './run-forecast';
import { runSeries } from './runs';
import { addDailySales, addLocation, addProduct, demoWorkspace, emptyWorkspace, removeSuiteDir, steadyUnits, suiteDir } from '../../../test/fixtures/forecasting-workspace';

function weeklyMeans(db: Database.Database, runId: number, productId: number): number[] {
  return db
    .prepare('SELECT mean FROM forecast_values WHERE run_id = ? AND product_id = ? ORDER BY bucket_date')
    .pluck()
    .all(runId, productId) as number[];
}

describe('cold start on the demo: a new brand', () => {
  let dir: string;
  let ws: Workspace;
  let runId: number;

  beforeAll(() => {
    dir = suiteDir();
    ws = demoWorkspace(dir, 120);
    runId = runWorkspaceForecast(ws.db, { frequency: 'week' }, createInlineTaskContext()).runId;
  });
  afterAll(() => {
    ws.close();
    removeSuiteDir(dir);
  });

  it('forecasts every SKU of the new brand from analogues, and lists them', () => {
    const fresh = runSeries(ws.db, runId).filter((s) => s.brand?.startsWith('Peak Motion'));
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    for (const s of fresh) {
      expect(s.method).toBe('analogues');
      expect(s.totalMean).toBeGreaterThan(0);
      expect(s.analogues!.length).toBeGreaterThanOrEqual(3);
      expect(reasonText(s.reason)).toMatch(/analogues/);
      const first = s.analogues![0]!;
      expect(first.reasons).toContain('category');
      expect(first.sku).not.toMatch(/^PKM-/);
    }
  });
});

describe('cold start on hand-made SKUs', () => {
  const tempDir = useTempDir();

  function shop() {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    for (let i = 0; i < 5; i++) {
      const id = addProduct(ws.db, { sku: `OLD-${i}`, brand: 'Old', category: 'Bags', price: 100, attributes: { material: 'canvas' } });
      addDailySales(ws.db, id, wh, '2025-09-23', steadyUnits(281, 10, i));
    }
    const shoes = addProduct(ws.db, { sku: 'SHOE', brand: 'Old', category: 'Shoes', price: 100 });
    addDailySales(ws.db, shoes, wh, '2025-09-23', steadyUnits(281, 100));
    return { ws, wh };
  }

  it('scales the analogues to a new SKU’s first weeks of sales', () => {
    const { ws, wh } = shop();
    const fresh = addProduct(ws.db, { sku: 'NEW-1', brand: 'New', category: 'Bags', price: 110, status: 'new', launchDate: '2026-06-10', attributes: { material: 'canvas' } });
    addDailySales(ws.db, fresh, wh, '2026-06-10', steadyUnits(21, 20));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 12 }, createInlineTaskContext());
    const series = runSeries(ws.db, runId, { productIds: [fresh] })[0]!;
    expect(series.method).toBe('analogues');
    expect(series.analogues!.map((a) => a.sku).sort()).toEqual(['OLD-0', 'OLD-1', 'OLD-2', 'OLD-3', 'OLD-4']);
    expect(series.analogues![0]!.reasons).toEqual(expect.arrayContaining(['category', 'price −9%', '1 shared attribute']));
    // It sells twice what the analogues sell: about 140 a week, not their 70.
    const mean = weeklyMeans(ws.db, runId, fresh);
    const average = mean.reduce((s, v) => s + v, 0) / mean.length;
    expect(average).toBeGreaterThan(120);
    expect(average).toBeLessThan(165);
  });

  it('follows a launch plan for a SKU that launches after the history ends', () => {
    const { ws } = shop();
    const planned = addProduct(ws.db, { sku: 'NEW-2', brand: 'New', category: 'Bags', price: 90, status: 'new', launchDate: '2026-07-08' });
    setLaunchPlan(ws.db, { productId: planned, weeks: 8, unitsPerWeek: 50, notes: 'trade show orders' });
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 12 }, createInlineTaskContext());
    const mean = weeklyMeans(ws.db, runId, planned);
    expect(mean[0]).toBe(0);
    for (const week of mean.slice(1, 9)) expect(Math.abs(week - 50)).toBeLessThan(5);
    const series = runSeries(ws.db, runId, { productIds: [planned] })[0]!;
    expect(reasonText(series.reason)).toMatch(/launching in 1 week.*launch plan/);
  });

  it('splits a plan for all locations over the locations its brand sells in', () => {
    const { ws, wh } = shop();
    const south = addLocation(ws.db, 'SOUTH');
    const old = ws.db.prepare("SELECT id FROM products WHERE sku = 'OLD-0'").pluck().get() as number;
    addDailySales(ws.db, old, south, '2025-09-23', steadyUnits(281, 10, 9));
    const planned = addProduct(ws.db, { sku: 'NEW-4', brand: 'Old', category: 'Bags', status: 'new' });
    setLaunchPlan(ws.db, { productId: planned, weeks: 6, totalUnits: 600 });
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 6 }, createInlineTaskContext());
    const byLocation = ws.db
      .prepare('SELECT location_id, sum(mean) AS total FROM forecast_values WHERE run_id = ? AND product_id = ? GROUP BY location_id')
      .all(runId, planned) as { location_id: number; total: number }[];
    expect(byLocation.map((r) => r.location_id)).toEqual([wh, south]);
    for (const r of byLocation) expect(Math.abs(r.total - 300)).toBeLessThan(15);
  });

  it('keeps one audited plan per SKU and location, and spreads plans over buckets', () => {
    const { ws } = shop();
    const p = addProduct(ws.db, { sku: 'NEW-3', category: 'Bags' });
    setLaunchPlan(ws.db, { productId: p, weeks: 4, totalUnits: 400 });
    setLaunchPlan(ws.db, { productId: p, weeks: 4, unitsPerWeek: 120 });
    expect(listLaunchPlans(ws.db, p)).toHaveLength(1);
    expect(removeLaunchPlan(ws.db, p, null)).toBe(true);
    const actions = ws.db.prepare("SELECT action FROM audit_log WHERE entity = 'launch_plan' ORDER BY id").pluck().all();
    expect(actions).toEqual(['launch_plan.add', 'launch_plan.replace', 'launch_plan.remove']);
    expect(() => setLaunchPlan(ws.db, { productId: p, weeks: 4, unitsPerWeek: 1, totalUnits: 4 })).toThrow(/either/);
    const plan = { weeks: 2, unitsPerWeek: 70, totalUnits: null } as Parameters<typeof planPerBucket>[0];
    expect([...planPerBucket(plan, 'day')]).toEqual(new Array(14).fill(10));
    expect([...planPerBucket(plan, 'month')]).toEqual([140]);
    expect([...planPerBucket(plan, 'week', 0.5)]).toEqual([35, 35]);
  });
});
