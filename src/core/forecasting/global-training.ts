/**
 * Trains the global TensorFlow.js model on every established series of the workspace and
 * stores it there. Slow (about 90 s for 10,000 weekly series), so it is its own job, not part
 * of every forecast run; runs then use the newest model for their buckets.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { trainGlobalModel } from '../forecast/global/train';
import type { TaskContext } from '../ground/task-context';
import { SEASON_LENGTH, type Frequency } from './types';
import { isoFromDay } from '../ground/calendar';
import { DEFAULT_HORIZON } from './bucket-grid';
import { COLD_START_BUCKETS } from './cold-start-targets';
import { globalModelSeries } from './global-inputs';
import { listGlobalModels, storeGlobalModel, type GlobalModelInfo } from './global-models';
import { readHistory } from './history';
import { readProducts } from './products';

/** `asOf` trains on the history up to that day only (to score the model on what came after). */
export async function trainWorkspaceGlobalModel(
  db: Database.Database,
  frequency: Frequency,
  ctx: TaskContext,
  asOf?: string,
): Promise<GlobalModelInfo> {
  ctx.progress('forecast.history', 0, 1);
  const history = readHistory(db, readProducts(db), { frequency, locations: 'each', asOf }, ctx);
  const minBuckets = COLD_START_BUCKETS[frequency];
  const series = history.series.map(globalModelSeries).filter((s) => s.values.length >= minBuckets);
  if (series.length === 0) {
    throw new AppError('invalid_input', 'No SKU has enough sales history to train the global model on', { frequency });
  }
  const historyTo = isoFromDay(history.toDay);
  // Every series ends on the history's last bucket, so one date positions the calendar for all.
  const { artefact, metrics } = await trainGlobalModel(
    series.map((s) => s.values),
    {
      frequency,
      seasonLength: SEASON_LENGTH[frequency],
      horizon: DEFAULT_HORIZON[frequency],
      lastBucket: historyTo,
      covariates: { promo: series.map((s) => s.promo) },
    },
    ctx,
  );
  ctx.throwIfCancelled();
  const id = storeGlobalModel(db, artefact, { frequency, historyTo, metrics });
  return listGlobalModels(db).find((model) => model.id === id) as GlobalModelInfo;
}
