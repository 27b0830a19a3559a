/**
 * The worker side of a streamed forecast chunk (chunk-stream.ts): the worker stays up for the
 * whole chunk and forecasts it batch by batch as the parent sends them, so neither side ever holds
 * a whole chunk's series and forecasts in one message. Served by the lean chunk worker and by
 * the general job worker alike.
 */

import type { MessagePort } from 'node:worker_threads';
import { forecastEstablished, type EngineSettings } from '../../forecasting/forecast-established';
import type { SeriesForecast } from '../../forecasting/types';
import { toApiError } from '../../ground/errors/to-api-error';
import { createTaskContext } from '../../ground/task-context';
import { packForecasts } from './pack-forecasts';
import type { StreamToParent, StreamToWorker, WorkerStart } from './protocol';

/** The kind a worker is started with to serve a streamed chunk (not a job kind: it has no result of its own). */
export const FORECAST_STREAM_KIND = 'forecastStream';

export interface ForecastStreamStart {
  settings: EngineSettings;
}

export function serveForecastStream(port: MessagePort, start: WorkerStart): void {
  const { settings } = start.input as ForecastStreamStart;
  const send = (message: StreamToParent) => port.postMessage(message);
  // Progress is the parent's to count (batches returned); the context only reads the cancel flag.
  const ctx = createTaskContext(start.cancelFlag, () => {});
  port.on('message', (message: StreamToWorker) => {
    if (message.type === 'end') {
      port.close();
      return;
    }
    try {
      const value: SeriesForecast[] = [];
      for (const series of message.series) {
        if (value.length % 32 === 0) ctx.throwIfCancelled();
        value.push(forecastEstablished(series, settings));
      }
      packForecasts(value);
      send({ type: 'batch', id: message.id, value });
    } catch (error) {
      send({ type: 'error', error: toApiError(error) });
    }
  });
}
