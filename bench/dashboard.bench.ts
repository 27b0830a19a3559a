/**
 * Dashboard benchmark: a demo business of 10,000 SKUs with two weekly forecast runs (one four weeks
 * old, so accuracy is scored against actuals, and one as of today), then the time `dashboard:keyFigures`
 * takes through the real handler and read workers: cold (workspace just opened, workers starting),
 * cold again after a data change (workers running, caches dropped), and warm (cached).
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
import { createWorkspace, finishBulkWrite, openWorkspace } from '../src/core/db/workspace';
import { generateDemo } from '../src/core/demo/generate-demo';
import { sourceWorkerEntry } from '../src/core/jobs/runner';
import { createInlineTaskContext } from '../src/core/jobs/task-context';
import { dayFromIso, isoFromDay } from '../src/core/series/calendar';
import { synthesiseForecast } from './plan/synthetic-forecast';

const TARGET_MS = 1000;
const AS_OF = '2026-06-30';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}
const skus = Number(option('skus', '10000'));
const reuse = option('workspace', '');
const keep = process.argv.includes('--keep') || reuse !== '';
const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en')} ms`;

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
ctx.dataChanged();
const afterChange = await timed(keyFigures);
const warm = await timed(keyFigures);

console.log(`dashboard:keyFigures  cold (just opened)      ${fmt(cold.ms)}  (target ≤ ${fmt(TARGET_MS)}: ${cold.ms <= TARGET_MS ? 'met' : 'missed'})`);
console.log(`dashboard:keyFigures  cold (after a change)   ${fmt(afterChange.ms)}  (target ≤ ${fmt(TARGET_MS)}: ${afterChange.ms <= TARGET_MS ? 'met' : 'missed'})`);
console.log(`dashboard:keyFigures  warm (cached)           ${fmt(warm.ms)}`);
for (const figure of warm.value.figures) {
  console.log(`  ${figure.id.padEnd(18)} ${String(figure.value === null ? '–' : +figure.value.toFixed(3)).padStart(14)}  trend points ${figure.trend.filter((p) => p.value !== null).length}`);
}

await ctx.shutdown();
fs.rmSync(home, { recursive: true, force: true });
if (keep) console.log(`kept ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
