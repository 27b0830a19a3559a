/**
 * Forecast combination. Equal-weight combinations of a few diverse methods are among the most
 * accurate and robust forecasts (M3/M4 "Comb"); the predictive variance is the average of the
 * members' variances (quantile averaging for normal forecasts).
 */

import type { MethodForecast } from './types';

export type CombineRule = 'mean' | 'median';

export function combineForecasts(members: readonly MethodForecast[], rule: CombineRule = 'mean'): MethodForecast {
  const k = members.length;
  if (k === 0) throw new Error('combineForecasts needs at least one member');
  const first = members[0] as MethodForecast;
  const h = first.mean.length;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  const column = new Float64Array(k);
  for (let t = 0; t < h; t++) {
    let v = 0;
    let cv = 0;
    for (let j = 0; j < k; j++) {
      const f = members[j] as MethodForecast;
      column[j] = f.mean[t] as number;
      v += Math.sqrt(f.variance[t] as number);
      cv += Math.sqrt(f.cumVariance[t] as number);
    }
    mean[t] = rule === 'median' ? medianInPlace(column) : column.reduce((a, b) => a + b, 0) / k;
    // Average the standard deviations (what averaging normal quantiles does).
    variance[t] = (v / k) ** 2;
    cumVariance[t] = (cv / k) ** 2;
  }
  return { mean, variance, cumVariance, family: first.family };
}

function medianInPlace(a: Float64Array): number {
  a.sort();
  const k = a.length;
  const mid = k >> 1;
  return k % 2 === 1 ? (a[mid] as number) : 0.5 * ((a[mid - 1] as number) + (a[mid] as number));
}
