/**
 * The revenue kept beside the series store (migration 019; revenue-codec.ts): filled once for a
 * store built before it, and read with the rows for a run's prices.
 */

import type Database from 'better-sqlite3';
import { decodeSeries } from './codec';
import { allocateRecords, type DailyRecords } from './records';
import { decodeRevenue, encodeRevenue } from './revenue-codec';
import { parseDecimal } from './scan-sales';
import { deleteMetaValue, metaValue } from '../meta';
import { productRanges } from '../product-ranges';
import { REVENUE_STATE_KEY, salesSeriesComplete, type DayRange } from './store';

const FILL_PRODUCTS = 256;

/** Some stored series have no revenue yet (a store built before migration 019). */
export function salesRevenuePending(db: Database.Database): boolean {
  return metaValue(db, REVENUE_STATE_KEY) !== undefined;
}

/**
 * Gives every stored series without revenue its rows' revenue from sales_daily, in one
 * transaction, once per workspace (a job's history step calls it after ensureSalesSeries).
 * `onProgress` gets how many products are done. A series whose row count no longer matches
 * sales_daily is left without: its readers keep reading sales_daily.
 */
export function fillSalesRevenue(db: Database.Database, onProgress?: (done: number) => void): boolean {
  if (!salesRevenuePending(db) || !salesSeriesComplete(db)) return false;
  db.transaction(() => {
    // group_concat follows the primary key: each series' rows in day order, as they are stored.
    const read = db
      .prepare(`SELECT product_id, location_id, count(*), group_concat(revenue, ' ') FROM sales_daily WHERE product_id BETWEEN ? AND ? GROUP BY product_id, location_id`)
      .raw(true);
    const update = db.prepare('UPDATE sales_series SET revenue = ? WHERE product_id = ? AND location_id = ? AND rows = ? AND revenue IS NULL');
    let revenue = new Float64Array(1024);
    for (const { first, last, done } of productRanges(db, FILL_PRODUCTS)) {
      for (const [productId, locationId, count, text] of read.all(first, last) as [number, number, number, string][]) {
        if (count > revenue.length) revenue = new Float64Array(Math.max(count, revenue.length * 2));
        parseRevenueText(text, revenue);
        update.run(encodeRevenue(revenue, count), productId, locationId, count);
      }
      onProgress?.(done);
    }
    deleteMetaValue(db, REVENUE_STATE_KEY);
  })();
  return true;
}

/** "12.5 10.0 …" into `into`. */
function parseRevenueText(text: string, into: Float64Array): void {
  let i = 0;
  let k = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 32) j++;
    into[k++] = parseDecimal(text, i, j);
    i = j + 1;
  }
}

/** A stored series with its revenue, as readSeriesRevenue yields it. */
export interface SeriesWithRevenue {
  /** Rows within the range, `revenue` filled when `revenueKnown`. */
  records: DailyRecords;
  /** False while the series' revenue is not filled yet: take it from sales_daily. */
  revenueKnown: boolean;
}

/**
 * The stored series of the products `first`…`last` with a row in the range, in (product,
 * location) order, their rows within the range and their revenue. Reused: copy what you keep.
 * The store must be complete.
 */
export function* readSeriesRevenue(db: Database.Database, products: { first: number; last: number }, range: DayRange): Generator<SeriesWithRevenue> {
  const statement = db
    .prepare(
      `SELECT product_id, location_id, first_day, rows, layout, data, revenue FROM sales_series
       WHERE product_id BETWEEN ? AND ? AND first_day <= ? AND last_day >= ? ORDER BY product_id, location_id`,
    )
    .raw(true);
  const out: SeriesWithRevenue = { records: allocateRecords(1024), revenueKnown: false };
  const rows = statement.iterate(products.first, products.last, range.toDay, range.fromDay) as Iterable<[number, number, number, number, number, Buffer, Buffer | null]>;
  for (const [productId, locationId, firstDay, count, layout, data, revenue] of rows) {
    const records = (out.records = decodeSeries({ firstDay, rows: count, layout, data }, range.fromDay, range.toDay, out.records));
    if (records.length === 0) continue;
    records.productId = productId;
    records.locationId = locationId;
    out.revenueKnown = revenue !== null;
    if (revenue !== null) decodeRevenue(revenue, count, records.firstRow, records.length, records.revenue);
    yield out;
  }
}
