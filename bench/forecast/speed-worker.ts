/** Worker: warms up on one pass over its share of the series, then times `reps` passes. */

import { parentPort, workerData } from 'node:worker_threads';
import { forecastSeries } from '../../src/core/forecast';

interface Job {
  series: Float64Array[];
  seasonLength: number;
  horizon: number;
  reps: number;
}

const job = workerData as Job;
const options = { seasonLength: job.seasonLength, horizon: job.horizon };
for (const y of job.series) forecastSeries(y, options);
parentPort?.postMessage({ type: 'ready' });
parentPort?.once('message', () => {
  const start = performance.now();
  let checksum = 0;
  for (let r = 0; r < job.reps; r++) for (const y of job.series) checksum += forecastSeries(y, options).mean[0] ?? 0;
  parentPort?.postMessage({ type: 'done', ms: performance.now() - start, checksum });
});
