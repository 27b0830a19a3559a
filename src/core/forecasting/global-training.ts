/**
 * The global model job: a forecast of the workspace's established series (not stored), then the
 * shared pipeline trains the model on the history cut a horizon early, learns the combination on
 * the held-out window and stores both in the workspace, so the next runs reuse them untrained.
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

/** `asOf` trains on the history up to that day only (to score the model on what came after). */
export async function trainWorkspaceGlobalModel(
  db: Database.Database,
  frequency: Frequency,
  ctx: TaskContext,
  asOf?: string,
  options: { maxTrainSeconds?: number; spread?: SpreadSettings } = {},
): Promise<GlobalModelInfo> {
  const run = await prepareRunParallel(db, { frequency, horizon: DEFAULT_HORIZON[frequency], ...(asOf ? { asOf } : {}) }, ctx, options.spread ?? {});
  const choice: RunGlobalOptions = {
    global: 'on',
    force: true,
    ...(options.spread ? { spread: options.spread } : {}),
    ...(options.maxTrainSeconds !== undefined ? { maxTrainSeconds: options.maxTrainSeconds } : {}),
  };
  const result = await combineRunWithGlobal(db, run, choice, ctx);
  if (!result?.trained) {
    throw new AppError('invalid_input', 'No SKU has enough sales history to train and validate the global model on', { frequency });
  }
  return listGlobalModels(db).find((model) => model.id === result.id) as GlobalModelInfo;
}
