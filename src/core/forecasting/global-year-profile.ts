/**
 * A yearly profile pooled across series, for histories of one to two years where the engine
 * cannot fit a yearly season: the shop's total in the same bucket a year before each step, over
 * its total in the LEVEL_BUCKETS before those weeks a year ago, times the series' own level (its
 * mean over its last LEVEL_BUCKETS, with half of its own growth over the year beside the shop's).
 * The shape of last year's peak, at this year's level. The
 * shop's shape is pooled from the series that reach a year back; a younger series (a SKU launched
 * since) gets it too, from its own level, as it has not lived through last year's peak itself;
 * one younger than the level window from its sales beside the shop's over the buckets it has lived.
 * A series that has gets the shop's rise scaled by what its own last year showed (season-lift.ts).
 */

import { LiftSpread, ownLift, riseMultiple, type OwnLift } from './season-lift';
import type { Frequency } from './types';

/**
 * How much of a series' own growth over the shop's the profile keeps (a power: 0.5 keeps half, on
 * a log scale). Measured with `bench:forecast bias --sets peak,launches,fall` (WRMSSE): keeping all
 * of it (as before) 0.717 / 0.730 / 0.627; half 0.700 / 0.714 / 0.611; none 0.710 / 0.719 / 0.623.
 * Damping toward no growth at all instead of the shop's pace lowered every forecast by the shop's
 * growth (fall: 0.665 at half, 0.736 at none).
 */
const GROWTH_DAMPING = 0.5;
/** Most a series' growth may differ from the shop's, either way, before it is damped: one SKU's launch ramp is no trend. */
const MAX_GROWTH_RATIO = 4;

/** Buckets that set a level: eight weeks of days or weeks, half a year of months. */
const LEVEL_BUCKETS: Record<Frequency, number> = { day: 56, week: 8, month: 6 };
/** Buckets in a year; a day's year is 52 whole weeks, so last year's same day is the same weekday. */
const YEAR_BUCKETS: Record<Frequency, number> = { day: 364, week: 52, month: 12 };
/**
 * How far apart the buckets a daily shape is smoothed over lie: its weekday a week either side. Weeks
 * and months are their own: smoothing weeks 1-2-1 cost every store-item weekly set (peak 0.717 →
 * 0.728, launches 0.775 → 0.785, fall 0.627 → 0.646 WRMSSE, fall's coverage 76.5% → 75.8%).
 */
const SMOOTH_STEP: Record<Frequency, number> = { day: 7, week: 0, month: 0 };

/** Buckets a series needs to add to the pooled shape: a year plus the level window before it. */
export function profileHistory(frequency: Frequency): number {
  return YEAR_BUCKETS[frequency] + LEVEL_BUCKETS[frequency];
}

/**
 * Per series (all ending on the same bucket), the profile's forecast of the next `horizon` buckets,
 * NaN beyond a year ahead; null for an empty series, and all null when fewer
 * than `minSeries` series reach back `profileHistory` or the pooled level a year ago is zero.
 */
export function yearProfileForecasts(series: readonly ArrayLike<number>[], frequency: Frequency, horizon: number, minSeries: number): (Float64Array | null)[] {
  const pool = new YearProfilePool(frequency, horizon, minSeries);
  for (const s of series) pool.add(s);
  return series.map((s) => pool.forecast(s));
}

/**
 * yearProfileForecasts one series at a time, for a run that streams its series: every series is
 * added in a first pass (the pooled totals, summed in the same order), then each one's forecast
 * is asked for as it comes again. The figures are exactly yearProfileForecasts'.
 */
export class YearProfilePool {
  private readonly totals: Float64Array;
  private readonly need: number;
  private pooled = 0;
  private shapeCache: Float64Array | null | undefined;
  private readonly spread = new LiftSpread();
  private shopLiftCache: number | undefined;
  private shopGrowthCache: number | null | undefined;

  constructor(
    private readonly frequency: Frequency,
    private readonly horizon: number,
    private readonly minSeries: number,
  ) {
    this.need = profileHistory(frequency);
    // totals[j]: the pooled series' total j buckets before the last one.
    this.totals = new Float64Array(this.need);
  }

  add(s: ArrayLike<number>): void {
    const { totals, need } = this;
    if (s.length < need) return;
    this.pooled++;
    for (let j = 0; j < need; j++) {
      const v = s[s.length - 1 - j] as number;
      if (Number.isFinite(v)) totals[j]! += v;
    }
    const own = this.ownLiftOf(s);
    if (own) this.spread.add(own);
  }

  /** The profile's forecast of the next `horizon` buckets (NaN beyond a year), or null (see yearProfileForecasts). Call after every add. */
  forecast(s: ArrayLike<number>): Float64Array | null {
    const shape = this.shape();
    if (!shape || s.length === 0) return null;
    const own = this.ownLevel(s) * this.growthDamping(s);
    const multiple = s.length >= this.need ? riseMultiple(this.ownLiftOf(s), this.shopLift(shape), this.spread.between()) : 1;
    return multiple === 1 ? shape.map((r) => own * r) : shape.map((r) => own * (1 + (r - 1) * multiple));
  }

