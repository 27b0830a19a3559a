/**
 * Calibration after combining: per demand class and horizon band, each side of the interval is
 * widened or narrowed away from the combined median (p50) by its own factor, so that p10 would
 * have stayed above 10% of the validation window's actuals in that band and p90 below 10% (the
 * class's factor where the band has too few points). The combined forecast's intervals are
 * neither the engine's nor the global model's, so the factors are measured on the combination
 * itself; and by band, because the combination's error need not grow with the step as the
 * engine's intervals do: on the store-item weekly peak set the profile-led error was flat
 * (4.5–5% of the mean at every step) while the intervals fanned out threefold, so one factor per
 * class left step 1 covered 42% and step 13 87%.
 *
 * Why the median and per side: a factor used to scale every quantile around the mean. Where a
 * lean global model put p90 below the mean of a skewed series, a factor above 1 moved p90 down
 * (and the re-sort could drop p50 to 0), so an erratic class × band that needed wider intervals
 * got narrower ones and covered 51% of its own window after calibration. Away from the median a
 * factor above 1 never narrows a side, and each side takes only the stretch its own misses ask.
 *
 * How far a factor may narrow depends on how well the validation windows stand for the horizon:
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
/** The lower side may miss half of what the interval may: p10–p90 misses 20%, 10% below p10. */
const SIDE_TARGET = 1 - (1 - TARGET_COVERAGE) / 2;

export interface IntervalAroundMedian {
  demandClass: string;
  actual: ArrayLike<number>;
  p10: ArrayLike<number>;
  p50: ArrayLike<number>;
  p90: ArrayLike<number>;
}

/** Factors of one class by horizon band (`BAND_LABELS`), for the bands the validation window reached. */
export interface SideFactors {
  /** Scale of the distance below the median (p10 and lower levels). */
  lower: number[];
  /** Scale of the distance above the median (p90 and higher levels). */
  upper: number[];
  /** The class's over all its steps: for the bands the window did not reach. */
  whole: { lower: number; upper: number };
}

export interface CombinedCalibration {
  /** Factor per demand class over all its steps and both sides (1 = unchanged): the variances' scale, and the intervals' where no band has a factor. */
  factors: Record<string, number>;
  /** Factor per demand class and horizon band, both sides at once: what models stored before the per-side factors widen by (the band's own, else the class's). */
  bandFactors?: Record<string, number[]>;
  /** Factors per demand class, band and side (the band's own, else the class's side); absent on models stored before. */
  sideFactors?: Record<string, SideFactors>;
  /** p10–p90 coverage per class on the validation window, before and after (in-sample: optimistic). */
  coverageBefore: Record<string, number>;
  coverageAfter: Record<string, number>;
}

export interface CalibrationOptions {
  /** The narrowest factor (default MIN_FACTOR). */
  minFactor?: number;
}

/** What one validation point asks of each side (≤ 1: already inside), and of both at once. */
interface Need {
  lower: number;
  upper: number;
  both: number;
}

