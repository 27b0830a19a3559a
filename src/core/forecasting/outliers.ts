/**
 * Caps demand spikes before forecasting. A bucket is capped only when it is high both against
 * the SKU's usual non-zero sizes (median + k·MAD: catches bulk orders in intermittent demand)
 * and against its neighbours (a Hampel window: keeps genuine seasonal peaks, which sit among
 * other high buckets). Promotion buckets are judged only against other promotion buckets.
 */

import { median } from './stats';
import type { Frequency } from './types';

/** MADs above the median a value may reach before it is capped. */
const K = 5;
/** Below this many values a distribution is too thin to call anything an outlier. */
const MIN_REGULAR_POINTS = 8;
const MIN_PROMO_POINTS = 4;
/** A bucket with at least this share of its units sold on promotion is a promotion bucket. */
export const PROMO_BUCKET_SHARE = 0.5;
const HALF_WINDOW: Record<Frequency, number> = { day: 14, week: 4, month: 2 };

/** Caps `values` in place (NaN = censored, left alone); returns how many buckets were capped. */
export function capOutliers(values: Float64Array, promoShare: Float64Array, frequency: Frequency): number {
  const scratch = scratchFor(values.length);
  const { regular, promo } = scratch;
  let regularCount = 0;
  let promoCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v > 0)) continue;
    if ((promoShare[i] as number) >= PROMO_BUCKET_SHARE) promo[promoCount++] = v;
    else regular[regularCount++] = v;
  }
  const regularCap = regularCount >= MIN_REGULAR_POINTS ? capOf(regular, regularCount, scratch.deviations) : Infinity;
  const promoCap = promoCount >= MIN_PROMO_POINTS ? capOf(promo, promoCount, scratch.deviations) : Infinity;
  const half = HALF_WINDOW[frequency];
  let capped = 0;
  const window: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const isPromo = (promoShare[i] as number) >= PROMO_BUCKET_SHARE;
    const globalCap = isPromo ? promoCap : regularCap;
    if (!(v > globalCap)) continue;
    // Only the rare values above the global cap pay for a local median.
    // The 2·half nearest neighbours, shifted inwards at either end of the series.
    window.length = 0;
    const from = Math.max(0, Math.min(i - half, values.length - 1 - 2 * half));
    for (let j = from; j <= Math.min(values.length - 1, from + 2 * half); j++) {
      const w = values[j] as number;
      if (j !== i && Number.isFinite(w)) window.push(w);
    }
    const localCap = window.length >= half ? robustCap(window) : Infinity;
    const cap = Math.max(globalCap, localCap);
    if (v > cap) {
      values[i] = cap;
      capped++;
    }
  }
  return capped;
}

/** median + K · scale, the scale floored at the Poisson spread √median and at one unit. */
export function robustCap(sample: number[]): number {
  const med = median(sample);
  const deviations = sample.map((x) => Math.abs(x - med));
  const scale = Math.max(1.4826 * median(deviations), Math.sqrt(Math.max(med, 0)), 1);
  return med + K * scale;
}

/**
 * robustCap of `sample` [0, n) — positive values, no NaN — the same double: the median taken as
 * stats.median takes it, after a typed-array sort (numeric, no comparator calls) in place. Every
 * series of a run passes here (twice in a streamed run), where sorting plain arrays cost ~30% of
 * reading the history.
 */
function capOf(sample: Float64Array, n: number, deviations: Float64Array): number {
  const sorted = sample.subarray(0, n).sort();
  const med = sortedMedian(sorted);
  for (let k = 0; k < n; k++) deviations[k] = Math.abs((sorted[k] as number) - med);
  const scale = Math.max(1.4826 * sortedMedian(deviations.subarray(0, n).sort()), Math.sqrt(Math.max(med, 0)), 1);
  return med + K * scale;
}

/** stats.quantileOf(·, 0.5) of a sorted sample. */
function sortedMedian(sorted: Float64Array): number {
  const at = 0.5 * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

interface Scratch {
  regular: Float64Array;
  promo: Float64Array;
  deviations: Float64Array;
}

let shared: Scratch = { regular: new Float64Array(0), promo: new Float64Array(0), deviations: new Float64Array(0) };

/** Buffers for `length` values, kept between calls (capOutliers is synchronous: no two share them). */
function scratchFor(length: number): Scratch {
  if (shared.regular.length < length) {
    const size = Math.max(length, 2 * shared.regular.length);
    shared = { regular: new Float64Array(size), promo: new Float64Array(size), deviations: new Float64Array(size) };
  }
  return shared;
}
