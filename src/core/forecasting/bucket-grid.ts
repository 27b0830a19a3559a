/**
 * Bucket geometry of a run. Buckets end on the last day of history and step back by the
 * frequency (as the file-based forecast does): a week bucket covers the 7 days up to and
 * including its date. Month buckets are calendar months, dated by their last day.
 * Index 0 is the bucket that contains the last day; larger indexes are older.
 */

import { monthIndexOfDay, monthStartDay } from '../ground/calendar';
import type { Frequency } from './types';

export interface BucketGrid {
  readonly frequency: Frequency;
  /** Day number of the last day of history. */
  readonly lastDay: number;
  /** How many buckets back `day` lies (0 = the last bucket). */
  back(day: number): number;
  /** First and last day of the bucket `back` buckets before the last one. */
  startDay(back: number): number;
  endDay(back: number): number;
  /** End day of the k-th future bucket (k = 1 … horizon). */
  futureEndDay(k: number): number;
}

/** Days per bucket, for converting rates between frequencies. */
export const MEAN_BUCKET_DAYS: Record<Frequency, number> = { day: 1, week: 7, month: 365.25 / 12 };

/** 26 weeks in the frequency's buckets. */
export const DEFAULT_HORIZON: Record<Frequency, number> = { day: 182, week: 26, month: 6 };

export function bucketGrid(frequency: Frequency, lastDay: number): BucketGrid {
  if (frequency === 'day') {
    return {
      frequency,
      lastDay,
      back: (day) => lastDay - day,
      startDay: (back) => lastDay - back,
      endDay: (back) => lastDay - back,
      futureEndDay: (k) => lastDay + k,
    };
  }
  if (frequency === 'week') {
    return {
      frequency,
      lastDay,
      back: (day) => Math.floor((lastDay - day) / 7),
      startDay: (back) => lastDay - 7 * back - 6,
      endDay: (back) => lastDay - 7 * back,
      futureEndDay: (k) => lastDay + 7 * k,
    };
  }
  const lastMonth = monthIndexOfDay(lastDay);
  return {
    frequency,
    lastDay,
    back: (day) => lastMonth - monthIndexOfDay(day),
    startDay: (back) => monthStartDay(lastMonth - back),
    endDay: (back) => monthStartDay(lastMonth - back + 1) - 1,
    futureEndDay: (k) => monthStartDay(lastMonth + k + 1) - 1,
  };
}

/** A lead time in days as a (fractional) number of buckets. */
export function daysToBuckets(days: number, frequency: Frequency): number {
  return days / MEAN_BUCKET_DAYS[frequency];
}