export function calibrateAroundMedian(points: readonly IntervalAroundMedian[], options: CalibrationOptions = {}): CombinedCalibration {
  const minFactor = options.minFactor ?? MIN_FACTOR;
  const needs = new Map<string, Need[][]>();
  for (const p of points) {
    const bands = needs.get(p.demandClass) ?? BAND_LABELS.map((): Need[] => []);
    needs.set(p.demandClass, bands);
    for (let t = 0; t < p.actual.length; t++) {
      const a = p.actual[t] as number;
      if (Number.isFinite(a)) bands[bandOfStep(t)]!.push(needOf(a, p.p10[t] as number, p.p50[t] as number, p.p90[t] as number));
    }
  }
  const result: CombinedCalibration = { factors: {}, bandFactors: {}, sideFactors: {}, coverageBefore: {}, coverageAfter: {} };
  for (const [cls, bands] of needs) {
    const all = bands.flat();
    const both = (list: readonly Need[]) => factorFor(list.map((n) => n.both), TARGET_COVERAGE, minFactor);
    const whole = sidesFor(all, minFactor) ?? { lower: 1, upper: 1 };
    // Bands up to the last one the window reached (a 4-week horizon has one).
    const reached = bands.reduce((last, list, b) => (list.length > 0 ? b + 1 : last), 0);
    const held = bands.slice(0, reached).map((list) => ({ list, sides: sidesFor(list, minFactor) ?? whole }));
    const sides: SideFactors = { lower: held.map((b) => b.sides.lower), upper: held.map((b) => b.sides.upper), whole };
    let covered = 0;
    for (const { list, sides: f } of held) covered += list.filter((n) => n.lower <= f.lower && n.upper <= f.upper).length;
    const classBoth = both(all) ?? 1;
    result.factors[cls] = classBoth;
    result.bandFactors![cls] = held.map(({ list }) => both(list) ?? classBoth);
    result.sideFactors![cls] = sides;
    result.coverageBefore[cls] = all.filter((n) => n.both <= 1).length / Math.max(1, all.length);
    result.coverageAfter[cls] = covered / Math.max(1, all.length);
  }
  return result;
}

/**
 * Both sides' factors for these points (null with too few to tell): the lower side's lets 10% of
 * them fall below p10; the upper side's lets the rest of the 20% p10–p90 may miss rise above p90.
 * Where p10 is 0 and sales are often zero, fewer than 10% can fall below whatever the factor (a
 * zero sits inside), so the upper side takes the misses the lower cannot: alone, each side at its
 * 10% left online retail weekly's intervals holding 85% of the peak.
 */
function sidesFor(list: readonly Need[], minFactor: number): { lower: number; upper: number } | null {
  const lower = factorFor(list.map((n) => n.lower), SIDE_TARGET, minFactor);
  if (lower === null) return null;
  const below = list.filter((n) => n.lower > lower).length / list.length;
  const upper = factorFor(list.map((n) => n.upper), Math.min(1, TARGET_COVERAGE + below), minFactor)!;
  return { lower, upper };
}

/** The factor that covers `target` of these needed factors, clamped; null with too few points to tell. */
function factorFor(list: readonly number[], target: number, minFactor: number): number | null {
  if (list.length < MIN_POINTS) return null;
  const sorted = [...list].sort((a, b) => a - b);
  return Math.min(MAX_FACTOR, Math.max(minFactor, sorted[Math.ceil(target * sorted.length) - 1]!));
}

function needOf(actual: number, p10: number, p50: number, p90: number): Need {
  const both = neededFactor(actual, p10, p50, p90);
  return { lower: actual < p50 ? both : 0, upper: actual > p50 ? both : 0, both };
}

/** The interval factors of a series of this class at this step (0-based): its band's, else (a band the window did not reach) its class's, else 1; both sides alike on models stored before. */
export function factorsAt(calibration: CombinedCalibration, demandClass: string, step: number): { lower: number; upper: number } {
  const sides = calibration.sideFactors?.[demandClass];
  const band = bandOfStep(step);
  const both = calibration.bandFactors?.[demandClass]?.[band] ?? calibration.factors[demandClass] ?? 1;
  if (!sides) return { lower: both, upper: both };
  return { lower: sides.lower[band] ?? sides.whole.lower, upper: sides.upper[band] ?? sides.whole.upper };
}

/**
 * Scales each quantile's distance from the median by its side's factor at the step, in place,
 * floored at 0 (`quantiles` in ascending level order, `median` among them). Each side moves away
 * from the median or towards it, so the levels stay ordered and the median stays where it is.
 */
export function scaleAroundMedian(quantiles: readonly Float64Array[], median: Float64Array, factors: (step: number) => { lower: number; upper: number }, steps = median.length): void {
  for (let t = 0; t < steps; t++) {
    const m = median[t] as number;
    const { lower, upper } = factors(t);
    for (const q of quantiles) {
      if (q === median) continue;
      const d = (q[t] as number) - m;
      q[t] = Math.max(0, m + (d < 0 ? lower : upper) * d);
    }
  }
}
