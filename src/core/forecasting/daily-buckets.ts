/**
 * Turns one series' daily units and availability into buckets. Out-of-stock days are lost
 * sales, not zero demand: a bucket partly out of stock is scaled up to its in-stock rate, and
 * one mostly out of stock is left missing (NaN) for the engine to interpolate. Days before the
 * series starts count as unobserved, so a first bucket that began mid-week is scaled the same way.
 */

import type { BucketGrid } from './bucket-grid';

/** Below this share of in-stock days a bucket says too little about demand: it is censored. */
export const MIN_AVAILABLE_SHARE = 0.25;

/** Dense per-day arrays over the whole history, reused from series to series. */
export class DailyScratch {
  readonly units: Float64Array;
  readonly promoUnits: Float64Array;
  /** Share of demand that could be served that day (0 = out of stock, 1 = in stock). */
  readonly available: Float64Array;

  constructor(
    readonly firstDay: number,
    readonly lastDay: number,
  ) {
    const length = lastDay - firstDay + 1;
    this.units = new Float64Array(length);
    this.promoUnits = new Float64Array(length);
    this.available = new Float64Array(length);
  }

  /** Zero units and mark every day in stock from `startDay` on. */
  reset(startDay: number): void {
    const from = startDay - this.firstDay;
    this.units.fill(0, from);
    this.promoUnits.fill(0, from);
    this.available.fill(1, from);
  }
}

export interface BucketedSeries {
  /** Oldest bucket first; NaN where censored. */
  values: Float64Array;
  /** Share of the bucket's units sold on promotion days. */
  promoShare: Float64Array;
  /** Share of the bucket's days in stock (and observed). */
  availability: Float64Array;
  censoredBuckets: number;
  scaledBuckets: number;
}

export function toBuckets(scratch: DailyScratch, startDay: number, grid: BucketGrid, integral: boolean): BucketedSeries {
  const n = grid.back(startDay) + 1;
  const values = new Float64Array(n);
  const promoShare = new Float64Array(n);
  const availability = new Float64Array(n);
  let censoredBuckets = 0;
  let scaledBuckets = 0;
  const offset = scratch.firstDay;
  for (let back = 0; back < n; back++) {
    const bucketStart = grid.startDay(back);
    const bucketDays = grid.endDay(back) - bucketStart + 1;
    const from = Math.max(bucketStart, startDay) - offset;
    const to = Math.min(grid.endDay(back), grid.lastDay) - offset;
    let units = 0;
    let promo = 0;
    let available = 0;
    for (let d = from; d <= to; d++) {
      units += scratch.units[d] as number;
      promo += scratch.promoUnits[d] as number;
      available += scratch.available[d] as number;
    }
    const i = n - 1 - back;
    const share = available / bucketDays;
    availability[i] = share;
    promoShare[i] = units > 0 ? promo / units : 0;
    if (share < MIN_AVAILABLE_SHARE || available <= 0) {
      values[i] = NaN;
      censoredBuckets++;
    } else if (share < 1 - 1e-9) {
      // Scaled counts stay whole so the engine keeps its count distributions.
      const scaled = Math.max(0, units) / share;
      values[i] = integral ? Math.round(scaled) : scaled;
      scaledBuckets++;
    } else {
      // Net returns are not negative demand.
      values[i] = Math.max(0, units);
    }
  }
  return { values, promoShare, availability, censoredBuckets, scaledBuckets };
}
