/** Accuracy metrics for point and quantile forecasts. All skip non-finite actuals. */

import { meanAbsDiff, meanSquaredDiff } from './series';

/** Mean absolute scaled error (Hyndman & Koehler 2006); scale = in-sample MAE of lag-m naive. */
export function mase(actual: ArrayLike<number>, forecast: ArrayLike<number>, insample: ArrayLike<number>, m = 1): number {
  const scale = meanAbsDiff(insample, m);
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    s += Math.abs(a - (forecast[i] as number));
    n++;
  }
  return n === 0 ? NaN : s / n / scale;
}

/** Root mean squared scaled error (M5); scale = in-sample MSE of lag-m naive. */
export function rmsse(actual: ArrayLike<number>, forecast: ArrayLike<number>, insample: ArrayLike<number>, m = 1): number {
  const scale = meanSquaredDiff(insample, m);
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    const d = a - (forecast[i] as number);
    s += d * d;
    n++;
  }
  return n === 0 ? NaN : Math.sqrt(s / n / scale);
}

/** Weighted absolute percentage error: Σ|a − f| / Σ|a|. */
export function wape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    num += Math.abs(a - (forecast[i] as number));
    den += Math.abs(a);
  }
  return den === 0 ? NaN : num / den;
}

/** Relative bias: Σ(f − a) / Σ|a| (positive = over-forecasting). */
export function bias(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    num += (forecast[i] as number) - a;
    den += Math.abs(a);
  }
  return den === 0 ? NaN : num / den;
}

/** Mean pinball (quantile) loss at level q: mean of max(q(a − f), (q − 1)(a − f)). */
export function pinball(actual: ArrayLike<number>, quantile: ArrayLike<number>, q: number): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    const d = a - (quantile[i] as number);
    s += d >= 0 ? q * d : (q - 1) * d;
    n++;
  }
  return n === 0 ? NaN : s / n;
}

/** Pinball loss averaged over levels, divided by the in-sample naive MAE (M5-style scaling). */
export function scaledPinball(
  actual: ArrayLike<number>,
  quantiles: ReadonlyArray<ArrayLike<number>>,
  levels: readonly number[],
  insample: ArrayLike<number>,
  m = 1,
): number {
  let s = 0;
  for (let i = 0; i < levels.length; i++) s += pinball(actual, quantiles[i] as ArrayLike<number>, levels[i] as number);
  return s / levels.length / meanAbsDiff(insample, m);
}

/** Share of actuals inside [lower, upper] (inclusive). */
export function coverage(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): number {
  let inside = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as number;
    if (!Number.isFinite(a)) continue;
    if (a >= (lower[i] as number) && a <= (upper[i] as number)) inside++;
    n++;
  }
  return n === 0 ? NaN : inside / n;
}
