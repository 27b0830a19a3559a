/**
 * Daily sales per SKU-location for a history read: from the series store when it is complete
 * (one BLOB per series, db/sales-series), else straight from sales_daily. Both give the same
 * rows in the same order, so a run's buckets do not depend on which one answered.
 */

import type Database from 'better-sqlite3';
import { dayFromIso } from '../ground/calendar';
import { scanDailySales } from '../db/sales-series/scan-sales';
import { FROM_THE_START, readStoredSeries, salesSeriesComplete } from '../db/sales-series/store';
import type { DailyRecords } from '../db/sales-series/records';

export { PROMO_FLAG, STOCKOUT_FLAG, type DailyRecords } from '../db/sales-series/records';

export interface SalesRange {
  /** Inclusive ISO dates; `from` may be omitted. */
  from?: string;
  to: string;
}

/**
 * Yields each SKU-location with a row in the range, in (product, location) order, its rows in
 * day order. The arrays are reused: copy what you keep.
 */
export function readDailySales(db: Database.Database, range: SalesRange): Generator<DailyRecords> {
  if (!salesSeriesComplete(db)) return scanDailySales(db, range);
  return readStoredSeries(db, { fromDay: range.from === undefined ? FROM_THE_START : dayFromIso(range.from), toDay: dayFromIso(range.to) });
}
