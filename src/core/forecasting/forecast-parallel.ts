/**
 * The established series of a run are independent of each other, so a job spreads them over
 * worker threads, one per core. Series are dealt out in turn (not in blocks) so that every
 * worker gets a similar mix of long and short, seasonal and flat histories.
 */

import os from 'node:os';
import { JobRunner } from '../app/jobs/runner';
import type { TaskContext } from '../ground/task-context';
import type { ForecastChunkTaskInput } from '../app/jobs/tasks/forecast-chunk-task';
import { forecastEstablished, type EngineSettings } from './forecast-established';
import type { SeriesHistory } from './history';
import type { SeriesForecast } from './types';

/**
 * Below this many series per worker, starting one costs more than it saves: measured on two cores
 * in browser mode (workers compile their TypeScript on start), 5,914 series ran 0.6 s slower in two
 * workers than in one, while 19,677 ran 2.3 s faster (12.7 s → 10.4 s).
 */
const MIN_SERIES_PER_WORKER = 4000;
const CANCEL_POLL_MS = 100;

export interface ParallelOptions {
  /** The job worker's entry script, to start more of them. */
  workerEntry: string;
  workers?: number;
  /** Fewest series worth a worker of their own (default 4,000; tests lower it). */
  minSeriesPerWorker?: number;
}

export type SeriesProgress = (done: number, total: number) => void;

export async function forecastEstablishedParallel(
  series: readonly SeriesHistory[],
  settings: EngineSettings,
  options: ParallelOptions,
  ctx: TaskContext,
  onProgress: SeriesProgress,
): Promise<SeriesForecast[]> {
  const perWorker = options.minSeriesPerWorker ?? MIN_SERIES_PER_WORKER;
  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), Math.floor(series.length / perWorker)));
  if (workers === 1) {
    return series.map((one, i) => {
      if (i % 32 === 0) {
        ctx.throwIfCancelled();
        onProgress(i, series.length);
      }
      return forecastEstablished(one, settings);
    });
  }
  const chunks: SeriesHistory[][] = Array.from({ length: workers }, () => []);
  series.forEach((one, i) => chunks[i % workers]!.push(one));
  const done = new Map<string, number>();
  const runner = new JobRunner({
    workerEntry: options.workerEntry,
    onProgress: (progress) => {
      done.set(progress.jobId, progress.current);
      onProgress([...done.values()].reduce((a, b) => a + b, 0), series.length);
    },
  });
  const started = chunks.map((chunk) => runner.start<SeriesForecast[]>('forecastChunk', { series: chunk, settings } satisfies ForecastChunkTaskInput));
  // The job's own cancel flag is not shared with the chunk workers: relay it.
  const relay = setInterval(() => {
    if (ctx.isCancelled()) for (const { jobId } of started) runner.cancel(jobId);
  }, CANCEL_POLL_MS);
  try {
    const results = await Promise.all(started.map((job) => job.done));
    const out = new Array<SeriesForecast>(series.length);
    results.forEach((chunk, w) => chunk.forEach((forecast, k) => (out[k * workers + w] = forecast)));
    return out;
  } finally {
    clearInterval(relay);
    await runner.stopAll();
    ctx.throwIfCancelled();
  }
}
