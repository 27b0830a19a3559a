/** Turns predictive distributions into named quantile arrays. */

import { countQuantiles, normalQuantile } from './distributions';
import type { MethodForecast } from './types';

export const DEFAULT_QUANTILES = [0.1, 0.5, 0.9, 0.95, 0.99] as const;

/** 0.1 → "p10", 0.975 → "p97.5". */
export function quantileKey(level: number): string {
  return `p${Number((level * 100).toFixed(6))}`;
}

/** Validated, de-duplicated, ascending quantile levels. */
export function normaliseLevels(levels: readonly number[] | undefined): number[] {
  const src = levels ?? DEFAULT_QUANTILES;
  const out = [...new Set(src)].sort((a, b) => a - b);
  for (const q of out) if (!(q > 0 && q < 1)) throw new RangeError(`quantile level ${q} is not in (0, 1)`);
  return out;
}

/**
 * Quantiles of one step: `mean`, `variance`, family. Non-negative series get non-negative
 * quantiles (normal quantiles are clamped at zero: a censored normal).
 */
export function stepQuantiles(
  mean: number,
  variance: number,
  family: MethodForecast['family'],
  levels: readonly number[],
  nonNegative: boolean,
  out: Float64Array,
): void {
  if (family === 'count') {
    countQuantiles(mean, variance, levels, out);
    return;
  }
  const sd = Math.sqrt(Math.max(variance, 0));
  for (let i = 0; i < levels.length; i++) {
    const q = mean + sd * normalQuantile(levels[i] as number);
    out[i] = nonNegative ? Math.max(0, q) : q;
  }
}

/** Quantiles for every step; keys from quantileKey. Monotone in the level by construction. */
export function forecastQuantiles(
  dist: MethodForecast,
  levels: readonly number[],
  nonNegative: boolean,
): Record<string, Float64Array> {
  const h = dist.mean.length;
  const result: Record<string, Float64Array> = {};
  const arrays = levels.map((q) => (result[quantileKey(q)] = new Float64Array(h)));
  const tmp = new Float64Array(levels.length);
  let lastMean = NaN;
  let lastVar = NaN;
  for (let t = 0; t < h; t++) {
    const mu = dist.mean[t] as number;
    const v = dist.variance[t] as number;
    // Flat intermittent forecasts repeat the same distribution: reuse the previous step.
    if (mu !== lastMean || v !== lastVar) {
      stepQuantiles(mu, v, dist.family, levels, nonNegative, tmp);
      lastMean = mu;
      lastVar = v;
    }
    for (let i = 0; i < levels.length; i++) (arrays[i] as Float64Array)[t] = tmp[i] as number;
  }
  return result;
}
