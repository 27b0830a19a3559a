/**
 * Calibration after combining: per demand class and horizon band, one factor scales every
 * quantile's distance from the combined median (p50) so that p10–p90 would have held 80% of the
 * validation window's actuals in that band (the class's factor where the band has too few points).
 * The combined forecast's intervals are neither the engine's nor the global model's, so the factor
 * is measured on the combination itself; and by band, because the combination's error need not
 * grow with the step as the engine's intervals do: on the store-item weekly peak set the
 * profile-led error was flat (4.5–5% of the mean at every step) while the intervals fanned out
 * threefold, so one factor per class left step 1 covered 42% and step 13 87%.
 *
 * Why the median: the factor used to scale around the mean. Where a lean global model put p90
 * below the mean of a skewed series, a factor above 1 moved p90 down (and the re-sort could drop
 * p50 to 0), so a class × band that needed wider intervals got narrower ones. Away from the median
 * a factor above 1 never narrows a side, and p50 stays as combined. One factor for both sides, not
 * one per side: the validation windows come before the horizon, and which side their misses fall
 * on does not carry to it (per side, the store-item peak set's pinball went 0.254 → 0.262 and
 * online retail weekly's 0.511 → 0.523, every weekly set covered less).
 *
 * How far the factor may narrow depends on how well the validation windows stand for the horizon:
 * with a season-aligned window among them (the same weeks a year before the horizon) down to 0.3;
 * with only the window just before the origin, which shows one draw of the shop-wide deviation
 * and none of the season's, down to 0.35 — on the peak set the calm weeks before it asked for less
 * than 0.3 and the peak's 13 weeks were covered 76% at 0.3, 80% at 0.35 (pinball 0.251 → 0.254).
 */

import { neededFactor, TARGET_COVERAGE } from './calibration';
import { BAND_LABELS, bandOfStep } from './combination-weights';

/** Below this many validation points a class (or a band) keeps its intervals as combined (or takes its class's factor). */
const MIN_POINTS = 40;
/** The narrowest factor when a season-aligned window is among the validation windows. */
export const MIN_FACTOR = 0.3;
/** The narrowest factor when the window just before the origin is the only evidence. */
export const SINGLE_WINDOW_MIN_FACTOR = 0.35;
const MAX_FACTOR = 4;

export interface IntervalAroundMedian {
  demandClass: string;
  actual: ArrayLike<number>;
  p10: ArrayLike<number>;
  p50: ArrayLike<number>;
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

export function calibrateAroundMedian(points: readonly IntervalAroundMedian[], options: CalibrationOptions = {}): CombinedCalibration {
  const minFactor = options.minFactor ?? MIN_FACTOR;
  const needs = new Map<string, number[][]>();
  for (const p of points) {
    const bands = needs.get(p.demandClass) ?? BAND_LABELS.map((): number[] => []);
    needs.set(p.demandClass, bands);
    for (let t = 0; t < p.actual.length; t++) {
      const a = p.actual[t] as number;
      if (Number.isFinite(a)) bands[bandOfStep(t)]!.push(neededFactor(a, p.p10[t] as number, p.p50[t] as number, p.p90[t] as number));
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

/**
 * Scales each quantile's distance from the median by the step's factor, in place, floored at 0
 * (`median` among `quantiles`). Each side moves away from the median or towards it, so the levels
 * keep their order and the median stays where it is.
 */
export function scaleAroundMedian(quantiles: readonly Float64Array[], median: Float64Array, factor: (step: number) => number, steps = median.length): void {
  for (let t = 0; t < steps; t++) {
    const m = median[t] as number;
    const f = factor(t);
    for (const q of quantiles) if (q !== median) q[t] = Math.max(0, m + f * ((q[t] as number) - m));
  }
}
