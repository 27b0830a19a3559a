import { pathToFileURL } from 'node:url';
import { forecastChunk, type ForecastChunk, type RunForecastChunk, type SpreadSettings } from '../../../forecasting/forecast-established';
import type { SeriesForecast } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';
import { sourceWorkerEntry } from '../runner';
import { predictOnKeptWorkers, STREAM_BATCH, streamOnWorker, type KeptChunkWorkers } from '../chunk-stream';

/** One share of a forecast's established series, forecast on another core (see ground/spread-over-workers.ts). */
export function forecastChunkTask(input: ForecastChunk, ctx: TaskContext): SeriesForecast[] {
  return forecastChunk(input, ctx);
}

/** The lean worker that loads the engine only (chunk-worker.ts), from TypeScript sources. */
export const sourceChunkWorkerEntry = new URL('../chunk-worker-source-entry.mjs', import.meta.url);

/**
 * The worker-backed chunk runner the app hands down to forecasting: one worker per chunk, the
 * chunk streamed through it in batches (chunk-stream.ts). From sources the chunks run in the lean
 * chunk worker; a bundled app passes the entry its bundle has (the general worker serves the
 * stream too, only slower to start). With `kept`, the workers stay up between chunks (a streamed
 * run's slices) until the caller closes them.
 */
export function forecastChunksOnWorkers(workerEntry: URL | string, kept?: KeptChunkWorkers): RunForecastChunk {
  return streamOnWorker(chunkEntry(workerEntry), STREAM_BATCH, kept);
}

/**
 * What a streamed run is handed: the engine's chunks and the global model's predictions on the
 * same kept workers (one per core), so the run's own thread only reads, combines and writes.
 */
export function keptWorkerSpread(workerEntry: URL | string, kept: KeptChunkWorkers): Required<Pick<SpreadSettings, 'runChunk' | 'runGlobal' | 'warmUp' | 'release'>> {
  const entry = chunkEntry(workerEntry);
  return { runChunk: streamOnWorker(entry, STREAM_BATCH, kept), runGlobal: predictOnKeptWorkers(entry, kept), warmUp: () => kept.warm(entry), release: () => kept.close() };
}

/** From sources, the lean chunk worker in place of the general one. */
function chunkEntry(workerEntry: URL | string): URL | string {
  const href = workerEntry instanceof URL ? workerEntry.href : workerEntry.startsWith('file:') ? workerEntry : pathToFileURL(workerEntry).href;
  return href === sourceWorkerEntry.href ? sourceChunkWorkerEntry : workerEntry;
}
