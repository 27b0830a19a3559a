/**
 * A chunk of a forecast streamed through one worker thread: the worker starts once and the
 * series go over in batches, a couple in flight so it never waits, the forecasts coming back
 * batch by batch. Memory in the worker stays at a batch whatever the SKU count, and no message
 * carries a whole chunk (a structured clone of 50,000 forecasts is hundreds of MB on each side).
 */

import { Worker } from 'node:worker_threads';
import { nativeBindingPath } from '../../db/native-binding';
import type { RunForecastChunk } from '../../forecasting/forecast-established';
import type { SeriesForecast } from '../../forecasting/types';
import { AppError } from '../../ground/errors/app-error';
import { FORECAST_STREAM_KIND, type ForecastStreamStart } from './chunk-stream-serve';
import type { StreamToParent, StreamToWorker, WorkerStart } from './protocol';

/** Series per batch: enough that messaging costs nothing beside the engine (~1 ms a series). */
export const STREAM_BATCH = 256;
/** Batches in flight: the next is queued in the worker while it forecasts one. */
const IN_FLIGHT = 2;

export function streamOnWorker(workerEntry: URL | string, batchSize = STREAM_BATCH): RunForecastChunk {
  return ({ series, settings }, { onProgress, signal }) =>
    new Promise<SeriesForecast[]>((resolve, reject) => {
      const out = new Array<SeriesForecast>(series.length);
      const batches = Math.ceil(series.length / batchSize);
      if (batches === 0) {
        resolve(out);
        return;
      }
      const cancelFlag = new SharedArrayBuffer(4);
      const start: WorkerStart = { kind: FORECAST_STREAM_KIND, input: { settings } satisfies ForecastStreamStart, cancelFlag, nativeBinding: nativeBindingPath() };
      const worker = new Worker(workerEntry, { workerData: start });
      let sent = 0;
      let received = 0;
      let done = 0;
      let settled = false;
      const finish = (error: AppError | null) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        if (error) reject(error);
        else resolve(out);
      };
      const abort = () => {
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        finish(new AppError('job_cancelled', 'The job was cancelled'));
      };
      const post = (message: StreamToWorker) => worker.postMessage(message);
      const sendNext = () => {
        const from = sent * batchSize;
        post({ type: 'batch', id: sent, series: series.slice(from, from + batchSize) });
        sent++;
      };
      worker.on('message', (message: StreamToParent) => {
        if (message.type === 'error') {
          finish(new AppError(message.error.code, message.error.message, message.error.details));
          return;
        }
        const from = message.id * batchSize;
        message.value.forEach((forecast, k) => (out[from + k] = forecast));
        received++;
        done += message.value.length;
        onProgress(done);
        if (received === batches) {
          post({ type: 'end' });
          finish(null);
        } else if (sent < batches) sendNext();
      });
      worker.on('error', (error) => finish(new AppError('job_failed', error.message)));
      worker.on('exit', (code) => finish(new AppError('job_failed', `The forecast worker stopped unexpectedly (exit ${code})`)));
      if (signal.aborted) {
        abort();
        return;
      }
      signal.addEventListener('abort', abort, { once: true });
      while (sent < Math.min(IN_FLIGHT, batches)) sendNext();
    });
}
