/**
 * The worker side of a streamed forecast chunk (chunk-stream.ts): the worker stays up for a
 * chunk (or, kept, for every chunk of a run) and forecasts batch by batch in the order the parent
 * sent them, so neither side ever holds a whole chunk's series and forecasts in one message.
 * A kept worker also predicts slices with the global model, reading their prices on a read
 * connection of its own and loading tfjs and the model with the first slice only (a worker that
 * only runs the engine never loads them).
 * Served by the lean chunk worker and by the general job worker alike.
 */

import type { MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { openConnection } from '../../db/connection-policy';
import { forecastEstablished } from '../../forecasting/forecast-established';
import type { GlobalPredictor } from '../../forecast/global/predict';
import type { SeriesForecast } from '../../forecasting/types';
import { AppError } from '../../ground/errors/app-error';
import { toApiError } from '../../ground/errors/to-api-error';
import { createTaskContext, type TaskContext } from '../../ground/task-context';
import { packForecasts } from './pack-forecasts';
import type { StreamToParent, StreamToWorker, WorkerStart } from './protocol';

/** The kind a worker is started with to serve a streamed chunk (not a job kind: it has no result of its own). */
export const FORECAST_STREAM_KIND = 'forecastStream';

/** What the worker is started with: nothing yet, each batch carries its settings. */
export type ForecastStreamStart = Record<string, never>;

type GlobalShare = Extract<StreamToWorker, { type: 'global' }>;

export function serveForecastStream(port: MessagePort, start: WorkerStart): void {
  const send = (message: StreamToParent) => port.postMessage(message);
  // Progress is the parent's to count (batches returned); the context only reads the cancel flag.
  const ctx = createTaskContext(start.cancelFlag, () => {});
  const models = new LoadedModels();
  // One message at a time in the order sent, though a share of the global model awaits its model's loading.
  let queue = Promise.resolve();
  port.on('message', (message: StreamToWorker) => {
    queue = queue.then(async () => {
      try {
        if (message.type === 'batch') send({ type: 'batch', id: message.id, value: forecastBatch(message, ctx) });
        else send({ type: 'global', id: message.id, value: await models.predict(message, ctx) });
      } catch (error) {
        send({ type: 'error', id: message.id, error: toApiError(error) });
      }
    });
  });
}

function forecastBatch(message: Extract<StreamToWorker, { type: 'batch' }>, ctx: TaskContext): SeriesForecast[] {
  const value: SeriesForecast[] = [];
  for (const series of message.series) {
    if (value.length % 32 === 0) ctx.throwIfCancelled();
    value.push(forecastEstablished(series, message.settings));
  }
  packForecasts(value);
  return value;
}

/**
 * What the worker keeps to predict a run's slices: the global models it has loaded, by id (the
 * parent sends a model's artefact with its first slice only), and a read connection to the
 * workspace, to read each slice's prices (the catalogue's too, for the slice's products only:
 * reading every product with its attributes cost ~1 CPU-s and their memory at 50,000 SKUs).
 */
class LoadedModels {
  private readonly loaded = new Map<number, GlobalPredictor>();
  private workspace: { path: string; db: Database.Database } | null = null;

  async predict(share: GlobalShare, ctx: TaskContext) {
    ctx.throwIfCancelled();
    const { predictGlobalChunk } = await import('../../forecasting/global-spread');
    const predictor = await this.predictor(share.model);
    const value = predictGlobalChunk(this.open(share.workspace), predictor, share);
    packForecasts(value);
    return value;
  }

  private open(path: string): Database.Database {
    if (this.workspace?.path !== path) {
      this.workspace?.db.close();
      this.workspace = { path, db: openConnection(path, { readonly: true, fileMustExist: true }) };
    }
    return this.workspace.db;
  }

  private async predictor(model: GlobalShare['model']): Promise<GlobalPredictor> {
    const found = this.loaded.get(model.id);
    if (found) return found;
    if (!model.artefact) throw new AppError('internal', `The forecast worker has no global model ${model.id} loaded`);
    const { loadGlobalPredictor } = await import('../../forecast/global/predict');
    const predictor = await loadGlobalPredictor(model.artefact);
    this.loaded.set(model.id, predictor);
    return predictor;
  }
}
