import { openForecastConnection } from '../../../forecasting/connection';
import { blendGlobalModel } from '../../../forecasting/global-blend';
import { latestGlobalModel } from '../../../forecasting/global-models';
import { pruneRuns } from '../../../forecasting/retention';
import { prepareRun, prepareRunParallel, storeRun, type RunSummary } from '../../../forecasting/run-forecast';
import type { RunOptions } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';
import { forecastChunksOnWorkers } from './forecast-chunk-task';

export interface ForecastRunTaskInput extends RunOptions {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
  /** Blend in the newest global model for these buckets when there is one (default true). */
  globalModel?: boolean;
  /** The job worker's script: given, the established series are spread over one worker per core. */
  workerEntry?: string;
}

export interface ForecastRunTaskResult extends RunSummary {
  /** The global model blended into smooth and erratic series, if one was. */
  globalModel: { id: number; blended: number } | null;
}

/**
 * Forecasts a whole workspace and stores the run. Progress steps: 'forecast.history' (products
 * read), 'forecast.series' (series forecast), 'forecast.write' (series stored). Cancelling
 * between series leaves the workspace untouched: the run is written in one transaction at the end.
 * Afterwards runs beyond the newest few are deleted (see retention.ts).
 */
export async function forecastRunTask(input: ForecastRunTaskInput, ctx: TaskContext): Promise<ForecastRunTaskResult> {
  const { path, globalModel: useGlobal = true, workerEntry, ...options } = input;
  const db = openForecastConnection(path);
  try {
    const prepared = workerEntry ? await prepareRunParallel(db, options, ctx, { runChunk: forecastChunksOnWorkers(workerEntry) }) : prepareRun(db, options, ctx);
    const model = useGlobal ? latestGlobalModel(db, prepared.frequency) : null;
    if (model) {
      ctx.throwIfCancelled();
      prepared.globalModel = { id: model.info.id, blended: await blendGlobalModel(prepared, model) };
    }
    const summary = storeRun(db, prepared, ctx);
    // Only once the new run is safely stored do older ones make way.
    pruneRuns(db);
    return { ...summary, globalModel: prepared.globalModel ?? null };
  } finally {
    db.close();
  }
}
