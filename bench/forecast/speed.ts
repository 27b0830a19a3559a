/** Throughput of the full engine (classification, backtest selection, quantiles). */

import { Worker } from 'node:worker_threads';
import { forecastSeries } from '../../src/core/forecast';
import { syntheticWeekly } from './synthetic';

const COUNT = 2000;
const LENGTH = 104;
const H = 26;

// Workers load the TypeScript entry through tsx's loader (registered inside the worker thread).
const workerUrl = new URL('./speed-worker.ts', import.meta.url).href;
const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); })`;

export async function runSpeed(): Promise<void> {
  const series = syntheticWeekly(COUNT, LENGTH);
  // Warm up the JIT before timing.
  for (let i = 0; i < 200; i++) forecastSeries(series[i] as Float64Array, { seasonLength: 52, horizon: H });
  const t0 = performance.now();
  for (const y of series) forecastSeries(y, { seasonLength: 52, horizon: H });
  const single = COUNT / ((performance.now() - t0) / 1000);
  console.log(`\n== speed: ${COUNT} weekly series × ${LENGTH} points, h=${H}, full engine ==`);
  console.log(`single thread: ${single.toFixed(0)} series/s`);

  // Two workers (one per core): both warm up, then start timing together.
  const workers = 2;
  const parts = Array.from({ length: workers }, (_, w) => series.filter((_, i) => i % workers === w));
  const threads = parts.map((part) => new Worker(bootstrap, { eval: true, workerData: { series: part, seasonLength: 52, horizon: H } }));
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
  const t1 = performance.now();
  const done = Promise.all(threads.map((w) => message(w, 'done')));
  for (const w of threads) w.postMessage('go');
  await done;
  const wall = (performance.now() - t1) / 1000;
  await Promise.all(threads.map((w) => w.terminate()));
  console.log(`${workers} worker threads: ${(COUNT / wall).toFixed(0)} series/s`);
}
