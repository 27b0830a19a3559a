/** Forecast of a series with enough history for the statistical engine, with its backtest. */

import { forecastSeries, seasonalNaive, type ForecastResult } from '../forecast';
import { meanAbsDiff, meanSquaredDiff } from '../forecast/series';
import { backtestSeries, holdoutLength } from './backtest';
import { alignedRaw, fillCensored } from './fill-censored';
import type { SeriesHistory } from './history';
import { STORED_KEYS, STORED_LEVELS, type Frequency, type SeriesForecast, type StoredKey } from './types';

export interface EngineSettings {
  frequency: Frequency;
  seasonLength: number;
  horizon: number;
}

export function forecastEstablished(series: SeriesHistory, settings: EngineSettings): SeriesForecast {
  const { seasonLength: m, horizon } = settings;
  const filled = fillCensored(series.values, series.integral);
  const raw = alignedRaw(series.values, filled.length);
  const result = forecastSeries(filled, { seasonLength: m, horizon, quantiles: [...STORED_LEVELS] });
  const backtest = backtestSeries(filled, raw, m, holdoutLength(filled.length, settings.frequency, horizon));
  return establishedForecast(series, filled, settings, result, { reason: result.reason, backtest });
}

/**
 * The stored shape of an established series' forecast: the engine's result with the seasonal
 * naive benchmark and the scales accuracy is measured against. Shared with the refresh's refit.
 */
export function establishedForecast(
  series: SeriesHistory,
  filled: Float64Array,
  settings: EngineSettings,
  result: Pick<ForecastResult, 'mean' | 'quantiles' | 'method' | 'class' | 'distribution'>,
  chosen: Pick<SeriesForecast, 'reason' | 'backtest'>,
): SeriesForecast {
  const { seasonLength: m, horizon } = settings;
  const naive = seasonalNaive(filled.length > 0 ? filled : new Float64Array(1), horizon, m);
  const quantiles = {} as Record<StoredKey, Float64Array>;
  for (const key of STORED_KEYS) quantiles[key] = result.quantiles[key]!;
  return {
    productId: series.productId,
    locationId: series.locationId,
    method: result.method,
    demandClass: result.class,
    reason: chosen.reason,
    family: result.distribution.family,
    historyBuckets: filled.length,
    mean: result.mean,
    variance: result.distribution.variance,
    cumVariance: result.distribution.cumVariance,
    quantiles,
    snaive: naive.mean.map((v) => Math.max(0, v)),
    snaiveVariance: naive.variance[0] ?? 0,
    scaleMae: meanAbsDiff(filled, m),
    scaleMse: meanSquaredDiff(filled, m),
    backtest: chosen.backtest,
    calibrationFactor: 1,
    analogues: null,
    censoredBuckets: series.censoredBuckets,
    cappedBuckets: series.cappedBuckets,
    promoShare: series.totalUnits > 0 ? series.promoUnits / series.totalUnits : 0,
  };
}
