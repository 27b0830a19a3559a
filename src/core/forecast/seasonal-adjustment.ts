/**
 * Seasonal adjustment shared by the non-seasonal methods (SES, damped, Theta, …): when the
 * lag-m autocorrelation test passes, divide by classical multiplicative indices (additive
 * indices for series with negative values), forecast, and re-apply the indices.
 */

import { cleanHistory, allNonNegative } from './series';
import { hasSeasonality, seasonalIndices, type DecompositionType, type IndexNoise } from './seasonality';
import type { MethodForecast } from './types';

export interface SeasonalAdjustment {
  m: number;
  type: DecompositionType;
  /** Index for observation t is indices[t % m] (t = 0 is the first observation). */
  indices: Float64Array;
}

/** Indices below this are phases without demand (e.g. a closed weekday). */
const NEAR_ZERO_INDEX = 0.05;

/**
 * Tests for seasonality and estimates the indices, shrunk towards "no seasonality" by the
 * James–Stein rule of Miller & Williams (2003): with few cycles (e.g. two years of weekly
 * data) raw indices are mostly noise, and shrinking them reduces forecast error.
 */
export function detectSeasonality(y: Float64Array, m: number, shrink: number | 'james-stein' = 'james-stein'): SeasonalAdjustment | null {
  if (m <= 1 || !hasSeasonality(y, m)) return null;
  const type: DecompositionType = allNonNegative(y) ? 'multiplicative' : 'additive';
  const noise: IndexNoise = { estimateVariance: 0 };
  const indices = seasonalIndices(y, m, type, noise);
  if (indices === null) return null;
  for (let i = 0; i < m; i++) if (!Number.isFinite(indices[i] as number)) return null;
  const centre = type === 'multiplicative' ? 1 : 0;
  let spread = 0;
  for (let i = 0; i < m; i++) spread += ((indices[i] as number) - centre) ** 2;
  const w = shrink === 'james-stein'
    ? spread > 0 ? Math.max(0, 1 - ((m - 3) * noise.estimateVariance) / spread) : 0
    : shrink;
  if (w <= 0) return null;
  for (let i = 0; i < m; i++) indices[i] = centre + w * ((indices[i] as number) - centre);
  return { m, type, indices };
}


/** The seasonally adjusted series; phases with a near-zero index are interpolated over. */
export function adjustSeries(y: Float64Array, adj: SeasonalAdjustment): Float64Array {
  const { m, indices, type } = adj;
  const out = new Float64Array(y.length);
  let gaps = false;
  for (let t = 0; t < y.length; t++) {
    const s = indices[t % m] as number;
    if (type === 'additive') out[t] = (y[t] as number) - s;
    else if (s >= NEAR_ZERO_INDEX) out[t] = (y[t] as number) / s;
    else {
      out[t] = NaN;
      gaps = true;
    }
  }
  return gaps ? cleanHistory(out) : out;
}

/**
 * Re-seasonalises a forecast made on the adjusted scale after a history of n points.
 * Multiplicative: mean × s, variance × s²; the lead-time variance is scaled by the squared
 * average index over the lead time (exact when the indices are equal).
 */
export function readjustForecast(f: MethodForecast, n: number, adj: SeasonalAdjustment): MethodForecast {
  const { m, indices, type } = adj;
  const h = f.mean.length;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  let sumS = 0;
  for (let i = 0; i < h; i++) {
    const s = indices[(n + i) % m] as number;
    if (type === 'additive') {
      mean[i] = (f.mean[i] as number) + s;
      variance[i] = f.variance[i] as number;
      cumVariance[i] = f.cumVariance[i] as number;
    } else {
      sumS += s;
      const avg = sumS / (i + 1);
      mean[i] = (f.mean[i] as number) * s;
      variance[i] = (f.variance[i] as number) * s * s;
      cumVariance[i] = (f.cumVariance[i] as number) * avg * avg;
    }
  }
  return { mean, variance, cumVariance, family: f.family };
}
