import { forecastChunk, type ForecastChunk, type RunForecastChunk } from '../../../forecasting/forecast-established';
import type { SeriesForecast } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';
import { runOnWorker } from '../worker-chunk';

/** One share of a forecast's established series, forecast on another core (see ground/spread-over-workers.ts). */
export function forecastChunkTask(input: ForecastChunk, ctx: TaskContext): SeriesForecast[] {
  return forecastChunk(input, ctx);
}

/** The worker-backed chunk runner the app hands down to forecasting: one 'forecastChunk' job per chunk. */
export function forecastChunksOnWorkers(workerEntry: URL | string): RunForecastChunk {
  return runOnWorker<ForecastChunk, SeriesForecast[]>('forecastChunk', workerEntry);
}
