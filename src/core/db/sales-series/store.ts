/**
 * The series store (migration 015): every SKU-location's daily sales rows as one columnar BLOB
 * (codec.ts), so a forecast run, the refresh, alerts and key figures read ~100,000 BLOBs instead
 * of tens of millions of rows. Beside it each row's revenue (migration 019, revenue-codec.ts),
 * for a run's prices; kept by the same writers. It holds the very rows of sales_daily — not pre-summed weeks — so
 * buckets of any kind sum from it exactly: the forecast grid's weeks end on the history's last
 * day, which moves with every import, and one stored week layout could not serve them all.
 *
 * The store is either complete or not used. It is complete once built (`ensureSalesSeries`, run
 * by jobs before they read history) and stays so because every writer of sales_daily updates
 * the series it touched in the same transaction (`refreshSalesSeries`: imports, order lines,
 * undo) or marks the store stale (`markSalesSeriesStale`: the demo). Until it is complete,
 * readers read sales_daily itself (scan-sales.ts): slower, same rows.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { dataVersion } from '../data-versions';
import { deleteMetaValue, metaValue, setMetaValue } from '../meta';
import { productRanges } from '../product-ranges';
import { markSalesTotalsStale, refreshSalesTotals } from '../sales-totals/store';
import { decodeSeries, encodeSeries } from './codec';
import { allocateRecords, withCapacity, type DailyRecords } from './records';
import { decodeRevenue, encodeRevenue } from './revenue-codec';
import { parseSeriesText, SERIES_TEXT, SERIES_TEXT_WITH_REVENUE } from './scan-sales';
import { noteSalesWrite } from './sales-writes';
import { seriesTailColumns } from './tail';

const STATE_KEY = 'sales_series';
/** Set (migration 019) while some stored series have no revenue yet: fillSalesRevenue clears it. */
export const REVENUE_STATE_KEY = 'sales_series_revenue';
const BUILD_PRODUCTS = 256;
const SERIES_OF_PRODUCTS = `SELECT product_id, location_id, count(*), ${SERIES_TEXT_WITH_REVENUE} FROM sales_daily
  WHERE product_id BETWEEN ? AND ? GROUP BY product_id, location_id`;
const COMPLETE = 'complete';

/** A span of days of one SKU-location whose rows were written (inclusive ISO dates). */
export interface TouchedRange {
  product: number;
  location: number;
  from: string;
  to: string;
}

export function salesSeriesComplete(db: Database.Database): boolean {
  return metaValue(db, STATE_KEY) === COMPLETE;
}

/** For a writer of sales_daily that does not keep the store: readers go back to the rows until the next build. */
export function markSalesSeriesStale(db: Database.Database): void {
  deleteMetaValue(db, STATE_KEY);
  markSalesTotalsStale(db);
  noteSalesWrite(db, -Infinity);
}

/**
 * A counter every writer of sales_daily moves in its transaction (through refreshSalesSeries or
 * markSalesSeriesStale; migration 016; how far back each write reached: sales-writes.ts), so a reader that keeps what it computed from sales (the
 * Dashboard's run scores) knows in one look-up whether they changed. 0 until the first write.
 */
export function salesVersion(db: Database.Database): number {
  return dataVersion(db, 'sales');
}

/**
 * For a writer that filled sales_series itself as it wrote every row of sales_daily (the demo,
 * in one pass): the store is complete without a build.
 */
export function markSalesSeriesComplete(db: Database.Database): void {
  setMetaValue(db, STATE_KEY, COMPLETE);
}

/**
 * Builds the whole store from sales_daily in one transaction, unless it is complete already.
 * `onProgress` gets how many products are done.
 */
