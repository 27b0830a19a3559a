import { openForecastConnection } from '../../../forecasting/connection';
import { combineRunWithGlobal, type RunGlobalModel } from '../../../forecasting/global-blend';
import type { GlobalChoice } from '../../../forecasting/global-pipeline';
import { pruneRuns } from '../../../forecasting/retention';
import { prepareRun, prepareRunParallel, storeRun, type RunSummary } from '../../../forecasting/run-forecast';
import { runWorkspaceStreamed } from '../../../forecasting/workspace-run';
import type { RunOptions } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';
import { KeptChunkWorkers } from '../chunk-stream';
import { forecastChunksOnWorkers, keptWorkerSpread } from './forecast-chunk-task';

export interface ForecastRunTaskInput extends RunOptions {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  /**
   * The global model: `auto` (default) trains it within the run when there is enough history and
   * none fits, else reuses the stored one; `on` trains whenever it can; `off` leaves it out.
   * `false`/`true` are the older switch (off / auto).
   */
  global?: GlobalChoice;
  globalModel?: boolean;
  /** Seconds the run may spend training the global model. */
  timeBudget?: number;
  /** The job worker's script: given, the established series are spread over one worker per core. */
  workerEntry?: string;
  /** Fewest series worth a worker (default: forecasting's); tests lower it to spread a small demo. */
  minSeriesPerWorker?: number;
  /** Series per slice of a streamed run (default stream-run.ts's); tests lower it to cut a small demo. */
  sliceSize?: number;
}

export interface ForecastRunTaskResult extends RunSummary {
  /** The global model combined into the run, if one was: trained now or reused, and why. */
  globalModel: RunGlobalModel | null;
}

/**
 * Forecasts a whole workspace and stores the run. Progress steps: 'forecast.history' (products
 * read), 'forecast.series' (series forecast), 'forecast.write' (series stored). Cancelling
 * between series leaves the workspace untouched: the run is written in one transaction. A run with
 * the global model is streamed slice by slice (stream-run.ts), after training it from streamed
 * passes when none fits (streamed-training.ts: the model is stored in its own transaction first).
 * Afterwards runs beyond the newest few are deleted (see retention.ts).
 */
export async function forecastRunTask(input: ForecastRunTaskInput, ctx: TaskContext): Promise<ForecastRunTaskResult> {
  const { path, global, globalModel: legacy, timeBudget, workerEntry, minSeriesPerWorker, sliceSize, ...options } = input;
  const choice: GlobalChoice = global ?? (legacy === false ? 'off' : 'auto');
  const db = openForecastConnection(path);
  try {
    const spreadWith = (kept?: KeptChunkWorkers) =>
      workerEntry
        ? { ...(kept ? keptWorkerSpread(workerEntry, kept) : { runChunk: forecastChunksOnWorkers(workerEntry) }), ...(minSeriesPerWorker ? { minSeriesPerWorker } : {}) }
        : {};
    const spread = spreadWith();
    const globalOptions = { global: choice, spread, ...(timeBudget !== undefined ? { maxTrainSeconds: timeBudget } : {}) };
    // A run with the global model streams its series (memory at a slice), the workers kept from
    // slice to slice for the engine and the global model; one without it (`off`, too little
    // history) holds them all.
    const kept = new KeptChunkWorkers();
    try {
      const streamed = await runWorkspaceStreamed(db, options, ctx, { spread: spreadWith(kept), global: globalOptions, ...(sliceSize ? { sliceSize } : {}) });
      if (streamed) {
        pruneRuns(db);
        return { ...streamed.summary, globalModel: streamed.globalModel };
      }
    } finally {
      await kept.close();
    }
    const prepared = workerEntry ? await prepareRunParallel(db, options, ctx, spread) : prepareRun(db, options, ctx);
    ctx.throwIfCancelled();
    const globalModel = await combineRunWithGlobal(db, prepared, globalOptions, ctx);
    if (globalModel) prepared.globalModel = globalModel;
    const summary = storeRun(db, prepared, ctx);
    // Only once the new run is safely stored do older ones make way.
    pruneRuns(db);
    return { ...summary, globalModel };
  } finally {
    db.close();
  }
}
