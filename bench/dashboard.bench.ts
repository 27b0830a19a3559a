/**
 * Dashboard benchmark: a demo business of 10,000 SKUs with two weekly forecast runs (one four weeks
 * old, so accuracy is scored against actuals, and one as of today), then the time `dashboard:keyFigures`
 * takes through the real handler and read workers: cold (workspace just opened, workers starting),
 * cold after a change that leaves sales alone (a run's accuracy score is kept), cold after new
 * sales (everything computed again), and warm (cached); then each part's time on one connection.
 * Target: cold ≤ 1 s. The forecasts are synthesised from recent sales (see bench/plan).
 *
 *   npx tsx bench/dashboard.bench.ts [--skus N] [--workspace FILE] [--keep]
 *   (--workspace reuses a file an earlier run kept)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../src/core/app/app-context';
import { dashboardHandlers } from '../src/core/app/handlers/dashboard-handlers';
import { ensureSalesSeries, refreshSalesSeries } from '../src/core/db/sales-series/store';
import { createWorkspace, finishBulkWrite, openWorkspace } from '../src/core/db/workspace';
import { generateDemo } from '../src/core/demo/generate-demo';
import { sourceWorkerEntry } from '../src/core/app/jobs/runner';
import { createInlineTaskContext } from '../src/core/ground/task-context';
import { dayFromIso, isoFromDay } from '../src/core/ground/calendar';
import { forecastAccuracyFigure } from '../src/core/monitoring/key-figures/forecast-accuracy';
import { poTimeline } from '../src/core/monitoring/key-figures/po-timeline';
import { readSkuWeeks } from '../src/core/monitoring/key-figures/sku-weeks';
import { stockHistory } from '../src/core/monitoring/key-figures/stock-history';
import { otifLineFacts } from '../src/core/monitoring/key-figures/supplier-otif';
import { WeekGrid } from '../src/core/monitoring/key-figures/week-grid';
import { synthesiseForecast } from './plan/synthetic-forecast';
import { option, fmt } from './kit';

const TARGET_MS = 1000;
const AS_OF = '2026-06-30';

const skus = Number(option('skus', '10000'));
const reuse = option('workspace', '');
const keep = process.argv.includes('--keep') || reuse !== '';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-dashboard-bench-'));
const file = reuse || path.join(dir, 'dashboard.supplydesk');
if (!reuse) {
  const started = performance.now();
  const workspace = createWorkspace(file, { name: 'Dashboard bench', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus, seed: 11, asOf: AS_OF }, createInlineTaskContext());
  finishBulkWrite(workspace);
  synthesiseForecast(workspace.db, isoFromDay(dayFromIso(AS_OF) - 28), 26);
  synthesiseForecast(workspace.db, AS_OF, 26);
  // As the forecast job that made the runs would have: the series store is built.
  ensureSalesSeries(workspace.db);
  workspace.close();
  console.log(`Dashboard benchmark: demo with ${skus.toLocaleString('en')} SKUs and 2 forecast runs, as of ${AS_OF} (built in ${fmt(performance.now() - started)})`);
} else {
  const workspace = openWorkspace(file);
  const counts = workspace.db.prepare('SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM forecast_runs)').raw(true).get() as number[];
  workspace.close();
  console.log(`Dashboard benchmark: ${file} (${counts[0]?.toLocaleString('en')} SKUs, ${counts[1]} forecast runs)`);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-dashboard-home-'));
const ctx = new AppContext({ host: { mode: 'browser', version: 'bench', systemLocale: 'en' }, home, workerEntry: sourceWorkerEntry, backupIntervalMs: 0 });
const keyFigures = async () => dashboardHandlers(ctx)['dashboard:keyFigures'](undefined);

ctx.open(file);
const cold = await timed(keyFigures);
// As after a plan edit or a supplier setting: a real write (the read worker sees SQLite's data version move), sales untouched.
// (A write of the same bytes would not count: SQLite leaves an unchanged row's page alone.)
ctx.requireWorkspace().db.prepare("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('benchTouched', ?)").run(new Date().toISOString());
ctx.dataChanged();
const afterChange = await timed(keyFigures);
// As after importing a day of sales: one more sale on the last day, so every figure is computed again.
const db = ctx.requireWorkspace().db;
const firstSeries = db.prepare('SELECT (SELECT min(id) FROM products), (SELECT min(id) FROM locations)').raw(true).get() as [number, number];
/** As an import does: the row and the series store (which moves the sales version) in one transaction. */
const addSale = () =>
  db.transaction(() => {
    db.prepare(
      `INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (?, ?, ?, 1)
       ON CONFLICT (product_id, location_id, date) DO UPDATE SET units = units + 1`,
    ).run(...firstSeries, AS_OF);
    refreshSalesSeries(db, [{ product: firstSeries[0], location: firstSeries[1], from: AS_OF, to: AS_OF }]);
  })();
addSale();
ctx.dataChanged();
const afterSales = await timed(keyFigures);
const warm = await timed(keyFigures);

const verdict = (ms: number) => `(target ≤ ${fmt(TARGET_MS)}: ${ms <= TARGET_MS ? 'met' : 'missed'})`;
console.log(`dashboard:keyFigures  cold, workspace just opened    ${fmt(cold.ms).padStart(9)}  ${verdict(cold.ms)}`);
console.log(`dashboard:keyFigures  cold, after a non-sales change ${fmt(afterChange.ms).padStart(9)}  ${verdict(afterChange.ms)}`);
console.log(`dashboard:keyFigures  cold, after new sales          ${fmt(afterSales.ms).padStart(9)}  ${verdict(afterSales.ms)}`);
console.log(`dashboard:keyFigures  warm (cached)                  ${fmt(warm.ms).padStart(9)}`);
for (const figure of warm.value.figures) {
  console.log(`  ${figure.id.padEnd(18)} ${String(figure.value === null ? '–' : +figure.value.toFixed(3)).padStart(14)}  trend points ${figure.trend.filter((p) => p.value !== null).length}`);
}

// Where the time goes, each part on this thread's connection (page cache warm).
const grid = new WeekGrid(AS_OF);
const part = (name: string, work: () => unknown) => {
  const started = performance.now();
  work();
  console.log(`  part: ${name.padEnd(40)} ${fmt(performance.now() - started).padStart(9)}`);
};
let rows: ReturnType<typeof readSkuWeeks> = [];
part('sales and stock per SKU-location', () => (rows = readSkuWeeks(db, grid)));
part('stock history (receipts)', () => stockHistory(db, grid, rows));
part('purchase order timeline', () => poTimeline(db, grid));
part('forecast accuracy (scored afresh)', () => {
  addSale();
  forecastAccuracyFigure(db, grid);
});
part('PO lines due in the OTIF window', () => otifLineFacts(db, grid));

await ctx.shutdown();
fs.rmSync(home, { recursive: true, force: true });
if (keep) console.log(`kept ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
