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
  const pool = new PooledSeasons(products, frequency, horizon, minBuckets);
  for (const s of series) pool.add(s);
  for (const s of short) {
    const index = pool.indexFor(s);
    if (index) out.set(s, index);
  }
  return out;
}

/**
 * The same pooled seasons built one series at a time (a streamed run adds every series in a first
 * pass, then asks for each short one's index as it comes again): the sums are added in the same
 * order, so the indices are exactly pooledSeasonalIndices'.
 */
export class PooledSeasons {
  private readonly year: number;
  private readonly byGroup = new Map<string, { sums: Float64Array; siblings: number }>();
  private readonly profiles = new Map<string, Float64Array | null>();

  constructor(
    private readonly products: ReadonlyMap<number, Pick<ProductInfo, 'category' | 'brand'>>,
    private readonly frequency: Frequency,
    private readonly horizon: number,
    private readonly minBuckets: number,
  ) {
    this.year = YEAR_BUCKETS[frequency];
  }

  add(s: SeriesLike): void {
    if (this.frequency === 'day') return;
    const { year } = this;
    const years = Math.floor(s.values.length / year);
    if (years < 1) return;
    const product = this.products.get(s.productId);
    for (const group of groupsOf(product)) {
      let acc = this.byGroup.get(group);
      if (!acc) this.byGroup.set(group, (acc = { sums: new Float64Array(year), siblings: 0 }));
      acc.siblings++;
      const n = s.values.length;
      // Bucket `back` buckets before the last one sits at year position (−back) mod year.
      for (let back = 0; back < years * year; back++) {
        const phase = (year - (back % year)) % year;
        acc.sums[phase] = (acc.sums[phase] as number) + Math.max(0, s.values[n - 1 - back] as number);
      }
    }
  }

  /** The pooled index of a short series (under a year, at least minBuckets), or null when it gets none. Call after every add. */
  indexFor(s: SeriesLike): Float64Array | null {
    const { year } = this;
    if (this.frequency === 'day' || s.values.length >= year || s.values.length < this.minBuckets) return null;
    const profile = groupsOf(this.products.get(s.productId)).map((g) => this.profileOf(g)).find((p) => p !== null);
    if (!profile) return null;
    const n = s.values.length;
    return indexFromProfile(profile, (((1 - n) % year) + year) % year, n, this.horizon);
  }

  private profileOf(group: string): Float64Array | null {
    if (!this.profiles.has(group)) this.profiles.set(group, clearProfile(this.byGroup.get(group)));
    return this.profiles.get(group) ?? null;
  }
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
