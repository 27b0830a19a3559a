/**
 * Demo generator benchmark: builds a demo workspace in a temp folder the way the CLI's `demo`
 * does and prints each step's wall and CPU seconds, the peak memory and the rows per table.
 * Targets: 10,000 SKUs in at most 30 s; 50,000 SKUs in at most 60 s (issue 19).
 *
 * The history is simulated on a worker thread while the main thread writes, as the CLI does;
 * `--inline` times the one-thread path instead (the same rows).
 *
 *   npm run bench:demo -- [--skus N] [--seed N] [--as-of YYYY-MM-DD] [--inline] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flag, option } from './kit';
import { timeDemo } from './scale/demo-timing';

const TARGET_SECONDS: Record<number, number> = { 10000: 30, 50000: 60 };

const skus = Number(option('skus', '10000'));
const seed = Number(option('seed', '42'));
const asOf = option('as-of', '2025-06-30');
const keep = flag('keep');
const inline = flag('inline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-'));
const file = path.join(dir, 'demo.sdk');
try {
  const { result, steps, seconds, cpuSeconds, mainCpuSeconds } = await timeDemo(file, { skus, seed, asOf, inline });
  const bytes = fs.statSync(file).size;
  const sec = (s: number): string => `${s.toFixed(1).padStart(7)} s`;
  console.log(`Demo benchmark: ${skus.toLocaleString('en')} SKUs, seed ${seed}, asOf ${asOf}, ${os.cpus().length} cores, history ${inline ? 'inline' : 'on a worker thread'}`);
  console.log(`  ${'step'.padEnd(28)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'main cpu'.padStart(9)}`);
  for (const s of steps) console.log(`  ${s.step.padEnd(28)} ${sec(s.seconds)} ${sec(s.cpuSeconds)} ${sec(s.mainCpuSeconds)}`);
  console.log(`  ${'total'.padEnd(28)} ${sec(seconds)} ${sec(cpuSeconds)} ${sec(mainCpuSeconds)}   (the last step includes finishing the file)`);
  console.log('  cpu: every thread; main cpu: the main thread alone, the critical path on a quiet machine while the worker keeps up');
  console.log(`peak memory   ${(process.resourceUsage().maxRSS / 1024 ** 2).toFixed(2)} GB`);
  for (const [table, rows] of Object.entries(result.tables)) {
    console.log(`  ${table.padEnd(18)} ${rows.toLocaleString('en').padStart(12)}`);
  }
  console.log(`  ${'total rows'.padEnd(18)} ${result.rowsWritten.toLocaleString('en').padStart(12)}`);
  console.log(`throughput    ${Math.round(result.rowsWritten / seconds).toLocaleString('en')} rows/s`);
  console.log(`file size     ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  const target = TARGET_SECONDS[skus];
  console.log(`target        ${target === undefined ? 'n/a (other size)' : `≤ ${target} s: ${seconds <= target ? 'met' : 'MISSED'}`}`);
  console.log(`load average  ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores`);
} finally {
  if (keep) console.log(`kept          ${file}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
