/**
 * Whether worker threads pay on this machine: the forecast pipeline of a workspace run
 * (forecastEstablishedMany, with its hold-out score) over a few thousand real weekly series, on
 * this thread, on two lean chunk workers, and on two general job workers (which load every task).
 */

import { runOnWorker } from '../../src/core/app/jobs/worker-chunk';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { forecastChunksOnWorkers } from '../../src/core/app/jobs/tasks/forecast-chunk-task';
import { forecastEstablishedMany, type EngineSeries, type EngineSettings, type RunForecastChunk } from '../../src/core/forecasting/forecast-established';
import type { SeriesForecast } from '../../src/core/forecasting/types';
import { createInlineTaskContext } from '../../src/core/ground/task-context';

const PIPELINE_SERIES = 4000;

function engineSeries(real: readonly Float64Array[]): EngineSeries[] {
  return Array.from({ length: PIPELINE_SERIES }, (_, i) => {
    const values = real[i % real.length] as Float64Array;
    let totalUnits = 0;
    for (const v of values) totalUnits += v;
    return { productId: i + 1, locationId: 1, values, integral: false, censoredBuckets: 0, cappedBuckets: 0, totalUnits, promoUnits: 0 };
  });
}

async function timed(label: string, series: EngineSeries[], runChunk: RunForecastChunk | undefined): Promise<void> {
  const settings: EngineSettings = { frequency: 'week', seasonLength: 52, horizon: 13 };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await forecastEstablishedMany(series, settings, { runChunk, workers: 2, minSeriesPerWorker: 1 }, createInlineTaskContext());
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`  ${label.padEnd(34)} ${wall.toFixed(1).padStart(5)} s, ${cpu.toFixed(1).padStart(5)} CPU-s, ${(series.length / wall).toFixed(0)} series/s`);
}

export async function runPipelineSpeed(real: readonly Float64Array[]): Promise<void> {
  const series = engineSeries(real);
  console.log(`forecast pipeline (with hold-out score), ${series.length} weekly series from M4 (last 104 weeks), start-up included:`);
  // The first pass warms this thread's JIT, as a long-running app's would be.
  await timed('this thread (JIT cold)', series, undefined);
  await timed('this thread', series, undefined);
  await timed('2 lean chunk workers', series, forecastChunksOnWorkers(sourceWorkerEntry));
  const general: RunForecastChunk = runOnWorker<Parameters<RunForecastChunk>[0], SeriesForecast[]>('forecastChunk', sourceWorkerEntry);
  await timed('2 general job workers', series, general);
}
