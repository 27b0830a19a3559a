/**
 * Calibration after combining: per demand class, one factor scales every quantile's distance from
 * the combined mean so that p10–p90 would have held 80% of the validation window's actuals. The
 * combined forecast's intervals are neither the engine's nor the global model's, so the factor is
 * measured on the combination itself.
 */

import { TARGET_COVERAGE } from './calibration';

/** Below this many validation points a class keeps its intervals as combined. */
const MIN_POINTS = 40;
const MIN_FACTOR = 0.3;
const MAX_FACTOR = 4;

export interface IntervalAroundMean {
  demandClass: string;
  actual: ArrayLike<number>;
  mean: ArrayLike<number>;
  p10: ArrayLike<number>;
  p90: ArrayLike<number>;
}

export interface CombinedCalibration {
  /** Factor per demand class (1 = unchanged). */
  factors: Record<string, number>;
  /** p10–p90 coverage per class on the validation window, before and after (in-sample: optimistic). */
  coverageBefore: Record<string, number>;
  coverageAfter: Record<string, number>;
}

export function calibrateAroundMean(points: readonly IntervalAroundMean[]): CombinedCalibration {
  const needs = new Map<string, number[]>();
  for (const p of points) {
    const list = needs.get(p.demandClass) ?? [];
    needs.set(p.demandClass, list);
    for (let t = 0; t < p.actual.length; t++) {
      const a = p.actual[t] as number;
      if (Number.isFinite(a)) list.push(neededFactor(a, p.mean[t] as number, p.p10[t] as number, p.p90[t] as number));
    }
  }
  const result: CombinedCalibration = { factors: {}, coverageBefore: {}, coverageAfter: {} };
  for (const [cls, list] of needs) {
    const coveredAt = (f: number) => list.filter((n) => n <= f).length / Math.max(1, list.length);
    let factor = 1;
    if (list.length >= MIN_POINTS) {
      const sorted = [...list].sort((a, b) => a - b);
      factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, sorted[Math.ceil(TARGET_COVERAGE * sorted.length) - 1]!));
    }
    result.factors[cls] = factor;
    result.coverageBefore[cls] = coveredAt(1);
    result.coverageAfter[cls] = coveredAt(factor);
  }
  return result;
}

/** How far the interval must stretch around the mean to reach `actual` (≤ 1: already inside). */
function neededFactor(actual: number, mean: number, p10: number, p90: number): number {
  if (actual === mean) return 0;
  const width = actual > mean ? p90 - mean : mean - p10;
  const distance = Math.abs(actual - mean);
  if (width > 0) return distance / width;
  // A quantile floored at zero on the mean: zero demand is inside whatever the factor.
  return actual <= p10 && actual >= 0 && p10 <= 0 ? 1 : Infinity;
}

/**
 * Scales each quantile's distance from the mean, in place, then keeps the levels ordered and ≥ 0
 * (`quantiles` in ascending level order).
 */
export function scaleAroundMean(mean: Float64Array, quantiles: readonly Float64Array[], factor: number, steps = mean.length): void {
  const column = new Float64Array(quantiles.length);
  for (let t = 0; t < steps; t++) {
    const m = mean[t] as number;
    quantiles.forEach((q, j) => (column[j] = Math.max(0, m + factor * ((q[t] as number) - m))));
    column.sort();
    quantiles.forEach((q, j) => (q[t] = column[j] as number));
  }
}
