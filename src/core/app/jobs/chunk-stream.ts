/**
 * A chunk of a forecast streamed through a worker thread: the series go over in batches and the
 * forecasts come back batch by batch, so no message carries a whole chunk (a structured clone of
 * 50,000 forecasts is hundreds of MB on each side).
 *
 * A chunk on a worker of its own keeps a couple of batches in flight, so the worker never waits
 * and holds a batch or two whatever the chunk's size. A streamed run instead keeps one worker per
 * core for all its slices (KeptChunkWorkers) and hands each chunk to the least busy one with every
 * batch at once: the next slice's chunks then queue behind this one's, and the worker keeps
 * forecasting while the run's thread reads, predicts, combines and writes without answering it.
 */

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { nativeBindingPath } from '../../db/native-binding';
import { engineSeriesOf, type EngineSeries, type EngineSettings, type RunForecastChunk } from '../../forecasting/forecast-established';
import type { GlobalChunk, RunGlobalChunk } from '../../forecasting/global-chunk';
import type { GlobalForecast } from '../../forecast/global/types';
import type { SeriesForecast } from '../../forecasting/types';
import { AppError } from '../../ground/errors/app-error';
import { FORECAST_STREAM_KIND, type ForecastStreamStart } from './chunk-stream-serve';
import type { StreamToParent, StreamToWorker, WorkerStart } from './protocol';

/** Series per batch: enough that messaging costs nothing beside the engine (~1 ms a series). */
export const STREAM_BATCH = 256;
/** Batches in flight on a worker of its own: the next is queued in the worker while it forecasts one. */
const IN_FLIGHT = 2;
/**
 * The global model's prediction of a series with reading its prices costs about what the
 * engine's forecast of it does (10,000-SKU demo: prices ~0.8, prediction ~0.2 of the engine's).
 */
const PREDICT_COST = 1;

/** What a chunk waits for: its batches' answers, or the worker's failure. */
interface ChunkListener<T = SeriesForecast[]> {
  answer(id: number, value: T): void;
  fail(error: AppError): void;
}

/** A forecast worker serving batches of any chunk in the order they were sent, each answer routed by its batch id. */
class StreamWorker {
  private readonly cancelFlag = new SharedArrayBuffer(4);
  private readonly worker: Worker;
  private readonly waiting = new Map<number, ChunkListener<never>>();
  /** Global models this worker has been sent, by id: later shares name them only. */
  private readonly models = new Set<number>();
  private nextId = 0;
  /** Work sent and not answered yet (in engine series): how busy the worker is. */
  queued = 0;
  private readonly work = new Map<number, number>();
  stopped = false;

  constructor(entry: URL | string) {
    const start: WorkerStart = { kind: FORECAST_STREAM_KIND, input: {} satisfies ForecastStreamStart, cancelFlag: this.cancelFlag, nativeBinding: nativeBindingPath() };
    this.worker = new Worker(entry, { workerData: start });
    this.worker.on('message', (message: StreamToParent) => this.onMessage(message));
    this.worker.on('error', (error: Error) => this.stop(new AppError('job_failed', error.message)));
    this.worker.on('exit', (code: number) => this.stop(new AppError('job_failed', `The forecast worker stopped unexpectedly (exit ${code})`)));
    // Only a worker with work to answer keeps the process alive.
    this.worker.unref();
  }

  send(series: EngineSeries[], settings: EngineSettings, listener: ChunkListener): number {
    const id = this.track(series.length, listener);
    // What the engine reads only: a run's series weigh about three times as much in the message.
    this.post({ type: 'batch', id, series: series.map(engineSeriesOf), settings });
    return id;
  }

  hasModel(id: number): boolean {
    return this.models.has(id);
  }

  /** A share of the global model's predictions, after whatever was sent before it. */
  sendGlobal(chunk: GlobalChunk, listener: ChunkListener<GlobalForecast[]>): void {
    const id = this.track(chunk.series.length * PREDICT_COST, listener);
    const { model } = chunk;
    const known = this.models.has(model.id);
    this.models.add(model.id);
    this.post({ ...chunk, type: 'global', id, model: known ? { id: model.id } : model });
  }

  private track<T>(work: number, listener: ChunkListener<T>): number {
    const id = this.nextId++;
    this.waiting.set(id, listener as ChunkListener<never>);
    this.work.set(id, work);
    this.queued += work;
    if (this.waiting.size === 1) this.worker.ref();
    return id;
  }

  /** Stops the worker; every chunk still waiting on it fails with `error`. */
  stop(error: AppError): void {
    if (this.stopped) return;
    this.stopped = true;
    Atomics.store(new Int32Array(this.cancelFlag), 0, 1);
    void this.worker.terminate();
    const listeners = new Set(this.waiting.values());
    this.waiting.clear();
    for (const listener of listeners) listener.fail(error);
  }

