/**
 * An established series forecast again with the method its parent run chose: the same
 * SeriesForecast the full engine builds (forecast-established.ts), without the method search
 * and without the holdout backtest — the refresh carries the parent's backtest row instead.
 */

import { refitSeries } from '../../forecast/refit-series';
import { fillCensored } from '../../forecasting/fill-censored';
import { establishedForecast, type EngineSettings } from '../../forecasting/forecast-established';
import type { SeriesHistory } from '../../forecasting/history';
import { STORED_LEVELS, type SeriesForecast } from '../../forecasting/types';
import type { ParentSeries } from './parent-run';

/** Null when the parent's choice no longer fits the history (the caller runs the full engine). */
export function refitWithParentMethod(series: SeriesHistory, settings: EngineSettings, parent: ParentSeries): SeriesForecast | null {
  const { seasonLength: m, horizon } = settings;
  const filled = fillCensored(series.values, series.integral);
  const result = refitSeries(filled, { seasonLength: m, horizon, quantiles: [...STORED_LEVELS] }, parent.refitMethod, parent.demandClass);
  if (result === null) return null;
  // The reason is replaced by the parent's stored one when written: the choice was made there.
  return establishedForecast(series, filled, settings, result, { reason: { kind: 'text', text: '' }, backtest: null });
}
