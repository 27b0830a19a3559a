/**
 * The CSV path (`forecast --input`): plain bucketed series, one per SKU, through the same pipeline
 * and the same spreading over workers as a workspace run's established series, without the
 * backtest a run stores for its accuracy reports.
 */

import { quantileKey } from '../forecast';
import { createInlineTaskContext, type TaskContext } from '../ground/task-context';
import { SEASON_LENGTH, type Frequency } from './types';
import { forecastEstablishedMany, type EngineSeries, type EngineSettings, type RunForecastChunk } from './forecast-established';

/** The forecasts in columns, one entry per series in input order; quantiles keyed p10, p50, … */
export interface ForecastColumns {
  mean: Float64Array[];
  quantiles: Record<string, Float64Array>[];
  method: string[];
  demandClass: string[];
}

export interface BucketedForecastOptions {
  frequency: Frequency;
  horizon: number;
  /** Quantile levels to hand back. */
  levels: readonly number[];
  runChunk?: RunForecastChunk | undefined;
  onProgress?: (done: number, total: number) => void;
  ctx?: TaskContext;
}

/** Below this many series per worker the CSV path stays on one thread. */
const MIN_SERIES_PER_WORKER = 200;

export async function forecastBucketedSeries(series: readonly Float64Array[], options: BucketedForecastOptions): Promise<ForecastColumns> {
  const { frequency, horizon, levels } = options;
  const settings: EngineSettings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency], extraLevels: levels, backtest: false };
  // Every bucket of a CSV series is observed (a missing row is zero demand): nothing to fill.
  const inputs: EngineSeries[] = series.map((values, i) => ({
    productId: i,
    locationId: 0,
    values,
    integral: false,
    censoredBuckets: 0,
    cappedBuckets: 0,
    totalUnits: 0,
    promoUnits: 0,
  }));
  const forecasts = await forecastEstablishedMany(
    inputs,
    settings,
    { runChunk: options.runChunk, minSeriesPerWorker: MIN_SERIES_PER_WORKER },
    options.ctx ?? createInlineTaskContext(),
    options.onProgress,
  );
  const keys = levels.map(quantileKey);
  return {
    mean: forecasts.map((f) => f.mean),
    quantiles: forecasts.map((f) => {
      const all: Readonly<Record<string, Float64Array>> = f.quantiles;
      return Object.fromEntries(keys.map((key) => [key, all[key]!]));
    }),
    method: forecasts.map((f) => f.method),
    demandClass: forecasts.map((f) => f.demandClass),
  };
}