  /**
   * The series' mean over its level window. A series younger than the window has sold only in the
   * shop's last buckets: its mean there, over the shop's mean there against the whole window's,
   * reads as its level over the window (a SKU launched in a week the shop sold double is not a
   * double seller; daily, the weekdays it has lived through count as the shop's do).
   */
  private ownLevel(s: ArrayLike<number>): number {
    const level = LEVEL_BUCKETS[this.frequency];
    const lived = Math.min(level, s.length);
    let own = 0;
    for (let t = s.length - lived; t < s.length; t++) own += Number.isFinite(s[t] as number) ? (s[t] as number) : 0;
    if (lived === level) return own / level;
    let shop = 0;
    let shopWindow = 0;
    for (let j = 0; j < level; j++) {
      if (j < lived) shop += this.totals[j]!;
      shopWindow += this.totals[j]!;
    }
    return shop > 0 ? (own / shop) * (shopWindow / level) : own / lived;
  }

  /**
   * What the series' level is multiplied by so that its own growth over the year counts half: its
   * level becomes the geometric mean of this year's and of last year's same weeks grown at the
   * shop's pace (a series of `need` buckets or more; 1 otherwise). Growth read off two level windows
   * of one series is half noise, and the profile multiplies it by last year's lift.
   */
  private growthDamping(s: ArrayLike<number>): number {
    if (s.length < this.need) return 1;
    const own = levelGrowth((j) => s[s.length - 1 - j] as number, LEVEL_BUCKETS[this.frequency], YEAR_BUCKETS[this.frequency]);
    const shop = this.shopGrowth();
    if (own === null || shop === null) return 1;
    return Math.min(MAX_GROWTH_RATIO, Math.max(1 / MAX_GROWTH_RATIO, shop / own)) ** GROWTH_DAMPING;
  }

  /** The shop's growth over the year: its level window over the same buckets a year before (null when either sold nothing). */
  private shopGrowth(): number | null {
    if (this.shopGrowthCache === undefined) this.shopGrowthCache = levelGrowth((j) => this.totals[j]!, LEVEL_BUCKETS[this.frequency], YEAR_BUCKETS[this.frequency]);
    return this.shopGrowthCache;
  }

  /** The series' own lift a year before the horizon, over the same buckets as the shop's (a series of `need` buckets or more). */
  private ownLiftOf(s: ArrayLike<number>): OwnLift | null {
    const year = YEAR_BUCKETS[this.frequency];
    const n = s.length;
    const at = (t: number) => (Number.isFinite(s[t] as number) ? (s[t] as number) : 0);
    const yearAgo = Array.from({ length: Math.min(this.horizon, year) }, (_, h) => at(n - year + h));
    const before = Array.from({ length: this.need - year }, (_, k) => at(n - this.need + k));
    return ownLift(yearAgo, before);
  }

  /** The shop's lift over the horizon's buckets a year ago: the mean of its shape there. */
  private shopLift(shape: Float64Array): number {
    if (this.shopLiftCache === undefined) {
      const steps = shape.filter((r) => Number.isFinite(r));
      this.shopLiftCache = steps.length > 0 ? steps.reduce((a, b) => a + b, 0) / steps.length : 1;
    }
    return this.shopLiftCache;
  }

  private shape(): Float64Array | null {
    if (this.shapeCache !== undefined) return this.shapeCache;
    const { totals, need } = this;
    const year = YEAR_BUCKETS[this.frequency];
    const level = LEVEL_BUCKETS[this.frequency];
    if (this.pooled < this.minSeries) return (this.shapeCache = null);
    let before = 0;
    for (let j = year; j < need; j++) before += totals[j]! / level;
    if (!(before > 0)) return (this.shapeCache = null);
    return (this.shapeCache = Float64Array.from({ length: this.horizon }, (_, h) => (h < year ? this.smoothedTotal(year - 1 - h) / before : NaN)));
  }

  /**
   * The shop's total `j` buckets back, 1-2-1 with the buckets SMOOTH_STEP either side (itself at
   * the window's edge): one day's big wholesale order is no season, and it would show in every SKU.
   */
  private smoothedTotal(j: number): number {
    const { totals } = this;
    const d = SMOOTH_STEP[this.frequency];
    if (d === 0) return totals[j]!;
    const newer = j - d >= 0 ? totals[j - d]! : totals[j]!;
    const older = j + d < totals.length ? totals[j + d]! : totals[j]!;
    return (newer + 2 * totals[j]! + older) / 4;
  }
}

/**
 * Growth over a year of a series given newest first (`at(j)`, j buckets before its last): its last
 * `level` buckets over the same buckets a year before. Null when either window sold nothing.
 */
function levelGrowth(at: (j: number) => number, level: number, year: number): number | null {
  let now = 0;
  let then = 0;
  for (let j = 0; j < level; j++) {
    const recent = at(j);
    const yearAgo = at(year + j);
    if (Number.isFinite(recent)) now += recent;
    if (Number.isFinite(yearAgo)) then += yearAgo;
  }
  return now > 0 && then > 0 ? now / then : null;
}
