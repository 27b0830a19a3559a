/**
 * An established series forecast again with the method its parent run chose: the same
 * SeriesForecast the full engine builds (forecast-established.ts), without the method search
 * and without the holdout backtest — the refresh carries the parent's backtest row instead.
 */

import { seasonalNaive } from '../../forecast';
import { refitSeries } from '../../forecast/refit-series';
import { meanAbsDiff, meanSquaredDiff } from '../../forecast/series';
import { fillCensored } from '../../forecasting/fill-censored';
import type { EngineSettings } from '../../forecasting/forecast-established';
import { GLOBAL_SUFFIX } from '../../forecasting/global-blend';
import type { SeriesHistory } from '../../forecasting/history';
import { STORED_KEYS, STORED_LEVELS, type SeriesForecast, type StoredKey } from '../../forecasting/types';
import type { ParentSeries } from './parent-run';

/** Null when the parent's choice no longer fits the history (the caller runs the full engine). */
export function refitWithParentMethod(series: SeriesHistory, settings: EngineSettings, parent: ParentSeries): SeriesForecast | null {
  const { seasonLength: m, horizon } = settings;
  const filled = fillCensored(series.values, series.integral);
  const method = parent.method.endsWith(GLOBAL_SUFFIX) ? parent.method.slice(0, -GLOBAL_SUFFIX.length) : parent.method;
  const result = refitSeries(filled, { seasonLength: m, horizon, quantiles: [...STORED_LEVELS] }, method, parent.demandClass);
  if (result === null) return null;
  const naive = seasonalNaive(filled.length > 0 ? filled : new Float64Array(1), horizon, m);
  const quantiles = {} as Record<StoredKey, Float64Array>;
  for (const key of STORED_KEYS) quantiles[key] = result.quantiles[key]!;
  return {
    productId: series.productId,
    locationId: series.locationId,
    method: result.method,
    demandClass: result.class,
    // Replaced by the parent's stored reason when written: the choice was made there.
    reason: { kind: 'text', text: '' },
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
    backtest: null,
    calibrationFactor: 1,
    analogues: null,
    censoredBuckets: series.censoredBuckets,
    cappedBuckets: series.cappedBuckets,
    promoShare: series.totalUnits > 0 ? series.promoUnits / series.totalUnits : 0,
  };
}
