/**
 * Demo generator benchmark: builds a demo workspace in a temp folder and prints how long it took.
 * Target: 10,000 SKUs (two years, two warehouses) in at most 30 s.
 *
 *   npx tsx bench/demo.bench.ts [--skus N] [--seed N] [--as-of YYYY-MM-DD] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemo } from '../src/core/demo/generate-demo';
import { createWorkspace, finishBulkWrite } from '../src/core/db/workspace';
import type { TaskContext } from '../src/core/ground/task-context';

const TARGET_SECONDS = 30;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const skus = Number(option('skus', '10000'));
const seed = Number(option('seed', '42'));
const asOf = option('as-of', '2025-06-30');
const keep = process.argv.includes('--keep');

const noop: TaskContext = { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-'));
const file = path.join(dir, 'demo.sdk');
const started = performance.now();
const workspace = createWorkspace(file, { name: 'Bench demo', kind: 'demo', bulk: true });
const result = generateDemo(workspace.db, { skus, seed, asOf }, noop);
const generated = performance.now();
finishBulkWrite(workspace);
workspace.close();
const seconds = (performance.now() - started) / 1000;

const bytes = fs.statSync(file).size;
const pad = (s: string, n: number): string => s.padEnd(n);
console.log(`Demo benchmark: ${skus.toLocaleString('en')} SKUs, seed ${seed}, asOf ${asOf}`);
for (const [table, rows] of Object.entries(result.tables)) {
  console.log(`  ${pad(table, 18)} ${rows.toLocaleString('en').padStart(12)}`);
}
console.log(`  ${pad('total rows', 18)} ${result.rowsWritten.toLocaleString('en').padStart(12)}`);
console.log(`generate      ${((generated - started) / 1000).toFixed(2)} s`);
console.log(`total         ${seconds.toFixed(2)} s (incl. create + finishBulkWrite)`);
console.log(`throughput    ${Math.round(result.rowsWritten / seconds).toLocaleString('en')} rows/s`);
console.log(`file size     ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
const verdict = skus !== 10000 ? 'n/a (other size)' : seconds <= TARGET_SECONDS ? 'met' : 'MISSED';
console.log(`target        ≤ ${TARGET_SECONDS} s for 10,000 SKUs: ${verdict}`);

if (keep) console.log(`kept          ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
if (skus === 10000 && seconds > TARGET_SECONDS) process.exitCode = 1;
