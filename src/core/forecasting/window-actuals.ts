import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { bucketGrid } from './bucket-grid';
import { streamHistory } from './history';
import { readLaunchDays, type LaunchFacts } from './products';
import type { RunInfo } from './runs';

/**
 * What sold in a run's scored buckets, cleaned like the history (NaN = out of stock), packed: one
 * row of `dates.length` values per series with sales rows in the window. Scoring 100,000 series
 * reads them in order beside the run's values; a map of dates per series cost more than the reads.
 */
export interface WindowActuals {
  /** The scored buckets' end dates, oldest first: the run's bucket k is slot k − 1. */
  dates: string[];
  /** The series with rows in the window, in (product, location) order: productId, locationId pairs. */
  keys: number[];
  /** `dates.length` values per series of `keys`; a bucket before the series starts is 0 (no demand). */
  values: Float64Array;
}

/** The run's buckets from `from` (the day after its history) to `to` (a bucket's last day). */
export function readWindowActuals(
  db: Database.Database,
  run: Pick<RunInfo, 'frequency' | 'locations' | 'historyTo'>,
  from: string,
  to: string,
  products: ReadonlyMap<number, LaunchFacts> = readLaunchDays(db),
): WindowActuals {
  const grid = bucketGrid(run.frequency, dayFromIso(run.historyTo));
  const toDay = dayFromIso(to);
  const dates: string[] = [];
  const slotOfDay = new Map<number, number>();
  for (let k = 1; grid.futureEndDay(k) <= toDay; k++) {
    slotOfDay.set(grid.futureEndDay(k), k - 1);
    dates.push(isoFromDay(grid.futureEndDay(k)));
  }
  const width = dates.length;
  const history = streamHistory(db, products, { frequency: run.frequency, locations: run.locations, asOf: to, from });
  const keys: number[] = [];
  let values = new Float64Array(Math.max(1, width) * 1024);
  let series = 0;
  for (const s of history.series) {
    if ((series + 1) * width > values.length) {
      const grown = new Float64Array(values.length * 2);
      grown.set(values);
      values = grown;
    }
    const n = s.values.length;
    for (let i = 0; i < n; i++) {
      const slot = slotOfDay.get(history.grid.endDay(n - 1 - i));
      if (slot !== undefined) values[series * width + slot] = s.values[i] as number;
    }
    keys.push(s.productId, s.locationId);
    series++;
  }
  return { dates, keys, values: values.subarray(0, series * width) };
}
