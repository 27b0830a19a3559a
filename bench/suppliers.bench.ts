/**
 * Supplier scorecard benchmark: synthesises a purchasing history (500 suppliers, 200,000 PO lines
 * with receipts), times scorecards over every line, and times one supplier's collaboration pack.
 * Target: scorecards for 500 suppliers over 200,000 lines in at most 1 s (median of the runs).
 *
 *   npx tsx bench/suppliers.bench.ts [--suppliers N] [--lines N] [--runs N] [--seed N] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace, finishBulkWrite, openWorkspace, type Db } from '../src/core/db/workspace';
import { buildSupplierPack, recommendSuppliers, supplierLeadTimes, supplierScorecards, writeSupplierPack } from '../src/core/suppliers';
import { loadLineFacts } from '../src/core/suppliers/line-facts';
import { synthesiseSupplierHistory } from '../test/fixtures/suppliers-synthetic-history';
import { option, fmt } from './kit';

const TARGET_MS = 1000;
const AS_OF = '2026-06-30';
/** Due dates spanning the whole synthetic history, so every line is scored. */
const FROM = '2024-01-01';
const TO = '2026-12-31';

const suppliers = Number(option('suppliers', '500'));
const lines = Number(option('lines', '200000'));
const runs = Number(option('runs', '5'));
const seed = Number(option('seed', '1'));
const keep = process.argv.includes('--keep');
const atTarget = suppliers === 500 && lines === 200_000;

interface Timing {
  ms: number;
  cpuMs: number;
}

function time<T>(work: () => T): Timing & { value: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-suppliers-bench-'));
const file = path.join(dir, 'suppliers.supplydesk');

const built = time(() => {
  const workspace = createWorkspace(file, { name: 'Supplier bench', bulk: true });
  const counts = synthesiseSupplierHistory(workspace.db, { suppliers, lines, asOf: AS_OF, seed, salesSuppliers: 10 });
  finishBulkWrite(workspace);
  workspace.close();
  return counts;
});
console.log(`Supplier benchmark: ${suppliers.toLocaleString('en')} suppliers, ${lines.toLocaleString('en')} PO lines, as of ${AS_OF}`);
for (const [table, rows] of Object.entries(built.value)) console.log(`  ${table.padEnd(16)} ${rows.toLocaleString('en').padStart(10)}`);
console.log(`synthesise      ${fmt(built.ms)}`);

const workspace = openWorkspace(file);
const db: Db = workspace.db;
supplierScorecards(db, { asOf: AS_OF, from: FROM, to: TO }); // warm-up: page cache and JIT

const scorecardRuns: Timing[] = [];
let scored = 0;
for (let r = 0; r < runs; r++) {
  const run = time(() => supplierScorecards(db, { asOf: AS_OF, from: FROM, to: TO }));
  scorecardRuns.push(run);
  scored = run.value.suppliers.reduce((sum, s) => sum + s.metrics.lines, 0);
}
const load = time(() => loadLineFacts(db, { asOf: AS_OF }));
const scorecardMs = median(scorecardRuns.map((r) => r.ms));
const cpuMs = median(scorecardRuns.map((r) => r.cpuMs));
console.log(
  `scorecards      ${fmt(scorecardMs)} median of ${runs} (best ${fmt(Math.min(...scorecardRuns.map((r) => r.ms)))}, ` +
    `CPU ${fmt(cpuMs)}); ${scored.toLocaleString('en')} lines scored, ` +
    `${Math.round(scored / (scorecardMs / 1000)).toLocaleString('en')} lines/s`,
);
console.log(`  of which read ${fmt(load.ms)} (${load.value.length.toLocaleString('en')} lines and their receipts from SQLite)`);

const leadTimes = time(() => supplierLeadTimes(db, { asOf: AS_OF }));
console.log(`lead times      ${fmt(leadTimes.ms)} (${leadTimes.value.suppliers.length} suppliers, ${leadTimes.value.skus.length} supplier-SKUs)`);
const recommendations = time(() => recommendSuppliers(db, { asOf: AS_OF }));
console.log(`recommendations ${fmt(recommendations.ms)} (${recommendations.value.length} SKUs with two suppliers)`);

const pack = time(() => buildSupplierPack(db, 1, { asOf: AS_OF }));
const packFile = path.join(dir, 'pack.xlsx');
const written = await (async () => {
  const started = performance.now();
  const summary = await writeSupplierPack(db, 1, packFile, { asOf: AS_OF });
  return { ms: performance.now() - started, summary };
})();
console.log(
  `supplier pack   build ${fmt(pack.ms)}, build + write ${fmt(written.ms)} ` +
    `(${written.summary.openLines} open lines, ${written.summary.skus} SKUs × ${written.summary.weeks} weeks, ` +
    `${(fs.statSync(packFile).size / 1024).toFixed(0)} KiB)`,
);

const verdict = !atTarget ? 'n/a (other size)' : scorecardMs <= TARGET_MS ? 'met' : 'MISSED';
console.log(`target          scorecards ≤ ${fmt(TARGET_MS)} for 500 suppliers × 200,000 lines: ${verdict}`);
workspace.close();
if (keep) console.log(`kept            ${file}`);
else fs.rmSync(dir, { recursive: true, force: true });
if (atTarget && scorecardMs > TARGET_MS) process.exitCode = 1;
