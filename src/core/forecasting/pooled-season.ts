/**
 * The year's season of a category (else a brand), pooled from its SKUs with a year or more of
 * history, for SKUs whose own history is too short to show it: a down jacket launched in November
 * learns from last year's coats that demand falls in spring.
 */

import { indexFromProfile } from '../forecast/short-history';
import type { ProductInfo } from './products';
import type { Frequency } from './types';

/** Buckets in a year; the daily year is not pooled (364 noisy phases), only its length is used. */
export const YEAR_BUCKETS: Record<Frequency, number> = { day: 364, week: 52, month: 12 };
/** Fewest siblings with a full year before their season is trusted. */
const MIN_SIBLINGS = 3;
/** The profile's spread across the year must exceed this many times what counting noise alone would give. */
const SIGNAL_OVER_NOISE = 4;

interface SeriesLike {
  productId: number;
  values: Float64Array;
}

/**
 * Seasonal indices (history + horizon) per series that has less than a year of history and a
 * category or brand whose pooled season is clear; other series are absent from the map.
 */
export function pooledSeasonalIndices(
  series: readonly SeriesLike[],
  products: ReadonlyMap<number, Pick<ProductInfo, 'category' | 'brand'>>,
  frequency: Frequency,
  horizon: number,
  minBuckets: number,
): Map<SeriesLike, Float64Array> {
  const out = new Map<SeriesLike, Float64Array>();
  if (frequency === 'day') return out;
  const year = YEAR_BUCKETS[frequency];
  const short = series.filter((s) => s.values.length < year && s.values.length >= minBuckets);
  if (short.length === 0) return out;
  const byGroup = new Map<string, { sums: Float64Array; siblings: number }>();
  for (const s of series) {
    const years = Math.floor(s.values.length / year);
    if (years < 1) continue;
    const product = products.get(s.productId);
    for (const group of groupsOf(product)) {
      let acc = byGroup.get(group);
      if (!acc) byGroup.set(group, (acc = { sums: new Float64Array(year), siblings: 0 }));
      acc.siblings++;
      const n = s.values.length;
      // Bucket `back` buckets before the last one sits at year position (−back) mod year.
      for (let back = 0; back < years * year; back++) {
        const phase = (year - (back % year)) % year;
        acc.sums[phase] = (acc.sums[phase] as number) + Math.max(0, s.values[n - 1 - back] as number);
      }
    }
  }
  const profiles = new Map<string, Float64Array | null>();
  const profileOf = (group: string) => {
    if (!profiles.has(group)) profiles.set(group, clearProfile(byGroup.get(group)));
    return profiles.get(group) ?? null;
  };
  for (const s of short) {
    const product = products.get(s.productId);
    const profile = groupsOf(product).map(profileOf).find((p) => p !== null);
    if (!profile) continue;
    const n = s.values.length;
    out.set(s, indexFromProfile(profile, (((1 - n) % year) + year) % year, n, horizon));
  }
  return out;
}

function groupsOf(product: Pick<ProductInfo, 'category' | 'brand'> | undefined): string[] {
  const groups: string[] = [];
  if (product?.category) groups.push(`category:${product.category}`);
  if (product?.brand) groups.push(`brand:${product.brand}`);
  return groups;
}

/** The pooled sums as indices of mean 1, lightly smoothed, or null when too few siblings or no clear season. */
function clearProfile(acc: { sums: Float64Array; siblings: number } | undefined): Float64Array | null {
  if (!acc || acc.siblings < MIN_SIBLINGS) return null;
  const m = acc.sums.length;
  const total = acc.sums.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  const smoothed = new Float64Array(m);
  for (let p = 0; p < m; p++) smoothed[p] = ((acc.sums[(p - 1 + m) % m] as number) + 2 * (acc.sums[p] as number) + (acc.sums[(p + 1) % m] as number)) / 4;
  const mean = total / m;
  let spread = 0;
  for (let p = 0; p < m; p++) {
    smoothed[p] = (smoothed[p] as number) / mean;
    spread += ((smoothed[p] as number) - 1) ** 2;
  }
  // Counting noise alone gives each index a variance of about m / total (Poisson sums).
  const noise = m / total;
  return spread / m > SIGNAL_OVER_NOISE * noise ? smoothed : null;
}
