/**
 * The global model's forecasts of many series, spread over the workers the app hands down (as the
 * engine's chunks are, see forecast-established.ts), or made on this thread without them. A
 * streamed run predicts each slice on the workers that forecast it, so its own thread only reads,
 * combines and writes.
 */

import os from 'node:os';
import type { GlobalForecast, GlobalModelArtefact } from '../forecast/global/types';
import { spreadOverWorkers, type ChunkHooks } from '../ground/spread-over-workers';
import type { TaskContext } from '../ground/task-context';
import type { GlobalPredictor } from '../forecast/global/predict';
import { forecastGlobal, globalInputs, type GlobalRunInputs } from './global-combine';
import type { PipelineSeries } from './global-pipeline-types';

/** A stored model, by its id (a worker loads it once and keeps it for the run's later slices). */
export interface GlobalChunkModel {
  id: number;
  artefact: GlobalModelArtefact;
}

/** A share of the series the global model forecasts elsewhere, from the same origin. */
export interface GlobalChunk {
  model: GlobalChunkModel;
  series: PipelineSeries[];
  run: GlobalRunInputs;
}

/** How a share runs elsewhere: handed down by the app, which owns the worker threads. */
export type RunGlobalChunk = (chunk: GlobalChunk, hooks: ChunkHooks) => Promise<GlobalForecast[]>;

/** Fewest series worth a share of their own: a worker's predict costs little beyond its rows. */
const MIN_SERIES_PER_SHARE = 64;
/** How often the task's cancel flag is relayed to a lone share (as spreadOverWorkers does). */
const CANCEL_POLL_MS = 100;

/** One forecast per series, in order: on the workers given `runGlobal`, else here. */
export async function forecastGlobalSpread(
  model: GlobalChunkModel,
  series: readonly PipelineSeries[],
  run: GlobalRunInputs,
  runGlobal: RunGlobalChunk | undefined,
  ctx: TaskContext,
  workers = os.availableParallelism(),
): Promise<GlobalForecast[]> {
  if (!runGlobal || series.length === 0) return forecastGlobal(model.artefact, series, run);
  const shares = Math.max(1, Math.min(workers, Math.floor(series.length / MIN_SERIES_PER_SHARE)));
  if (shares === 1) return oneShare(runGlobal, { model, series: [...series], run }, ctx);
  return spreadOverWorkers(series, {
    // Never taken: with two shares or more every share runs on a worker.
    runInline: () => {
      throw new Error('global forecasts are spread over workers only');
    },
    runChunk: (share, hooks) => runGlobal({ model, series: share, run }, hooks),
    workers: shares,
    minPerChunk: 1,
    ctx,
  });
}

/** A few series on one worker all the same: this thread has no model loaded (and need not load tfjs for them). */
async function oneShare(runGlobal: RunGlobalChunk, chunk: GlobalChunk, ctx: TaskContext): Promise<GlobalForecast[]> {
  const stop = new AbortController();
  const relay = setInterval(() => ctx.isCancelled() && stop.abort(), CANCEL_POLL_MS);
  try {
    return await runGlobal(chunk, { signal: stop.signal, onProgress: () => {} });
  } finally {
    clearInterval(relay);
    ctx.throwIfCancelled();
  }
}

/** A share's forecasts on a model a worker has loaded (the worker side of runGlobal). */
export function predictGlobalChunk(predictor: GlobalPredictor, chunk: Pick<GlobalChunk, 'series' | 'run'>): GlobalForecast[] {
  return predictor.predict(
    chunk.series.map((s) => s.values),
    globalInputs(chunk.series, chunk.run),
  );
}
