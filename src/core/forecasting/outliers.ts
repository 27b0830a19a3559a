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
  const regular: number[] = [];
  const promo: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v > 0)) continue;
    if ((promoShare[i] as number) >= PROMO_BUCKET_SHARE) promo.push(v);
    else regular.push(v);
  }
  const regularCap = regular.length >= MIN_REGULAR_POINTS ? robustCap(regular) : Infinity;
  const promoCap = promo.length >= MIN_PROMO_POINTS ? robustCap(promo) : Infinity;
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
