import { addMonths } from '../ground/calendar';
import { bucketGrid } from './bucket-grid';
import type { Frequency } from './types';


/** Demand rows in columns (SKU index, day number, quantity), as the CSV reader hands them over. */
export interface DemandColumns {
  skus: readonly string[];
  sku: Int32Array;
  day: Int32Array;
  qty: Float64Array;
  length: number;
  /** The newest date: forecasts start the bucket after it. */
  lastDay: number;
}

export interface BucketedSeries {
  /** One series per SKU, in the order of `rows.skus`, from the SKU's first bucket to the last one. */
  series: Float64Array[];
  /**
   * Day numbers of the H buckets after the file's last date; months step to the same day of the
   * month (the CSV contract's dates), where a run's grid dates a month by its last day.
   */
  futureDays(horizon: number): number[];
}

/**
 * Sum daily (or already bucketed) rows into buckets that end on the file's last
 * date and step back by the frequency: a week bucket covers the 7 days up to and
 * including its date, so weekly rows keep their own dates and daily rows make
 * whole weeks. A bucket with no row is zero demand.
 */
export function bucketize(rows: DemandColumns, frequency: Frequency): BucketedSeries {
  const lastDay = rows.lastDay;
  // The same buckets as a workspace run's grid; only the future dates differ (see futureDays).
  const bucketOf = bucketGrid(frequency, lastDay).back;

  // Buckets are counted backwards from the end; find each SKU's oldest one first.
  const oldest = new Int32Array(rows.skus.length).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const sku = rows.sku[i]!;
    const back = bucketOf(rows.day[i]!);
    if (back > oldest[sku]!) oldest[sku] = back;
  }
  const series = Array.from(oldest, (back) => new Float64Array(back + 1));
  for (let i = 0; i < rows.length; i++) {
    const sku = rows.sku[i]!;
    const values = series[sku]!;
    values[values.length - 1 - bucketOf(rows.day[i]!)]! += rows.qty[i]!;
  }

  const step = (k: number) =>
    frequency === 'day' ? lastDay + k : frequency === 'week' ? lastDay + 7 * k : addMonths(lastDay, k);
  return { series, futureDays: (horizon) => Array.from({ length: horizon }, (_, k) => step(k + 1)) };
}
