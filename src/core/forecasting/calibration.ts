/**
 * Interval calibration per demand class. The backtest tells how often p10–p90 really held the
 * actual; when that misses the nominal 80% (say 65%), every quantile's distance from p50 is
 * scaled by one factor per class, chosen so the backtest points would have been covered 80% of
 * the time. Clamped, and only moved when the miss is clear and the evidence broad enough.
 */

import { STORED_KEYS, type SeriesForecast } from './types';

export const TARGET_COVERAGE = 0.8;
const TOLERANCE = 0.05;
const MIN_POINTS = 40;
export const MIN_FACTOR = 0.5;
export const MAX_FACTOR = 3;

export interface IntervalPoints {
  actual: ArrayLike<number>;
  p10: ArrayLike<number>;
  p50: ArrayLike<number>;
  p90: ArrayLike<number>;
}

export interface ClassCalibration {
  demandClass: string;
  points: number;
  coverageBefore: number;
  /** On the same backtest points, once widened (in-sample: optimistic). */
  coverageAfter: number;
  factor: number;
}

/** The factor for one pool of backtest points (NaN actuals skipped). */
export function calibrate(pool: readonly IntervalPoints[], demandClass = ''): ClassCalibration {
  const needs: number[] = [];
  for (const p of pool) {
    for (let i = 0; i < p.actual.length; i++) {
      const a = p.actual[i] as number;
      if (Number.isFinite(a)) needs.push(neededFactor(a, p.p10[i] as number, p.p50[i] as number, p.p90[i] as number));
    }
  }
  const points = needs.length;
  const coveredAt = (f: number) => needs.filter((n) => n <= f).length / Math.max(points, 1);
  const coverageBefore = points > 0 ? coveredAt(1) : NaN;
  if (points < MIN_POINTS || Math.abs(coverageBefore - TARGET_COVERAGE) <= TOLERANCE) {
    return { demandClass, points, coverageBefore, coverageAfter: coverageBefore, factor: 1 };
  }
  needs.sort((a, b) => a - b);
  const exact = needs[Math.ceil(TARGET_COVERAGE * points) - 1] as number;
  const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, exact));
  return { demandClass, points, coverageBefore, coverageAfter: coveredAt(factor), factor };
}

/** How much the interval around p50 must stretch to reach `actual` (≤ 1: already inside). */
export function neededFactor(actual: number, p10: number, p50: number, p90: number): number {
  if (actual === p50) return 0;
  const width = actual > p50 ? p90 - p50 : p50 - p10;
  const distance = Math.abs(actual - p50);
  return width > 0 ? distance / width : Infinity;
}

/** Calibrates each class from its series' backtests and applies the factors; returns them. */
export function calibrateRun(forecasts: readonly SeriesForecast[]): ClassCalibration[] {
  const pools = new Map<string, IntervalPoints[]>();
  for (const f of forecasts) {
    if (!f.backtest) continue;
    const pool = pools.get(f.demandClass) ?? [];
    pool.push(f.backtest);
    pools.set(f.demandClass, pool);
  }
  const result = [...pools].map(([cls, pool]) => calibrate(pool, cls)).sort((a, b) => a.demandClass.localeCompare(b.demandClass));
  const factors = new Map(result.map((c) => [c.demandClass, c.factor]));
  for (const f of forecasts) {
    const factor = f.analogues === null ? (factors.get(f.demandClass) ?? 1) : 1;
    if (factor !== 1) widenForecast(f, factor);
  }
  return result;
}

/** Scales every quantile's distance from p50, and the variances by factor². */
export function widenForecast(f: SeriesForecast, factor: number): void {
  const p50 = f.quantiles.p50;
  const round = f.family === 'count';
  for (const key of STORED_KEYS) {
    if (key === 'p50') continue;
    const q = f.quantiles[key];
    for (let t = 0; t < q.length; t++) {
      const v = Math.max(0, (p50[t] as number) + factor * ((q[t] as number) - (p50[t] as number)));
      q[t] = round ? Math.round(v) : v;
    }
  }
  const f2 = factor * factor;
  f.variance = f.variance.map((v) => v * f2);
  f.cumVariance = f.cumVariance.map((v) => v * f2);
  f.calibrationFactor = factor;
}
