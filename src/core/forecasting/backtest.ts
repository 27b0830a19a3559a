/**
 * Holdout backtest of one series: refit the whole procedure (method choice included) on the
 * history minus its last buckets, forecast them, and score the engine and the seasonal naive
 * benchmark on the same points. Censored actuals (NaN) are skipped by every metric.
 */

import { bias, coverage, forecastQuantiles, forecastSeries, mase, rmsse, seasonalNaive, scaledPinball, wape } from '../forecast';
import { MIN_HISTORY } from '../forecast/classify';
import { STORED_KEYS, STORED_LEVELS, type BacktestMetrics, type Frequency, type SeriesBacktest } from './types';

/** Buckets held out: a quarter for weekly data, four weeks daily, half a year monthly. */
export const HOLDOUT: Record<Frequency, number> = { day: 28, week: 13, month: 6 };
const MIN_HOLDOUT = 2;

/** Buckets to hold out for a series of `length` buckets, or 0 when it is too short to test. */
export function holdoutLength(length: number, frequency: Frequency, horizon: number): number {
  const h = Math.min(HOLDOUT[frequency], horizon, length - MIN_HISTORY);
  return h >= MIN_HOLDOUT ? h : 0;
}

/** `filled` feeds the models; `raw` (same length, NaN = censored) supplies the actuals. */
export function backtestSeries(filled: Float64Array, raw: Float64Array, seasonLength: number, holdout: number): SeriesBacktest | null {
  if (holdout <= 0) return null;
  const origin = filled.length - holdout;
  const train = filled.subarray(0, origin);
  const actual = raw.slice(origin);
  const levels = [...STORED_LEVELS];
  const model = forecastSeries(train, { seasonLength, horizon: holdout, quantiles: levels });
  const modelQuantiles = STORED_KEYS.map((key) => model.quantiles[key]!);
  const naiveDist = seasonalNaive(train, holdout, seasonLength);
  for (let i = 0; i < holdout; i++) naiveDist.mean[i] = Math.max(0, naiveDist.mean[i] as number);
  const naiveQ = forecastQuantiles(naiveDist, levels, true);
  const naiveQuantiles = STORED_KEYS.map((key) => naiveQ[key]!);

  let points = 0;
  let actualSum = 0;
  for (const a of actual) {
    if (!Number.isFinite(a)) continue;
    points++;
    actualSum += Math.abs(a);
  }
  if (points === 0) return null;
  return {
    metrics: scoreForecast(actual, model.mean, modelQuantiles, train, seasonLength),
    snaive: scoreForecast(actual, naiveDist.mean, naiveQuantiles, train, seasonLength),
    points,
    actualSum,
    actual,
    p10: modelQuantiles[0]!,
    p50: modelQuantiles[1]!,
    p90: modelQuantiles[2]!,
  };
}

/** All six figures for one forecast; `quantiles` in STORED_LEVELS order. Zero-scale histories give NaN scaled figures. */
export function scoreForecast(
  actual: ArrayLike<number>,
  mean: ArrayLike<number>,
  quantiles: ReadonlyArray<ArrayLike<number>>,
  insample: ArrayLike<number>,
  seasonLength: number,
): BacktestMetrics {
  const finiteOrNaN = (value: number) => (Number.isFinite(value) ? value : NaN);
  return {
    mase: finiteOrNaN(mase(actual, mean, insample, seasonLength)),
    rmsse: finiteOrNaN(rmsse(actual, mean, insample, seasonLength)),
    wape: wape(actual, mean),
    bias: bias(actual, mean),
    pinball: finiteOrNaN(scaledPinball(actual, quantiles, [...STORED_LEVELS], insample, seasonLength)),
    coverage: coverage(actual, quantiles[0]!, quantiles[2]!),
  };
}
