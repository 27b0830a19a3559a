import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDailySalesCsv, writeDailySalesXlsx, writeOrderLinesCsv } from './import/generate';

/**
 * `npm run bench:import`: the import targets of the issue, each import in its own
 * process (so peak RSS is its own), next to the sqlite3 shell's `.import` of the same
 * CSV as the floor no importer can beat.  --keep leaves the generated files.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const SQLITE3 = '/usr/bin/sqlite3';

interface Run {
  run: number;
  seconds: number;
  cpuSeconds: number;
  rowsRead: number;
  rowsStored: number;
  status: string;
  errors: number;
  peakRssMb: number;
}

interface Line {
  name: string;
  rows: number;
  seconds: number;
  cpuSeconds: number | null;
  peakRssMb: number | null;
  target: string;
  pass: boolean | null;
}

function runScenario(kind: string, file: string, workspace: string, times = 1): Run[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'import', 'scenario.ts'), kind, file, workspace, String(times)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${kind} import failed:\n${child.stderr}`);
  const runs = child.stdout.trim().split('\n').map((l) => JSON.parse(l) as Run);
  for (const r of runs) {
    if (r.status !== 'done' || r.errors > 0) throw new Error(`${kind} import did not finish cleanly: ${JSON.stringify(r)}`);
  }
  return runs;
}

function sqliteFloor(csv: string, dir: string): number | null {
  if (!fs.existsSync(SQLITE3)) return null;
  const db = path.join(dir, 'floor.db');
  const started = performance.now();
  const child = spawnSync(SQLITE3, [db], { input: `.mode csv\n.import '${csv.replaceAll("'", "''")}' sales\n`, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`sqlite3 .import failed: ${child.stderr}`);
  return seconds;
}

async function timed(label: string, fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await fn();
  console.log(`  generated ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function mb(file: string): string {
  return `${(fs.statSync(file).size / 1e6).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-import-'));
  const salesCsv = path.join(dir, 'daily-sales.csv');
  const ordersCsv = path.join(dir, 'order-lines.csv');
  const salesXlsx = path.join(dir, 'daily-sales.xlsx');
  console.log(`Import benchmark (files in ${dir})`);
  await timed('1,000,000 daily-sales rows', () => writeDailySalesCsv(salesCsv, 1_000_000));
  await timed('1,000,000 order lines', () => writeOrderLinesCsv(ordersCsv, 1_000_000));
  await timed('100,000-row XLSX', () => writeDailySalesXlsx(salesXlsx, 100_000));

  const lines: Line[] = [];
  const floor = sqliteFloor(salesCsv, dir);
  if (floor !== null) lines.push({ name: `sqlite3 .import, same CSV (${mb(salesCsv)}) — floor`, rows: 1_000_000, seconds: floor, cpuSeconds: null, peakRssMb: null, target: '', pass: null });

  const [first, again] = runScenario('sales', salesCsv, path.join(dir, 'sales.supplydesk'), 2);
  lines.push({ name: `daily sales CSV (${mb(salesCsv)})`, rows: first!.rowsStored, seconds: first!.seconds, cpuSeconds: first!.cpuSeconds, peakRssMb: first!.peakRssMb, target: '≤ 10 s (aim 5), ≤ 400 MB', pass: first!.seconds <= 10 && first!.peakRssMb <= 400 });
  lines.push({ name: 'same file again (replaces, undoable)', rows: again!.rowsStored, seconds: again!.seconds, cpuSeconds: again!.cpuSeconds, peakRssMb: again!.peakRssMb, target: '', pass: null });

  const [xlsx] = runScenario('sales', salesXlsx, path.join(dir, 'xlsx.supplydesk'));
  lines.push({ name: `daily sales XLSX (${mb(salesXlsx)})`, rows: xlsx!.rowsStored, seconds: xlsx!.seconds, cpuSeconds: xlsx!.cpuSeconds, peakRssMb: xlsx!.peakRssMb, target: '≤ 15 s', pass: xlsx!.seconds <= 15 });

  const [orders] = runScenario('order-lines', ordersCsv, path.join(dir, 'orders.supplydesk'));
  lines.push({ name: `order lines → daily sales (${mb(ordersCsv)})`, rows: orders!.rowsStored, seconds: orders!.seconds, cpuSeconds: orders!.cpuSeconds, peakRssMb: orders!.peakRssMb, target: '≤ 15 s', pass: orders!.seconds <= 15 });

  console.log('');
  const width = Math.max(...lines.map((l) => l.name.length));
  for (const l of lines) {
    const rate = Math.round(l.rows / l.seconds).toLocaleString('en');
    const rss = l.peakRssMb === null ? '' : `peak RSS ${l.peakRssMb.toFixed(0)} MB`;
    const cpu = l.cpuSeconds === null ? '' : `cpu ${l.cpuSeconds.toFixed(1)} s`;
    const verdict = l.pass === null ? '' : l.pass ? `PASS (${l.target})` : `FAIL (${l.target})`;
    console.log(`${l.name.padEnd(width)}  ${l.rows.toLocaleString('en').padStart(9)} rows  ${l.seconds.toFixed(2).padStart(6)} s  ${cpu.padEnd(10)} ${rate.padStart(9)} rows/s  ${rss.padEnd(18)} ${verdict}`);
  }
  console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (wall times stretch when the machine is busy; cpu is this process alone)`);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  if (lines.some((l) => l.pass === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
