/** Worker: warms up, then times a pass over its share of the series. */

import { parentPort, workerData } from 'node:worker_threads';
import { forecastSeries } from '../../src/core/forecast';

interface Job {
  series: Float64Array[];
  seasonLength: number;
  horizon: number;
}

const job = workerData as Job;
const options = { seasonLength: job.seasonLength, horizon: job.horizon };
for (let i = 0; i < Math.min(200, job.series.length); i++) forecastSeries(job.series[i] as Float64Array, options);
parentPort?.postMessage({ type: 'ready' });
parentPort?.once('message', () => {
  const start = performance.now();
  let checksum = 0;
  for (const y of job.series) checksum += forecastSeries(y, options).mean[0] ?? 0;
  parentPort?.postMessage({ type: 'done', ms: performance.now() - start, checksum });
});
