/**
 * Throughput of the full engine (classification, backtest selection, quantiles): synthetic weekly
 * series, then real ones — M4 weekly cut to its last 104 weeks, and carparts — on one thread and
 * on two worker threads (one per core).
 */

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { cleanHistory, forecastSeries } from '../../src/core/forecast';
import { loadCarparts, loadM4Weekly } from './data';
import { runPipelineSpeed } from './speed-pipeline';
import { syntheticWeekly } from './synthetic';

const SYNTHETIC_COUNT = 2000;
const SYNTHETIC_LENGTH = 104;
const M4_WEEKS = 104;
/** Each measurement forecasts at least this many series (small sets are passed over again). */
const MIN_TIMED = 4000;

export interface SpeedSet {
  name: string;
  series: Float64Array[];
  seasonLength: number;
  horizon: number;
}

// Workers load the TypeScript entry through tsx's loader (registered inside the worker thread).
const workerUrl = new URL('./speed-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); })`;

/** M4 weekly training series, each cut to its last 104 weeks (h = 13 as in M4). */
export function m4LastWeeks(dataDir: string): SpeedSet {
  const d = loadM4Weekly(dataDir);
  return { name: `M4 weekly, last ${M4_WEEKS} weeks`, series: d.train.map((y) => y.slice(Math.max(0, y.length - M4_WEEKS))), seasonLength: 52, horizon: 13 };
}

/** carparts training months (the last 12 held out), complete histories only. */
export function carpartsTrain(dataDir: string): SpeedSet {
  const series: Float64Array[] = [];
  for (const y of loadCarparts(dataDir).values()) {
    if (y.some((v) => Number.isNaN(v))) continue;
    series.push(cleanHistory(y.subarray(0, y.length - 12)));
  }
  return { name: 'carparts, 39 months', series, seasonLength: 12, horizon: 12 };
}

/** Series per second of wall clock and per CPU-second (this process, all threads). */
interface Rate {
  wall: number;
  cpu: number;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function repsOf(set: SpeedSet): number {
  return Math.ceil(MIN_TIMED / set.series.length);
}

function singleThread(set: SpeedSet): Rate {
  const options = { seasonLength: set.seasonLength, horizon: set.horizon };
  // Warm up the JIT on one pass before timing.
  for (const y of set.series) forecastSeries(y, options);
  const reps = repsOf(set);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const y of set.series) forecastSeries(y, options);
  const wall = (performance.now() - t0) / 1000;
  const count = reps * set.series.length;
  return { wall: count / wall, cpu: count / cpuSeconds(c0) };
}

/** Two warm workers (one per core) start timing together; the wall clock covers both. */
async function twoWorkers(set: SpeedSet): Promise<Rate> {
  const workers = 2;
  const parts = Array.from({ length: workers }, (_, w) => set.series.filter((_, i) => i % workers === w));
  const threads = parts.map(
    (part) => new Worker(bootstrap, { eval: true, workerData: { series: part, seasonLength: set.seasonLength, horizon: set.horizon, reps: repsOf(set) } }),
  );
  const message = (w: Worker, type: string): Promise<{ ms: number }> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: { type: string; ms: number }): void => {
        if (m.type === type) {
          w.off('message', onMessage);
          resolve(m);
        }
      };
      w.on('message', onMessage);
      w.once('error', reject);
    });
  await Promise.all(threads.map((w) => message(w, 'ready')));
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const done = Promise.all(threads.map((w) => message(w, 'done')));
  for (const w of threads) w.postMessage('go');
  await done;
  const wall = (performance.now() - t1) / 1000;
  const cpu = cpuSeconds(c1);
  await Promise.all(threads.map((w) => w.terminate()));
  const count = repsOf(set) * set.series.length;
  return { wall: count / wall, cpu: count / cpu };
}

async function report(set: SpeedSet): Promise<void> {
  const single = singleThread(set);
  const both = await twoWorkers(set);
  const rate = (r: Rate): string => `${r.wall.toFixed(0)} series/s (${r.cpu.toFixed(0)} per CPU-second)`;
  console.log(`${set.name} (${set.series.length} series, m=${set.seasonLength}, h=${set.horizon}):`);
  console.log(`  single thread ${rate(single)}; 2 worker threads ${rate(both)}`);
}

export async function runSpeed(dataDir: string): Promise<void> {
  console.log('\n== speed: full engine (classification, backtest selection, quantiles), warm JIT ==');
  // Wall-clock figures depend on what else runs; per CPU-second they depend on the code alone.
  console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
  await report({ name: `synthetic weekly × ${SYNTHETIC_LENGTH}`, series: syntheticWeekly(SYNTHETIC_COUNT, SYNTHETIC_LENGTH), seasonLength: 52, horizon: 26 });
  const m4 = m4LastWeeks(dataDir);
  await report(m4);
  await report(carpartsTrain(dataDir));
  await runPipelineSpeed(m4.series);
}
