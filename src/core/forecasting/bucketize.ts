import { addMonths, monthIndexOfDay } from '../ground/calendar';

export type Frequency = 'day' | 'week' | 'month';

export const SEASON_LENGTH: Record<Frequency, number> = { day: 7, week: 52, month: 12 };

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
  /** Day numbers of the H buckets after the file's last date. */
  futureDays(horizon: number): number[];
}

/** How many buckets before the last one a day falls in (0 = the bucket ending on `lastDay`). */
export function bucketsBack(lastDay: number, frequency: Frequency): (day: number) => number {
  if (frequency === 'day') return (day) => lastDay - day;
  if (frequency === 'week') return (day) => Math.floor((lastDay - day) / 7);
  const lastMonth = monthIndexOfDay(lastDay);
  return (day) => lastMonth - monthIndexOfDay(day);
}

/**
 * Sum daily (or already bucketed) rows into buckets that end on the file's last
 * date and step back by the frequency: a week bucket covers the 7 days up to and
 * including its date, so weekly rows keep their own dates and daily rows make
 * whole weeks. A bucket with no row is zero demand.
 */
export function bucketize(rows: DemandColumns, frequency: Frequency): BucketedSeries {
  const lastDay = rows.lastDay;
  const bucketOf = bucketsBack(lastDay, frequency);

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
