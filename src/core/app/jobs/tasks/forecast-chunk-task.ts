import { forecastEstablished, type EngineSettings } from '../../../forecasting/forecast-established';
import type { SeriesHistory } from '../../../forecasting/history';
import type { SeriesForecast } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';

export interface ForecastChunkTaskInput {
  series: SeriesHistory[];
  settings: EngineSettings;
}

/** One share of a workspace run's established series, forecast on another core (see forecast-parallel.ts). */
export function forecastChunkTask(input: ForecastChunkTaskInput, ctx: TaskContext): SeriesForecast[] {
  const out: SeriesForecast[] = [];
  for (const series of input.series) {
    if (out.length % 32 === 0) {
      ctx.throwIfCancelled();
      ctx.progress('forecast.series', out.length, input.series.length);
    }
    out.push(forecastEstablished(series, input.settings));
  }
  ctx.progress('forecast.series', out.length, input.series.length);
  return out;
}
