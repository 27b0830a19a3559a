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

/** A started chunk worker and the flag that cancels it. */
interface ChunkWorker {
  worker: Worker;
  cancelFlag: SharedArrayBuffer;
}

/**
 * Workers kept between the chunks of one run: a streamed run hands both cores a chunk per slice,
 * and starting them again for each slice would cost each start again (~0.15 CPU-s). Only workers
 * that finished a chunk cleanly are kept, by the settings they were started with; idle ones do
 * not keep the process alive, and close() ends them.
 */
export class KeptChunkWorkers {
  private readonly idle = new Map<string, ChunkWorker[]>();

  take(key: string): ChunkWorker | undefined {
    const list = this.idle.get(key) ?? [];
    let found = list.pop();
    // One that stopped while idle (its thread id is then -1) is not handed out again.
    while (found && found.worker.threadId < 0) found = list.pop();
    return found;
  }

  keep(key: string, kept: ChunkWorker): void {
    kept.worker.unref();
    const list = this.idle.get(key) ?? [];
    list.push(kept);
    this.idle.set(key, list);
  }

  close(): void {
    for (const list of this.idle.values()) for (const { worker } of list.splice(0)) void worker.terminate();
  }
}

export function streamOnWorker(workerEntry: URL | string, batchSize = STREAM_BATCH, kept?: KeptChunkWorkers): RunForecastChunk {
  return ({ series, settings }, { onProgress, signal }) =>
    new Promise<SeriesForecast[]>((resolve, reject) => {
      const out = new Array<SeriesForecast>(series.length);
      const batches = Math.ceil(series.length / batchSize);
      if (batches === 0) {
        resolve(out);
        return;
      }
      const key = JSON.stringify(settings);
      const { worker, cancelFlag } = kept?.take(key) ?? startWorker(workerEntry, settings);
      worker.ref();
      let sent = 0;
      let received = 0;
      let done = 0;
      let settled = false;
      const finish = (error: AppError | null) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (error || !kept) void worker.terminate();
        else kept.keep(key, { worker, cancelFlag });
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
      const onMessage = (message: StreamToParent) => {
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
          // A kept worker waits for the next chunk; any other is told the stream has ended.
          if (!kept) post({ type: 'end' });
          finish(null);
        } else if (sent < batches) sendNext();
      };
      const onError = (error: Error) => finish(new AppError('job_failed', error.message));
      const onExit = (code: number) => finish(new AppError('job_failed', `The forecast worker stopped unexpectedly (exit ${code})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      if (signal.aborted) {
        abort();
        return;
      }
      signal.addEventListener('abort', abort, { once: true });
      while (sent < Math.min(IN_FLIGHT, batches)) sendNext();
    });
}

function startWorker(workerEntry: URL | string, settings: ForecastStreamStart['settings']): ChunkWorker {
  const cancelFlag = new SharedArrayBuffer(4);
  const start: WorkerStart = { kind: FORECAST_STREAM_KIND, input: { settings } satisfies ForecastStreamStart, cancelFlag, nativeBinding: nativeBindingPath() };
  const worker = new Worker(workerEntry, { workerData: start });
  // A kept worker that fails while idle has no chunk to fail: without a listener its error would be thrown here.
  worker.on('error', () => {});
  return { worker, cancelFlag };
}
