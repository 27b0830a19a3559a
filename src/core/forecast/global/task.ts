/**
 * Job-task entry points for the worker runner (src/core/app/jobs): inputs and results are plain
 * structured-clone data (typed arrays, strings, JSON objects), so they cross the thread boundary.
 */

import type { TaskContext } from '../../ground/task-context';
import { forecastWithGlobalModel, type ForecastInputs } from './predict';
import { trainGlobalModel } from './train';
import type { GlobalForecast, GlobalModelArtefact, TrainingMetrics, TrainingOptions } from './types';

export interface TrainGlobalTaskInput {
  series: Float64Array[];
  options: TrainingOptions;
}

export interface TrainGlobalTaskResult {
  artefact: GlobalModelArtefact;
  metrics: TrainingMetrics;
}

/** Kind 'train-global': train on every series and hand back the artefact to store. */
export async function trainGlobalTask(input: TrainGlobalTaskInput, ctx: TaskContext): Promise<TrainGlobalTaskResult> {
  return trainGlobalModel(input.series, input.options, ctx);
}

export interface ForecastGlobalTaskInput {
  artefact: GlobalModelArtefact;
  series: Float64Array[];
  inputs?: ForecastInputs;
}

/** Kind 'forecast-global': one batched prediction over all series. */
export async function forecastGlobalTask(input: ForecastGlobalTaskInput, ctx: TaskContext): Promise<GlobalForecast[]> {
  ctx.throwIfCancelled();
  ctx.progress('global.forecast', 0, input.series.length);
  const result = await forecastWithGlobalModel(input.artefact, input.series, input.inputs);
  ctx.progress('global.forecast', input.series.length, input.series.length);
  return result;
}
