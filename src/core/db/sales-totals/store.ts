/**
 * Small aggregates of sales_daily kept exact beside it (migration 024), so the Dashboard's weekly
 * chart, the Data page's weekly table and `workspace:info`'s sales figures read ~100 rows instead
 * of every daily row (tens of millions at 50,000 SKUs):
 * - `sales_weeks`: per week what week-sql.ts's query gives over all daily rows;
 * - `sales_sold_products`: the SKUs with a sale.
 * Like the series store they are complete or not used: every writer of sales_daily goes through
 * refreshSalesSeries (imports, undo), which re-runs the queries over what it touched, in its
 * transaction. The demo marks them stale; a small demo rebuilds them at its end, a large one and a
 * workspace upgraded with sales leave them to the next job that reads history. Until complete,
 * readers run the queries over sales_daily itself: slower, same figures.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { deleteMetaValue, metaValue, setMetaValue } from '../meta';
import { productRanges } from '../product-ranges';
import { soldProductsSql, weekTotalsSql } from './week-sql';

const STATE_KEY = 'sales_totals';
const COMPLETE = 'complete';

/** One week's totals as stored: `week` counts Monday-started weeks from the one of 1970-01-01. */
export interface StoredWeek {
  week: number;
  units: number;
  revenue: number;
  orders: number;
  skusSold: number;
  promoDays: number;
}

/** Days of one SKU whose rows were written (inclusive ISO dates): sales-series' TouchedRange fits. */
export interface WrittenDays {
  product: number;
  from: string;
  to: string;
}

export interface StoredSalesTotals {
  rows: number;
  units: number;
  revenue: number;
  skus: number;
}

export function salesTotalsComplete(db: Database.Database): boolean {
  return metaValue(db, STATE_KEY) === COMPLETE;
}

/** For a writer of sales_daily that does not keep the totals (the demo): readers go back to the rows until a rebuild. */
export function markSalesTotalsStale(db: Database.Database): void {
  deleteMetaValue(db, STATE_KEY);
}

/** Touched weeks from which a writer rebuilds the totals instead: a week's query sorts its rows' SKU-weeks in memory. */
const REBUILD_FROM_WEEKS = 13;

/** Products whose daily rows one step of the rebuild groups: their SKU-weeks are sorted in memory. */
const REBUILD_PRODUCTS = 2000;

/**
 * Computes both tables from every daily row, inside the caller's transaction, a range of products
 * at a time: the weekly query over the whole table sorted every daily row's SKU-week in memory
 * (2 GB and 22 s at 50,000 SKUs); a range's weeks are added to the stored ones instead (revenue
 * summed in another order, equal but for the last bits of a float).
 */
export function rebuildSalesTotals(db: Database.Database): void {
  db.prepare('DELETE FROM sales_weeks').run();
  db.prepare('DELETE FROM sales_sold_products').run();
  const addWeeks = db.prepare(
    `INSERT INTO sales_weeks (week, rows, units, revenue, orders, skus_sold, promo_days)
     ${weekTotalsSql('WHERE product_id BETWEEN ? AND ?')}
     ON CONFLICT (week) DO UPDATE SET rows = rows + excluded.rows, units = units + excluded.units,
       revenue = revenue + excluded.revenue, orders = orders + excluded.orders,
       skus_sold = skus_sold + excluded.skus_sold, promo_days = promo_days + excluded.promo_days`,
  );
  const addSold = db.prepare(`INSERT INTO sales_sold_products (product_id) ${soldProductsSql('product_id BETWEEN ? AND ?')}`);
  for (const { first, last } of productRanges(db, REBUILD_PRODUCTS)) {
    addWeeks.run(first, last);
    addSold.run(first, last);
  }
  setMetaValue(db, STATE_KEY, COMPLETE);
}

/**
 * After the rows of `ranges` were replaced, inside the writer's transaction: the weeks they touch
 * are computed again from their daily rows (through the date index: a day's import at 50,000 SKUs
 * reads one week), and each touched SKU looked up for a sale. Nothing while the totals are stale.
 */
export function refreshSalesTotals(db: Database.Database, ranges: readonly WrittenDays[]): void {
  if (ranges.length === 0 || !salesTotalsComplete(db)) return;
  const spans = touchedWeeks(ranges);
  if (spans.reduce((weeks, [first, last]) => weeks + last - first + 1, 0) > REBUILD_FROM_WEEKS) {
    // Many weeks at once (a first import of years): by ranges of products, not one sort of them all in memory.
    rebuildSalesTotals(db);
    return;
  }
  const removeWeeks = db.prepare('DELETE FROM sales_weeks WHERE week BETWEEN ? AND ?');
  const insertWeeks = db.prepare(
    `INSERT INTO sales_weeks (week, rows, units, revenue, orders, skus_sold, promo_days)
     SELECT * FROM (${weekTotalsSql('WHERE date BETWEEN @from AND @to')}) WHERE week BETWEEN @first AND @last`,
  );
  for (const [first, last] of spans) {
    removeWeeks.run(first, last);
    insertWeeks.run({ first, last, from: first > 0 ? isoFromDay(first * 7 - 3) : '0000-01-01', to: isoFromDay(last * 7 + 3) });
  }
  const removeProduct = db.prepare('DELETE FROM sales_sold_products WHERE product_id = ?');
  const insertIfSold = db.prepare('INSERT INTO sales_sold_products (product_id) SELECT @id WHERE EXISTS (SELECT 1 FROM sales_daily WHERE product_id = @id AND units > 0)');
  for (const id of new Set(ranges.map((r) => r.product))) {
    removeProduct.run(id);
    insertIfSold.run({ id });
  }
}

const WEEK_COLUMNS = 'week, units, revenue, orders, skus_sold AS skusSold, promo_days AS promoDays';

/** Every week's totals in week order: stored ones once complete, else computed from every daily row (seconds at 50,000 SKUs). */
export function weekTotals(db: Database.Database): StoredWeek[] {
  const from = salesTotalsComplete(db) ? 'sales_weeks' : `(${weekTotalsSql()})`;
  return db.prepare(`SELECT ${WEEK_COLUMNS} FROM ${from} ORDER BY week`).all() as StoredWeek[];
}

/** Daily rows, units, revenue and SKUs with a sale over all of sales_daily, or null while the totals are stale. */
export function storedSalesTotals(db: Database.Database): StoredSalesTotals | null {
  if (!salesTotalsComplete(db)) return null;
  return db
    .prepare(
      `SELECT coalesce(sum(rows), 0) AS rows, coalesce(sum(units), 0) AS units, coalesce(sum(revenue), 0) AS revenue,
              (SELECT count(*) FROM sales_sold_products) AS skus
         FROM sales_weeks`,
    )
    .get() as StoredSalesTotals;
}

/** The weeks the ranges touch, as merged inclusive [first, last] spans. */
function touchedWeeks(ranges: readonly WrittenDays[]): [number, number][] {
  const spans = ranges.map((r) => [weekOfDay(dayFromIso(r.from)), weekOfDay(dayFromIso(r.to))] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const top = merged[merged.length - 1];
    if (top && span[0] <= top[1] + 1) top[1] = Math.max(top[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * As WEEK_OF_DATE in SQL: week w is days 7w - 3 … 7w + 3 (Monday … Sunday). Truncated toward zero,
 * so days before 1970 fall in week 0 or below, which are read from the first date on.
 */
function weekOfDay(day: number): number {
  return Math.trunc((day + 3) / 7);
}