  /**
   * Ends the worker (a busy one is stopped) and resolves once its thread has exited: an idle
   * worker left to the process's exit kept its heap, tfjs and the model (~0.25 GB at 50,000 SKUs)
   * through whatever the caller did next, such as the alerts check after a run.
   */
  async end(): Promise<void> {
    if (this.stopped) return;
    if (this.waiting.size > 0) {
      this.stop(new AppError('job_cancelled', 'The job was cancelled'));
      return;
    }
    this.stopped = true;
    // Nothing is waiting on it: the thread ends at once.
    await this.worker.terminate();
  }

  private post(message: StreamToWorker): void {
    this.worker.postMessage(message);
  }

  private onMessage(message: StreamToParent): void {
    if (message.type === 'error') {
      this.stop(new AppError(message.error.code, message.error.message, message.error.details));
      return;
    }
    const listener = this.waiting.get(message.id);
    if (!listener) return;
    this.waiting.delete(message.id);
    this.queued -= this.work.get(message.id) ?? 0;
    this.work.delete(message.id);
    // An idle worker does not keep the process alive.
    if (this.waiting.size === 0) this.worker.unref();
    listener.answer(message.id, message.value as never);
  }
}

/**
 * One worker per core kept for all the chunks of a run (a streamed run's slices): starting them
 * again for each slice would cost each start again (~0.15 CPU-s), and a kept worker can take the
 * next slice's chunk before it finishes this one's. close() ends them, resolving once their threads have exited.
 */
export class KeptChunkWorkers {
  private workers: StreamWorker[] = [];

  constructor(private readonly size = os.availableParallelism()) {}

  /** The least busy live worker, or a new one while there are fewer than `size`. */
  assign(entry: URL | string): StreamWorker {
    this.workers = this.workers.filter((w) => !w.stopped);
    if (this.workers.length < this.size) {
      const started = new StreamWorker(entry);
      this.workers.push(started);
      return started;
    }
    return this.workers.reduce((best, w) => (w.queued < best.queued ? w : best));
  }

  /** Starts every worker now, so their start-up overlaps the run's first pass over the history. */
  warm(entry: URL | string): void {
    this.workers = this.workers.filter((w) => !w.stopped);
    while (this.workers.length < this.size) this.workers.push(new StreamWorker(entry));
  }

  /**
   * The worker that has the model loaded, else the least busy: one worker predicts every slice,
   * so tfjs and the model are loaded once (~150 MB and a couple of CPU-seconds each time).
   */
  assignForModel(entry: URL | string, modelId: number): StreamWorker {
    return this.workers.find((w) => !w.stopped && w.hasModel(modelId)) ?? this.assign(entry);
  }

  /** Resolves once every worker's thread has exited. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.end()));
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
      if (signal.aborted) {
        reject(new AppError('job_cancelled', 'The job was cancelled'));
        return;
      }
      const worker = kept ? kept.assign(workerEntry) : new StreamWorker(workerEntry);
      const window = kept ? batches : IN_FLIGHT;
      const firstId = new Map<number, number>();
      let sent = 0;
      let received = 0;
      let done = 0;
      let settled = false;
      const finish = (error: AppError | null) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        // A failed worker is stopped (the other chunks on it fail too); one of this chunk's own ends with it.
        if (error) worker.stop(error);
        else if (!kept) void worker.end();
        if (error) reject(error);
        else resolve(out);
      };
      const abort = () => finish(new AppError('job_cancelled', 'The job was cancelled'));
      const listener: ChunkListener = {
        answer: (id, value) => {
          const from = (firstId.get(id) as number) * batchSize;
          firstId.delete(id);
          value.forEach((forecast, k) => (out[from + k] = forecast));
          received++;
          done += value.length;
          onProgress(done);
          if (received === batches) finish(null);
          else if (sent < batches) sendNext();
        },
        fail: finish,
      };
      const sendNext = () => {
        const from = sent * batchSize;
        firstId.set(worker.send(series.slice(from, from + batchSize), settings, listener), sent);
        sent++;
      };
      signal.addEventListener('abort', abort, { once: true });
      while (sent < Math.min(window, batches)) sendNext();
    });
}

/**
 * Shares of the global model's predictions on a run's kept workers, each after the chunks already
 * sent to its worker: the worker loads tfjs and the model with its first share and keeps them.
 */
export function predictOnKeptWorkers(workerEntry: URL | string, kept: KeptChunkWorkers): RunGlobalChunk {
  return (chunk, { signal }) =>
    new Promise<GlobalForecast[]>((resolve, reject) => {
      if (signal.aborted) {
        reject(new AppError('job_cancelled', 'The job was cancelled'));
        return;
      }
      const worker = kept.assignForModel(workerEntry, chunk.model.id);
      let settled = false;
      const finish = (error: AppError | null, value?: GlobalForecast[]) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        if (error) {
          worker.stop(error);
          reject(error);
        } else resolve(value as GlobalForecast[]);
      };
      const abort = () => finish(new AppError('job_cancelled', 'The job was cancelled'));
      signal.addEventListener('abort', abort, { once: true });
      worker.sendGlobal(chunk, { answer: (_, value) => finish(null, value), fail: finish });
    });
}
