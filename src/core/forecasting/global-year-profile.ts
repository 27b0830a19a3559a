/**
 * A yearly profile pooled across series, for histories of one to two years where the engine
 * cannot fit a yearly season: the shop's total in the same bucket a year before each step, over
 * its total in the LEVEL_BUCKETS before those weeks a year ago, times the series' own level (its
 * mean over its last LEVEL_BUCKETS). The shape of last year's peak, at this year's level.
 */

import type { Frequency } from './types';

/** Buckets that set a level: two months of weeks, half a year of months. */
const LEVEL_BUCKETS: Partial<Record<Frequency, number>> = { week: 8, month: 6 };
/** Buckets in a year, for the frequencies that get a profile (daily series see last year inside the global model). */
const YEAR_BUCKETS: Partial<Record<Frequency, number>> = { week: 52, month: 12 };

/** Buckets a series needs for a profile: a year plus the level window before it. */
export function profileHistory(frequency: Frequency): number | null {
  const year = YEAR_BUCKETS[frequency];
  const level = LEVEL_BUCKETS[frequency];
  return year === undefined || level === undefined ? null : year + level;
}

/**
 * Per series (all ending on the same bucket), the profile's forecast of the next `horizon` buckets,
 * NaN beyond a year ahead; null for a series shorter than `profileHistory`, and all null when fewer
 * than `minSeries` series reach back that far or the pooled level a year ago is zero.
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
  private readonly totals: Float64Array | null;
  private readonly need: number;
  private pooled = 0;
  private shapeCache: Float64Array | null | undefined;

  constructor(
    private readonly frequency: Frequency,
    private readonly horizon: number,
    private readonly minSeries: number,
  ) {
    const year = YEAR_BUCKETS[frequency];
    const level = LEVEL_BUCKETS[frequency];
    this.need = year === undefined || level === undefined ? Infinity : year + level;
    // totals[j]: the pooled series' total j buckets before the last one.
    this.totals = Number.isFinite(this.need) ? new Float64Array(this.need) : null;
  }

  add(s: ArrayLike<number>): void {
    const { totals, need } = this;
    if (!totals || s.length < need) return;
    this.pooled++;
    for (let j = 0; j < need; j++) {
      const v = s[s.length - 1 - j] as number;
      if (Number.isFinite(v)) totals[j]! += v;
    }
  }

  /** The profile's forecast of the next `horizon` buckets (NaN beyond a year), or null (see yearProfileForecasts). Call after every add. */
  forecast(s: ArrayLike<number>): Float64Array | null {
    const shape = this.shape();
    if (!shape || s.length < this.need) return null;
    const level = LEVEL_BUCKETS[this.frequency]!;
    let sum = 0;
    for (let t = s.length - level; t < s.length; t++) sum += Number.isFinite(s[t] as number) ? (s[t] as number) : 0;
    const own = sum / level;
    return shape.map((r) => own * r);
  }

  private shape(): Float64Array | null {
    if (this.shapeCache !== undefined) return this.shapeCache;
    const { totals, need } = this;
    const year = YEAR_BUCKETS[this.frequency];
    const level = LEVEL_BUCKETS[this.frequency];
    if (!totals || year === undefined || level === undefined || this.pooled < this.minSeries) return (this.shapeCache = null);
    let before = 0;
    for (let j = year; j < need; j++) before += totals[j]! / level;
    if (!(before > 0)) return (this.shapeCache = null);
    return (this.shapeCache = Float64Array.from({ length: this.horizon }, (_, h) => (h < year ? totals[year - 1 - h]! / before : NaN)));
  }
}
