/**
 * A run's known prices: revenue ÷ units per series and bucket, over the rows with both above 0.
 * Read from the series store, where each row's revenue is kept beside it (migration 019), for the
 * products a slice spans; from sales_daily itself while the store is not complete, and for the
 * series whose revenue is not filled yet. Both sources give the same rows in the same order
 * (product, location, day) and are summed by the same code, so the prices are the same doubles.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { readSeriesRevenue } from '../db/sales-series/revenue-store';
import { salesSeriesComplete } from '../db/sales-series/store';
import type { BucketGrid } from './bucket-grid';
import type { History } from './history';
import { ALL_LOCATIONS, type SeriesKey } from './types';

/** Known prices of a series by bucket index (0 = the last bucket), in the order their buckets were first met. */
export type BucketPrices = Map<number, number>;

/** The lowest and highest product of a run's (or slice's) series. */
export interface ProductSpan {
  first: number;
  last: number;
}

/** Prices by `${productId}:${locationId}` (ALL_LOCATIONS when `total`) for the series of `history`. */
export function readBucketPrices(db: Database.Database, history: History<SeriesKey>, total: boolean): Map<string, BucketPrices> {
  const prices = new Map<string, BucketPrices>();
  const span = productSpan(history.series);
  if (!span) return prices;
  const sums = new BucketSums(history.grid, history.fromDay);
  if (!salesSeriesComplete(db)) {
    readFromRows(db, { span }, history, total, sums, prices);
    return prices;
  }
  const unknown = readFromStore(db, span, history, total, sums, prices);
  if (unknown.length > 0) readFromRows(db, { products: unknown }, history, total, sums, prices);
  return prices;
}

export function productSpan(series: readonly Pick<SeriesKey, 'productId'>[]): ProductSpan | null {
  if (series.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const s of series) {
    first = Math.min(first, s.productId);
    last = Math.max(last, s.productId);
  }
  return { first, last };
}

/** Sums from the store; returns the products with a series whose revenue is not filled yet (left out). */
function readFromStore(db: Database.Database, span: ProductSpan, history: History<SeriesKey>, total: boolean, sums: BucketSums, prices: Map<string, BucketPrices>): number[] {
  const unknown: number[] = [];
  const { grid } = history;
  let groupKey = '';
  let groupProduct = -1;
  let groupKnown = true;
  const closeGroup = () => {
    if (groupKey === '') return;
    if (!groupKnown) {
      sums.clear();
      if (unknown.at(-1) !== groupProduct) unknown.push(groupProduct);
    } else if (sums.any()) prices.set(groupKey, sums.take());
  };
  for (const { records, revenueKnown } of readSeriesRevenue(db, span, { fromDay: history.fromDay, toDay: grid.lastDay })) {
    const key = `${records.productId}:${total ? ALL_LOCATIONS : records.locationId}`;
    if (key !== groupKey) {
      closeGroup();
      groupKey = key;
      groupProduct = records.productId;
      groupKnown = true;
    }
    if (!revenueKnown) groupKnown = false;
    if (!groupKnown) continue;
    const { days, units, revenue } = records;
    for (let k = 0; k < records.length; k++) {
      const u = units[k] as number;
      const r = revenue[k] as number;
      if (u > 0 && r > 0) sums.add(grid.back(days[k] as number), r, u);
    }
  }
  closeGroup();
  return unknown;
}

/**
 * Sums from sales_daily: SQLite concatenates each series' rows with revenue into one string
 * (grouping by a computed bucket makes SQLite sort every row, ~4× slower), in the primary
 * key's order, and the buckets are summed here.
 */
function readFromRows(
  db: Database.Database,
  which: { span: ProductSpan } | { products: number[] },
  history: History<SeriesKey>,
  total: boolean,
  sums: BucketSums,
  prices: Map<string, BucketPrices>,
): void {
  const { grid } = history;
  const location = total ? String(ALL_LOCATIONS) : 'location_id';
  const products = 'span' in which ? 'product_id BETWEEN @first AND @lastProduct' : 'product_id IN (SELECT value FROM json_each(@products))';
  const bounds = 'span' in which ? { first: which.span.first, lastProduct: which.span.last } : { products: JSON.stringify(which.products) };
  const rows = db
    .prepare(
      `SELECT product_id, ${location}, group_concat(date || ' ' || units || ' ' || revenue, ' ')
       FROM sales_daily WHERE ${products} AND date >= @from AND date <= @last AND units > 0 AND revenue > 0
       GROUP BY product_id${total ? '' : ', location_id'}`,
    )
    .raw(true)
    .iterate({ last: isoFromDay(grid.lastDay), from: isoFromDay(history.fromDay), ...bounds }) as Iterable<[number, number, string]>;
  const backOf = new Map<string, number>();
  for (const [productId, locationId, text] of rows) {
    const parts = text.split(' ');
    for (let i = 0; i + 2 < parts.length; i += 3) {
      const date = parts[i]!;
      let back = backOf.get(date);
      if (back === undefined) backOf.set(date, (back = grid.back(dayFromIso(date))));
      sums.add(back, Number(parts[i + 2]), Number(parts[i + 1]));
    }
    prices.set(`${productId}:${locationId}`, sums.take());
  }
}

/** Revenue and units per bucket of one series (or one SKU over its locations) while its rows are read. */
class BucketSums {
  private readonly revenue: Float64Array;
  private readonly units: Float64Array;
  private readonly touched: number[] = [];

  constructor(grid: BucketGrid, fromDay: number) {
    const buckets = grid.back(fromDay) + 1;
    this.revenue = new Float64Array(buckets);
    this.units = new Float64Array(buckets);
  }

  /** One row with units and revenue above 0. */
  add(back: number, revenue: number, units: number): void {
    if (this.units[back] === 0) this.touched.push(back);
    this.revenue[back]! += revenue;
    this.units[back]! += units;
  }

  any(): boolean {
    return this.touched.length > 0;
  }

  /** The prices summed so far, and a fresh start. */
  take(): BucketPrices {
    const byBack: BucketPrices = new Map();
    for (const back of this.touched) byBack.set(back, this.revenue[back]! / this.units[back]!);
    this.clear();
    return byBack;
  }

  clear(): void {
    for (const back of this.touched) {
      this.revenue[back] = 0;
      this.units[back] = 0;
    }
    this.touched.length = 0;
  }
}
