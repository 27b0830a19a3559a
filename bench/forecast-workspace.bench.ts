/**
 * Workspace forecast benchmark: builds a demo workspace (10,000 SKUs, two warehouses, two years
 * of daily sales by default), forecasts it as the job does — weekly, 26 weeks ahead, backtests,
 * cold start and calibration included — and prints the seconds spent reading the history,
 * forecasting and writing the run, with series per second.
 *
 *   npx tsx bench/forecast-workspace.bench.ts [--skus N] [--seed N] [--as-of YYYY-MM-DD]
 *     [--frequency day|week|month] [--horizon H] [--locations each|total] [--workspace FILE] [--keep]
 *     [--workers N]
 *
 * --workspace forecasts an existing workspace (a run is added to it) instead of building a demo.
 * --workers N spreads the established series over up to N worker threads (one per 4,000 series at
 * least), as the app's job does; cpu s then adds up every thread, so compare wall seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createWorkspace, finishBulkWrite, openWorkspace } from '../src/core/db/workspace';
import { generateDemo } from '../src/core/demo/generate-demo';
import { fileURLToPath } from 'node:url';
import { runWorkspaceForecast, type Frequency, type LocationMode } from '../src/core/forecasting';
import { prepareRunParallel, storeRun } from '../src/core/forecasting/run-forecast';
import { createInlineTaskContext } from '../src/core/ground/task-context';
import { forecastChunksOnWorkers } from '../src/core/app/jobs/tasks/forecast-chunk-task';
import { option } from './kit';

const skus = Number(option('skus', '10000'));
const seed = Number(option('seed', '42'));
const asOf = option('as-of', '2026-06-30');
const frequency = option('frequency', 'week') as Frequency;
const horizon = Number(option('horizon', frequency === 'week' ? '26' : frequency === 'day' ? '182' : '6'));
const locations = option('locations', 'each') as LocationMode;
const existing = option('workspace', '');
const keep = process.argv.includes('--keep');
const workers = Number(option('workers', '1'));

const dir = existing ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-'));
const file = existing ? path.resolve(existing) : path.join(dir as string, 'demo.supplydesk');
let db: Database.Database;
if (existing) {
  db = openWorkspace(file).db;
  console.log(`Workspace forecast benchmark on ${file}`);
} else {
  const started = performance.now();
  const workspace = createWorkspace(file, { name: 'Bench demo', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus, seed, asOf }, createInlineTaskContext());
  finishBulkWrite(workspace);
  db = workspace.db;
  console.log(`Workspace forecast benchmark: demo of ${skus.toLocaleString('en')} SKUs, seed ${seed}, asOf ${asOf}`);
  console.log(`  demo built       ${((performance.now() - started) / 1000).toFixed(1)} s (not part of the forecast)`);
}
const salesRows = db.prepare('SELECT count(*) FROM sales_daily').pluck().get() as number;
const before = fs.statSync(file).size;

// CPU seconds per step as well as wall-clock: on a busy machine only the former is comparable.
const cpuAt = new Map<string, number>();
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpuStart = cpuNow();
const progress = createInlineTaskContext((step) => {
  if (!cpuAt.has(step)) cpuAt.set(step, cpuNow());
});
const options = { frequency, horizon, locations };
const workerEntry = fileURLToPath(new URL('../src/core/app/jobs/worker-source-entry.mjs', import.meta.url));
const summary =
  workers > 1
    ? storeRun(db, await prepareRunParallel(db, options, progress, { runChunk: forecastChunksOnWorkers(workerEntry), workers }), progress)
    : runWorkspaceForecast(db, options, progress);
const cpuEnd = cpuNow();
const cpu = (from: number | undefined, to: number | undefined) => ((to ?? cpuEnd) - (from ?? cpuStart)).toFixed(2);
const s = summary.seconds;
const values = summary.series * summary.horizon;
db.pragma('wal_checkpoint(TRUNCATE)');
const grown = fs.statSync(file).size - before;

console.log(`  sales rows       ${salesRows.toLocaleString('en')}`);
console.log(`  workers          ${workers}`);
console.log(`  series           ${summary.series.toLocaleString('en')} (${summary.coldStart.toLocaleString('en')} cold start) × ${horizon} ${frequency}s, ${locations}`);
const [history, series, write] = ['forecast.history', 'forecast.series', 'forecast.write'].map((step) => cpuAt.get(step));
console.log('                   wall s   cpu s');
console.log(`  read history     ${s.history.toFixed(2).padStart(6)}  ${cpu(history, series).padStart(6)}`);
console.log(`  forecast         ${s.forecast.toFixed(2).padStart(6)}  ${cpu(series, write).padStart(6)}   ${Math.round(summary.series / s.forecast).toLocaleString('en')} series/s (wall; backtest, cold start, calibration included)`);
console.log(`  write            ${s.write.toFixed(2).padStart(6)}  ${cpu(write, undefined).padStart(6)}   ${values.toLocaleString('en')} values, ${Math.round(values / s.write).toLocaleString('en')} rows/s`);
console.log(`  total            ${s.total.toFixed(2).padStart(6)}  ${cpu(undefined, undefined).padStart(6)}   ${Math.round(summary.series / s.total).toLocaleString('en')} series/s end to end`);
console.log(`  run size         ${(grown / 1024 / 1024).toFixed(1)} MiB`);
if (summary.meanMase !== null && summary.meanSnaiveMase !== null) {
  console.log(`  backtest MASE    ${summary.meanMase.toFixed(3)} (seasonal naive ${summary.meanSnaiveMase.toFixed(3)})`);
}
for (const c of summary.calibration) {
  console.log(`  ${c.demandClass.padEnd(16)} p10–p90 covered ${(c.coverageBefore * 100).toFixed(1)}% → ×${c.factor.toFixed(2)}`);
}

db.close();
if (dir && !keep) fs.rmSync(dir, { recursive: true, force: true });
else if (dir) console.log(`  kept             ${file}`);
