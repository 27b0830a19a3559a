/** Accuracy evaluation helpers for the forecast benchmark. */

import { forecastQuantiles, mase, rmsse, scaledPinball, pinball, coverage, quantileKey } from '../../src/core/forecast';
import type { MethodForecast } from '../../src/core/forecast';

export interface Accumulator {
  sum: Map<string, number>;
  count: Map<string, number>;
}

export function accumulator(): Accumulator {
  return { sum: new Map(), count: new Map() };
}

export function add(acc: Accumulator, key: string, value: number): void {
  if (!Number.isFinite(value)) return;
  acc.sum.set(key, (acc.sum.get(key) ?? 0) + value);
  acc.count.set(key, (acc.count.get(key) ?? 0) + 1);
}

export function avg(acc: Accumulator, key: string): number {
  return (acc.sum.get(key) ?? NaN) / (acc.count.get(key) ?? NaN);
}

export const PINBALL_LEVELS = [0.5, 0.9, 0.95] as const;

/** Point and quantile scores of one forecast distribution on one series. */
export function scoreDistribution(
  acc: Accumulator,
  key: string,
  dist: MethodForecast,
  train: Float64Array,
  test: Float64Array,
): void {
  const q = forecastQuantiles(dist, [...PINBALL_LEVELS], true);
  const qArrays = PINBALL_LEVELS.map((l) => q[quantileKey(l)] as Float64Array);
  add(acc, `${key}:rmsse`, rmsse(test, dist.mean, train, 1));
  add(acc, `${key}:mase`, mase(test, dist.mean, train, 1));
  add(acc, `${key}:spl`, scaledPinball(test, qArrays, [...PINBALL_LEVELS], train, 1));
  let raw = 0;
  PINBALL_LEVELS.forEach((l, i) => (raw += pinball(test, qArrays[i] as Float64Array, l)));
  add(acc, `${key}:pinball`, raw / PINBALL_LEVELS.length);
  add(acc, `${key}:cov90`, coverage(test, new Float64Array(test.length), qArrays[1] as Float64Array));
}
