/**
 * ADIDA temporal aggregation (Nikolopoulos et al. 2011): sum the series into non-overlapping
 * buckets of k periods (counted back from the end), forecast the smoother aggregate with SES,
 * and spread the bucket forecast evenly over its k periods. k defaults to the mean interval
 * between demands, so most buckets contain a demand.
 */

import { fitEts } from '../ets/fit';
import type { MethodForecast } from '../types';
import { stationaryVariances } from '../variance';
import { zeroForecast } from './croston';

const SES = { error: 'A', trend: 'N', season: 'N' } as const;

export function adidaLevel(y: Float64Array): number {
  let nz = 0;
  for (let t = 0; t < y.length; t++) if ((y[t] as number) > 0) nz++;
  return nz === 0 ? 1 : Math.max(1, Math.round(y.length / nz));
}

export function adida(y: Float64Array, h: number, k = adidaLevel(y)): MethodForecast {
  const n = y.length;
  const buckets = Math.floor(n / k);
  if (buckets < 1) return zeroForecast(h);
  const agg = new Float64Array(buckets);
  const start = n - buckets * k;
  for (let b = 0; b < buckets; b++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += y[start + b * k + i] as number;
    agg[b] = s;
  }
  const fit = buckets >= 4 ? fitEts(agg, SES, 1) : null;
  let level: number;
  let alpha: number;
  let sigma2Agg: number;
  if (fit !== null) {
    level = fit.level;
    alpha = fit.alpha;
    sigma2Agg = fit.sigma2;
  } else {
    let s = 0;
    for (let b = 0; b < buckets; b++) s += agg[b] as number;
    level = s / buckets;
    alpha = 1 / buckets;
    let v = 0;
    for (let b = 0; b < buckets; b++) v += ((agg[b] as number) - level) ** 2;
    sigma2Agg = buckets > 1 ? v / (buckets - 1) : level;
  }
  const rate = Math.max(0, level / k);
  // Per-period variance: the bucket variance spread over k periods (within-bucket independence).
  const mse = sigma2Agg / k;
  const { variance, cumVariance } = stationaryVariances(mse, (alpha / (2 - alpha)) * (sigma2Agg / (k * k)), h);
  return { mean: new Float64Array(h).fill(rate), variance, cumVariance, family: 'normal' };
}
