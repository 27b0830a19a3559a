/**
 * The global model job: the shared pipeline trains the model on the history cut a horizon early,
 * learns the combination on the held-out window and stores both in the workspace, so the next
 * runs reuse them untrained. A workspace file is read in streamed passes (streamed-training.ts),
 * holding the training windows rather than every series; an in-memory one is forecast whole first.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import type { Frequency } from './types';
import { DEFAULT_HORIZON } from './bucket-grid';
import { combineRunWithGlobal, type RunGlobalOptions } from './global-blend';
import { listGlobalModels, type GlobalModelInfo } from './global-models';
import { prepareRunParallel } from './run-forecast';
import type { SpreadSettings } from './forecast-established';
import { canStreamTraining, trainFromStream } from './streamed-training';

/** `asOf` trains on the history up to that day only (to score the model on what came after). */
export async function trainWorkspaceGlobalModel(
  db: Database.Database,
  frequency: Frequency,
  ctx: TaskContext,
  asOf?: string,
  options: { maxTrainSeconds?: number; spread?: SpreadSettings } = {},
): Promise<GlobalModelInfo> {
  const runOptions = { frequency, horizon: DEFAULT_HORIZON[frequency], ...(asOf ? { asOf } : {}) };
  const choice: RunGlobalOptions = {
    global: 'on',
    force: true,
    ...(options.spread ? { spread: options.spread } : {}),
    ...(options.maxTrainSeconds !== undefined ? { maxTrainSeconds: options.maxTrainSeconds } : {}),
  };
  const trained = canStreamTraining(db)
    ? await trainFromStream(db, runOptions, choice, ctx)
    : await combineRunWithGlobal(db, await prepareRunParallel(db, runOptions, ctx, options.spread ?? {}), choice, ctx);
  if (!trained) {
    throw new AppError('invalid_input', 'No SKU has enough sales history to train and validate the global model on', { frequency });
  }
  return listGlobalModels(db).find((model) => model.id === trained.id) as GlobalModelInfo;
}
