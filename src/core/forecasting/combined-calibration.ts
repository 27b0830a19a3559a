/**
 * Calibration after combining: per demand class and horizon band, one factor scales every
 * quantile's distance from the combined mean so that p10–p90 would have held 80% of the validation
 * window's actuals in that band (the class's factor where the band has too few points). The
 * combined forecast's intervals are neither the engine's nor the global model's, so the factor is
 * measured on the combination itself; and by band, because the combination's error need not grow
 * with the step as the engine's intervals do: on the store-item weekly peak set the profile-led
 * error was flat (4.5–5% of the mean at every step) while the intervals fanned out threefold, so
 * one factor per class left step 1 covered 42% and step 13 87%.
 *
 * How far the factor may narrow depends on how well the validation windows stand for the horizon:
 * with a season-aligned window among them (the same weeks a year before the horizon) down to 0.3;
 * with only the window just before the origin, which shows one draw of the shop-wide deviation
 * and none of the season's, down to 0.35 — on the peak set the calm weeks before it asked for less
 * than 0.3 and the peak's 13 weeks were covered 76% at 0.3, 80% at 0.35 (pinball 0.251 → 0.254).
 */

import { TARGET_COVERAGE } from './calibration';
import { BAND_LABELS, bandOfStep } from './combination-weights';

/** Below this many validation points a class (or a band) keeps its intervals as combined (or takes its class's factor). */
const MIN_POINTS = 40;
/** The narrowest factor when a season-aligned window is among the validation windows. */
export const MIN_FACTOR = 0.3;
/** The narrowest factor when the window just before the origin is the only evidence. */
export const SINGLE_WINDOW_MIN_FACTOR = 0.35;
const MAX_FACTOR = 4;

export interface IntervalAroundMean {
  demandClass: string;
  actual: ArrayLike<number>;
  mean: ArrayLike<number>;
  p10: ArrayLike<number>;
  p90: ArrayLike<number>;
}

export interface CombinedCalibration {
  /** Factor per demand class over all its steps (1 = unchanged): the variances' scale, and the intervals' where there is no band factor. */
  factors: Record<string, number>;
  /** Factor per demand class and horizon band (`BAND_LABELS`), for the bands the validation window reached: the band's own, else the class's; absent on models stored before. */
  bandFactors?: Record<string, number[]>;
  /** p10–p90 coverage per class on the validation window, before and after (in-sample: optimistic). */
  coverageBefore: Record<string, number>;
  coverageAfter: Record<string, number>;
}

export interface CalibrationOptions {
  /** The narrowest factor (default MIN_FACTOR). */
  minFactor?: number;
}

export function calibrateAroundMean(points: readonly IntervalAroundMean[], options: CalibrationOptions = {}): CombinedCalibration {
  const minFactor = options.minFactor ?? MIN_FACTOR;
  const needs = new Map<string, number[][]>();
  for (const p of points) {
    const bands = needs.get(p.demandClass) ?? BAND_LABELS.map((): number[] => []);
    needs.set(p.demandClass, bands);
    for (let t = 0; t < p.actual.length; t++) {
      const a = p.actual[t] as number;
      if (Number.isFinite(a)) bands[bandOfStep(t)]!.push(neededFactor(a, p.mean[t] as number, p.p10[t] as number, p.p90[t] as number));
    }
  }
  const result: CombinedCalibration = { factors: {}, bandFactors: {}, coverageBefore: {}, coverageAfter: {} };
  for (const [cls, bands] of needs) {
    const all = bands.flat();
    const factor = factorFor(all, minFactor) ?? 1;
    // Bands up to the last one the window reached (a 4-week horizon has one).
    const reached = bands.reduce((last, list, b) => (list.length > 0 ? b + 1 : last), 0);
    const byBand = bands.slice(0, reached).map((list) => factorFor(list, minFactor) ?? factor);
    let covered = 0;
    bands.forEach((list, b) => (covered += list.filter((n) => n <= byBand[b]!).length));
    result.factors[cls] = factor;
    result.bandFactors![cls] = byBand;
    result.coverageBefore[cls] = all.filter((n) => n <= 1).length / Math.max(1, all.length);
    result.coverageAfter[cls] = covered / Math.max(1, all.length);
  }
  return result;
}

/** The factor that covers TARGET_COVERAGE of these needed factors, clamped; null with too few points to tell. */
function factorFor(list: readonly number[], minFactor: number): number | null {
  if (list.length < MIN_POINTS) return null;
  const sorted = [...list].sort((a, b) => a - b);
  return Math.min(MAX_FACTOR, Math.max(minFactor, sorted[Math.ceil(TARGET_COVERAGE * sorted.length) - 1]!));
}

/** The interval factor of a series of this class at this step (0-based): its band's, else (a band the window did not reach, a model stored before) its class's, else 1. */
export function factorAt(calibration: CombinedCalibration, demandClass: string, step: number): number {
  return calibration.bandFactors?.[demandClass]?.[bandOfStep(step)] ?? calibration.factors[demandClass] ?? 1;
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
 * Scales each quantile's distance from the mean by the factor (or the step's factor), in place,
 * then keeps the levels ordered and ≥ 0 (`quantiles` in ascending level order).
 */
export function scaleAroundMean(mean: Float64Array, quantiles: readonly Float64Array[], factor: number | ((step: number) => number), steps = mean.length): void {
  const column = new Float64Array(quantiles.length);
  for (let t = 0; t < steps; t++) {
    const m = mean[t] as number;
    const f = typeof factor === 'number' ? factor : factor(t);
    quantiles.forEach((q, j) => (column[j] = Math.max(0, m + f * ((q[t] as number) - m))));
    column.sort();
    quantiles.forEach((q, j) => (q[t] = column[j] as number));
  }
}
