/**
 * Distribution of demand summed over a lead time of L buckets (input to safety stock):
 * mean = Σ step means, variance = the method's cumulative error variance (which includes the
 * correlation between steps that share the same estimated level), quantiles from the same
 * family as the per-step forecast (negative binomial for count data, censored normal else).
 * Apart from the forecasting (lead-time.ts): a plan reads it from stored forecasts and loads no method.
 */

import { normaliseLevels, quantileKey, stepQuantiles } from './quantiles';
import type { MethodForecast } from './types';

export interface LeadTimeDistribution {
  leadTime: number;
  mean: number;
  variance: number;
  quantiles: Record<string, number>;
}

/**
 * From a forecast distribution covering at least the lead time. Lead times beyond the
 * horizon extend the last step (flat mean, linearly growing variance increments).
 */
export function leadTimeDistribution(
  dist: MethodForecast,
  leadTime: number,
  levels?: readonly number[],
  nonNegative = true,
): LeadTimeDistribution {
  const L = Math.max(0, leadTime);
  const qs = normaliseLevels(levels);
  const h = dist.mean.length;
  const whole = Math.floor(L);
  let mean = 0;
  for (let i = 0; i < Math.min(whole, h); i++) mean += dist.mean[i] as number;
  let variance = whole > 0 ? (dist.cumVariance[Math.min(whole, h) - 1] as number) : 0;
  if (whole > h && h > 0) {
    const extra = whole - h;
    const last = dist.mean[h - 1] as number;
    const inc = (dist.cumVariance[h - 1] as number) - (h > 1 ? (dist.cumVariance[h - 2] as number) : 0);
    const prevInc = h > 2 ? (dist.cumVariance[h - 2] as number) - (dist.cumVariance[h - 3] as number) : inc;
    const growth = Math.max(0, inc - prevInc);
    mean += extra * last;
    variance += extra * inc + (growth * extra * (extra + 1)) / 2;
  }
  // A fractional lead time adds that share of the next bucket (variance interpolated).
  const frac = L - whole;
  if (frac > 0 && h > 0) {
    const i = Math.min(whole, h - 1);
    mean += frac * (dist.mean[i] as number);
    const next = whole < h ? (dist.cumVariance[whole] as number) - (whole > 0 ? (dist.cumVariance[whole - 1] as number) : 0) : (dist.variance[i] as number);
    variance += frac * next;
  }
  const out = new Float64Array(qs.length);
  stepQuantiles(mean, variance, dist.family, qs, nonNegative, out);
  const quantiles: Record<string, number> = {};
  qs.forEach((q, i) => (quantiles[quantileKey(q)] = out[i] as number));
  return { leadTime: L, mean, variance, quantiles };
}
