/** Heuristic initial states for ETS, following R's forecast:::initstate. */

import { seasonalIndices } from '../seasonality';
import type { SeasonType, TrendType } from './types';

export interface InitialStates {
  level: number;
  trend: number;
  /** Seasonal states for t = 0..m-1 (empty when non-seasonal). */
  season: Float64Array;
}

/**
 * Seasonal indices from a classical decomposition of the whole series, then the level (and
 * trend) from a regression on the first max(10, 2m) seasonally adjusted values.
 * Returns null when the seasonal component cannot be estimated (under two full seasons).
 */
export function initialStates(
  y: Float64Array,
  n: number,
  m: number,
  trend: TrendType,
  season: SeasonType,
): InitialStates | null {
  let idx: Float64Array = new Float64Array(0);
  if (season !== 'N') {
    const est = seasonalIndices(y.subarray(0, n), m, season === 'A' ? 'additive' : 'multiplicative');
    if (est === null) return null;
    idx = est;
    if (season === 'M') for (let i = 0; i < m; i++) idx[i] = Math.max(idx[i] as number, 1e-2);
  }
  const span = season === 'N' ? 1 : m;
  const maxn = Math.min(Math.max(10, 2 * span), n);
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let t = 0; t < maxn; t++) {
    let v = y[t] as number;
    if (season === 'A') v -= idx[t % m] as number;
    else if (season === 'M') v /= idx[t % m] as number;
    const x = t + 1;
    sx += x;
    sy += v;
    sxx += x * x;
    sxy += x * v;
  }
  const meanY = sy / maxn;
  if (trend === 'N' || maxn < 2) return { level: meanY, trend: 0, season: idx };
  const slope = (sxy - (sx * sy) / maxn) / (sxx - (sx * sx) / maxn);
  const intercept = meanY - (slope * sx) / maxn;
  // R perturbs l0 when l0 + b0 = 0 so a multiplicative model does not start at zero.
  const level = Math.abs(intercept + slope) < 1e-8 ? intercept * (1 + 1e-3) : intercept;
  return { level, trend: slope, season: idx };
}
