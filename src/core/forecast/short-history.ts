/**
 * What a short history does not tell: the level is estimated from few points and nothing in them
 * shows how it drifts over a long horizon, nor the year's season. Pure array work for the engine.
 */

import type { MethodForecast } from './types';

/**
 * Widens the forecast-error variance of a series with less than a year of history for the
 * uncertainty of its estimated level, which grows with the horizon against the history: step j
 * gets σ²_j (1 + j/n) — a random-walk level known from n points has drifted by about σ²·j/n by
 * then (the usual variance of a mean forecast, σ²(1 + 1/n), at j = 1). Lead-time sums carry the
 * same common error, so their variance widens by (1 + L/n) too. A year or more is left untouched,
 * so long series keep their intervals (and accuracy) exactly.
 */
export function widenForShortHistory(dist: MethodForecast, n: number, yearLength: number): { dist: MethodForecast; widened: boolean } {
  if (!(yearLength > 1) || n >= yearLength || n <= 0) return { dist, widened: false };
  const h = dist.mean.length;
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  for (let j = 1; j <= h; j++) {
    variance[j - 1] = (dist.variance[j - 1] as number) * (1 + j / n);
    cumVariance[j - 1] = (dist.cumVariance[j - 1] as number) * (1 + j / n);
  }
  return { dist: { ...dist, variance, cumVariance }, widened: true };
}

/**
 * Seasonal indices (mean 1 over a year) for each bucket of a history of n and the h ahead, from
 * the year profile by position in the year: `phaseOfFirst` is the year position of the history's first bucket.
 */
export function indexFromProfile(profile: ArrayLike<number>, phaseOfFirst: number, n: number, h: number): Float64Array {
  const m = profile.length;
  const out = new Float64Array(n + h);
  for (let t = 0; t < n + h; t++) out[t] = profile[(((phaseOfFirst + t) % m) + m) % m] as number;
  return out;
}

/** The history divided by its season (indices floored so a dead season does not blow a value up). */
export function deseasonalise(y: Float64Array, index: ArrayLike<number>): Float64Array {
  const out = new Float64Array(y.length);
  for (let t = 0; t < y.length; t++) out[t] = (y[t] as number) / Math.max(MIN_INDEX, index[t] as number);
  return out;
}

/** The season put back on a forecast made on the deseasonalised history: means by the index, variances by its square. */
export function reseasonalise(dist: MethodForecast, index: ArrayLike<number>, n: number): MethodForecast {
  const h = dist.mean.length;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  let sum2 = 0;
  for (let j = 0; j < h; j++) {
    const s = Math.max(0, index[n + j] as number);
    mean[j] = (dist.mean[j] as number) * s;
    variance[j] = (dist.variance[j] as number) * s * s;
    sum2 += s * s;
    // The sum's variance scales by the mean squared index over the window.
    cumVariance[j] = (dist.cumVariance[j] as number) * (sum2 / (j + 1));
  }
  return { ...dist, mean, variance, cumVariance };
}

/** Indices below this are treated as this when dividing (a week that sold nothing last year). */
const MIN_INDEX = 0.05;
