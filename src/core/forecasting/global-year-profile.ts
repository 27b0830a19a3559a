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
  const year = YEAR_BUCKETS[frequency];
  const level = LEVEL_BUCKETS[frequency];
  const none = series.map(() => null);
  if (year === undefined || level === undefined) return none;
  const need = year + level;
  const pooled = series.filter((s) => s.length >= need);
  if (pooled.length < minSeries) return none;
  // totals[j]: the pooled series' total j buckets before the last one.
  const totals = new Float64Array(need);
  for (const s of pooled) {
    for (let j = 0; j < need; j++) {
      const v = s[s.length - 1 - j] as number;
      if (Number.isFinite(v)) totals[j]! += v;
    }
  }
  let before = 0;
  for (let j = year; j < need; j++) before += totals[j]! / level;
  if (!(before > 0)) return none;
  const shape = Float64Array.from({ length: horizon }, (_, h) => (h < year ? totals[year - 1 - h]! / before : NaN));
  return series.map((s) => {
    if (s.length < need) return null;
    let sum = 0;
    for (let t = s.length - level; t < s.length; t++) sum += Number.isFinite(s[t] as number) ? (s[t] as number) : 0;
    const own = sum / level;
    return shape.map((r) => own * r);
  });
}