export function ensureSalesSeries(db: Database.Database, onProgress?: (done: number) => void): boolean {
  if (salesSeriesComplete(db)) return false;
  db.transaction(() => {
    if (salesSeriesComplete(db)) return;
    db.prepare('DELETE FROM sales_series').run();
    const insert = db.prepare('INSERT INTO sales_series (product_id, location_id, first_day, last_day, rows, layout, data, revenue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    // better-sqlite3 cannot write while a statement iterates: read a few hundred products at a time.
    const series = db.prepare(SERIES_OF_PRODUCTS).raw(true);
    const monthCache = new Map<number, number>();
    let records = allocateRecords(1024);
    for (const { first, last, done } of productRanges(db, BUILD_PRODUCTS)) {
      for (const [productId, locationId, count, text] of series.all(first, last) as [number, number, number, string][]) {
        records = withCapacity(records, count);
        records.length = count;
        parseSeriesText(text, records, monthCache, true);
        const e = encodeSeries(records.days, records.units, records.flags, count);
        insert.run(productId, locationId, e.firstDay, e.lastDay, e.rows, e.layout, e.data, encodeRevenue(records.revenue, count));
      }
      onProgress?.(done);
    }
    setMetaValue(db, STATE_KEY, COMPLETE);
    // Every row just got its revenue: nothing left for fillSalesRevenue.
    deleteMetaValue(db, REVENUE_STATE_KEY);
  })();
  return true;
}

/**
 * Brings the touched series up to date after their rows in sales_daily were replaced, inside
 * the writer's transaction: the stored rows outside each range stay, the range is read again —
 * revenue too (a series whose revenue was not filled yet stays so, unless the range replaced all its rows).
 * Moves the sales version and refreshes the weekly totals; leaves the store alone while it is not complete (the next build reads everything anyway).
 */
export function refreshSalesSeries(db: Database.Database, ranges: readonly TouchedRange[]): void {
  if (ranges.length === 0) return;
  // The earliest day written, by ISO order (a day's import touches 100,000 ranges: no spread of them all).
  noteSalesWrite(db, dayFromIso(ranges.reduce((first, r) => (r.from < first ? r.from : first), ranges[0]!.from)));
  // The weekly totals beside the store (sales-totals/store.ts) follow the same writers.
  refreshSalesTotals(db, ranges);
  if (!salesSeriesComplete(db)) return;
  const stored = db.prepare('SELECT first_day, rows, layout, data, revenue FROM sales_series WHERE product_id = ? AND location_id = ?').raw(true);
  const fresh = db.prepare(`SELECT count(*), ${SERIES_TEXT_WITH_REVENUE} FROM sales_daily WHERE product_id = ? AND location_id = ? AND date BETWEEN ? AND ?`).raw(true);
  const upsert = db.prepare(
    `INSERT INTO sales_series (product_id, location_id, first_day, last_day, rows, layout, data, revenue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (product_id, location_id) DO UPDATE SET first_day = excluded.first_day, last_day = excluded.last_day,
       rows = excluded.rows, layout = excluded.layout, data = excluded.data, revenue = excluded.revenue`,
  );
  const remove = db.prepare('DELETE FROM sales_series WHERE product_id = ? AND location_id = ?');
  const monthCache = new Map<number, number>();
  let old = allocateRecords(1024);
  let added = allocateRecords(1024);
  let merged = allocateRecords(1024);
  for (const r of sorted(ranges)) {
    const fromDay = dayFromIso(r.from);
    const toDay = dayFromIso(r.to);
    const row = stored.get(r.product, r.location) as [number, number, number, Buffer, Buffer | null] | undefined;
    old.length = 0;
    if (row) {
      old = decodeSeries({ firstDay: row[0], rows: row[1], layout: row[2], data: row[3] }, -Infinity, Infinity, old);
      if (row[4] !== null) decodeRevenue(row[4], row[1], 0, old.length, old.revenue);
    }
    const [count, text] = fresh.get(r.product, r.location, r.from, r.to) as [number, string | null];
    added = withCapacity(added, count);
    added.length = count;
    if (text !== null) parseSeriesText(text, added, monthCache, true);
    merged = withCapacity(merged, old.length + count);
    const n = mergeAround(old, added, fromDay, toDay, merged);
    if (n === 0) remove.run(r.product, r.location);
    else {
      const e = encodeSeries(merged.days, merged.units, merged.flags, n);
      const revenueKnown = !row || row[4] !== null || n === count;
      upsert.run(r.product, r.location, e.firstDay, e.lastDay, e.rows, e.layout, e.data, revenueKnown ? encodeRevenue(merged.revenue, n) : null);
    }
  }
}

/** Old rows before `fromDay`, the fresh rows, old rows after `toDay` — in day order. */
function mergeAround(old: DailyRecords, added: DailyRecords, fromDay: number, toDay: number, out: DailyRecords): number {
  let n = 0;
  const copy = (from: DailyRecords, k: number) => {
    out.days[n] = from.days[k] as number;
    out.units[n] = from.units[k] as number;
    out.flags[n] = from.flags[k] as number;
    out.revenue[n] = from.revenue[k] as number;
    n++;
  };
  let k = 0;
  while (k < old.length && (old.days[k] as number) < fromDay) copy(old, k++);
  for (let j = 0; j < added.length; j++) copy(added, j);
  while (k < old.length && (old.days[k] as number) <= toDay) k++;
  while (k < old.length) copy(old, k++);
  return n;
}

/** Ranges of one series may overlap (an import and its undo): applying them in any order is exact, sorting keeps look-ups local. */
function sorted(ranges: readonly TouchedRange[]): TouchedRange[] {
  return [...ranges].sort((a, b) => a.product - b.product || a.location - b.location || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export interface DayRange {
  fromDay: number;
  toDay: number;
}

/** A range's `fromDay` for "from the first stored row on": every row of a series is read. */
export const FROM_THE_START = -0x7fffffff;

/**
 * Every SKU-location with a row in the range, in (product, location) order, its rows within the
 * range in day order. The arrays are reused: copy what you keep. The store must be complete.
 * A range from a given day (scoring a run on the weeks since it) reads only each series' rows
 * from that day on, cut from the BLOB in SQL (tail.ts): a few of its ~700 rows, where moving and
 * walking the whole BLOB costs more than the reads. `firstRow` still counts the stored rows.
 */
export function* readStoredSeries(db: Database.Database, range: DayRange): Generator<DailyRecords> {
  const whole = range.fromDay <= FROM_THE_START;
  const data = whole ? 'rows, data' : seriesTailColumns('sales_series', '@fromDay');
  const statement = db
    .prepare(
      `SELECT product_id, location_id, first_day, rows, layout, ${data} FROM sales_series
        WHERE first_day <= @toDay AND last_day >= @fromDay ORDER BY product_id, location_id`,
    )
    .raw(true);
  let records = allocateRecords(1024);
  const rows = statement.iterate({ fromDay: range.fromDay, toDay: range.toDay }) as Iterable<[number, number, number, number, number, number, Buffer]>;
  for (const [productId, locationId, firstDay, storedRows, layout, count, blob] of rows) {
    records = decodeSeries({ firstDay, rows: count, layout, data: blob }, range.fromDay, range.toDay, records);
    if (records.length === 0) continue;
    records.firstRow += storedRows - count;
    records.productId = productId;
    records.locationId = locationId;
    yield records;
  }
}

/** Reads one SKU-location at a time (alerts, key figures): from the store when complete, else from sales_daily. */
export class SeriesReader {
  private readonly fromStore: boolean;
  private readonly stored;
  private readonly fresh;
  private readonly monthCache = new Map<number, number>();
  private records = allocateRecords(1024);

  constructor(db: Database.Database) {
    this.fromStore = salesSeriesComplete(db);
    this.stored = db.prepare('SELECT first_day, rows, layout, data FROM sales_series WHERE product_id = ? AND location_id = ?').raw(true);
    this.fresh = db.prepare(`SELECT count(*), ${SERIES_TEXT} FROM sales_daily WHERE product_id = ? AND location_id = ? AND date BETWEEN ? AND ?`).raw(true);
  }

  /** The series' rows within the range, in day order (length 0 when none). Reused: copy what you keep. */
  read(productId: number, locationId: number, range: DayRange): DailyRecords {
    let records = this.records;
    records.length = 0;
    records.firstDay = Infinity;
    if (this.fromStore) {
      const row = this.stored.get(productId, locationId) as [number, number, number, Buffer] | undefined;
      if (row) records = decodeSeries({ firstDay: row[0], rows: row[1], layout: row[2], data: row[3] }, range.fromDay, range.toDay, records);
    } else {
      const [count, text] = this.fresh.get(productId, locationId, isoFromDay(range.fromDay), isoFromDay(range.toDay)) as [number, string | null];
      records = withCapacity(records, count);
      records.length = count;
      if (text !== null) parseSeriesText(text, records, this.monthCache);
    }
    records.productId = productId;
    records.locationId = locationId;
    this.records = records;
    return records;
  }
}
