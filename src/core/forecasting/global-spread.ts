/**
 * The global model's forecasts of a slice of a run, made on a worker the app hands down (as the
 * engine's chunks are, see forecast-established.ts), or on this thread without one. On a worker
 * the slice's prices and promotions are read there too, on a read connection of its own, so a
 * streamed run's thread only reads the history, combines and writes.
 */

import type Database from 'better-sqlite3';
import type { GlobalPredictor } from '../forecast/global/predict';
import type { GlobalForecast } from '../forecast/global/types';
import type { TaskContext } from '../ground/task-context';
import { bucketGrid } from './bucket-grid';
import { globalSeriesOf } from './global-blend';
import { forecastGlobal, globalInputs, type GlobalRunInputs } from './global-combine';
import { globalSeriesView, type GlobalSeriesView } from './global-inputs';
import type { PipelineSeries } from './global-pipeline-types';
import type { GlobalChunk, GlobalChunkModel, RunGlobalChunk } from './global-chunk';
import type { History } from './history';
import type { ProductInfo } from './products';

/** How often the task's cancel flag is relayed to the worker (as spreadOverWorkers does). */
const CANCEL_POLL_MS = 100;

/** One forecast per series of `history`, in order: on a worker given `runGlobal` (and a workspace file), else here. */
export async function forecastSliceGlobal(
  db: Database.Database,
  products: ReadonlyMap<number, ProductInfo>,
  model: GlobalChunkModel,
  history: History,
  run: GlobalRunInputs,
  runGlobal: RunGlobalChunk | undefined,
  ctx: TaskContext,
): Promise<GlobalForecast[]> {
  if (history.series.length === 0) return [];
  if (!runGlobal || db.name === '' || db.name === ':memory:') return forecastGlobal(model.artefact, globalSeriesOf(db, run, history, products), run);
  const stop = new AbortController();
  const relay = setInterval(() => ctx.isCancelled() && stop.abort(), CANCEL_POLL_MS);
  try {
    // The model's view of each series only: a run's series weigh about twice as much in the message.
    return await runGlobal({ model, workspace: db.name, fromDay: history.fromDay, series: history.series.map(globalSeriesView), run }, { signal: stop.signal, onProgress: () => {} });
  } finally {
    clearInterval(relay);
    ctx.throwIfCancelled();
  }
}

/**
 * The worker side of runGlobal: the slice's prices, catalogue prices and promotions read on `db`
 * (a read connection) for the products the slice spans, then predicted on a model the worker has loaded.
 */
export function predictGlobalChunk(db: Database.Database, predictor: GlobalPredictor, chunk: Omit<GlobalChunk, 'model' | 'workspace'>): GlobalForecast[] {
  const { run } = chunk;
  const history: History<GlobalSeriesView> = { grid: bucketGrid(run.frequency, run.lastDay), fromDay: chunk.fromDay, toDay: run.lastDay, series: chunk.series };
  const series: PipelineSeries[] = globalSeriesOf(db, run, history);
  return predictor.predict(
    series.map((s) => s.values),
    globalInputs(series, run),
  );
}
