import { isoFromDay } from '../../ground/calendar';
import { refreshSalesSeries } from '../../db/sales-series/store';
import { BatchInsert } from './batch-insert';
import { DeferredIndexes } from './deferred-indexes';
import { checkpoint, STORING_STEP, type WriteContext } from './context';
import { PROMO, STOCKOUT, type SalesStage } from './sales-stage';

export interface SalesRange {
  product: number;
  location: number;
  from: string;
  to: string;
}

export interface MergeResult {
  stored: number;
  rejected: number;
  ranges: SalesRange[];
}

/**
 * Write staged daily sales. 'unique' (daily totals) rejects a second row for the same
 * SKU, location and day; 'sum' (order lines) adds them up. For each SKU and location the
 * days the file covers replace what the workspace had for those days: the old rows are
 * kept in import_replaced_sales for undo, so importing a file twice changes nothing.
 */
export function mergeSales(wc: WriteContext, stage: SalesStage, mode: 'unique' | 'sum'): MergeResult {
  const order = stage.sortedOrder();
  const n = order.length;
  // Kept rows are compacted into the front of `order`; sums go into the kept row's own slots.
  let m = 0;
  let rejected = 0;
  let prev = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (prev >= 0 && stage.sameKey(i, prev)) {
      if (mode === 'unique') {
        rejected++;
        reportDuplicate(wc, stage, i, prev);
      } else {
        stage.units[prev]! += stage.units[i]!;
        stage.revenue[prev]! += stage.revenue[i]!;
        stage.orders[prev]! += stage.orders[i]!;
      }
      continue;
    }
    order[m++] = i;
    prev = i;
  }
  const keep = order;
  const isoOf = dayNames();
  const ranges = collectRanges(stage, keep, m, isoOf);
  replaceRanges(wc, ranges);
  const deferred = DeferredIndexes.forBulkInsert(wc.db, 'sales_daily', m);
  const insert = new BatchInsert(wc.db, 'sales_daily', ['product_id', 'location_id', 'date', 'units', 'revenue', 'orders', 'promo', 'stockout']);
  for (let k = 0; k < m; k++) {
    const i = keep[k]!;
    const flags = stage.flags[i]!;
    insert.push(stage.product[i], stage.location[i], isoOf(stage.day[i]!), stage.units[i], round2(stage.revenue[i]!), stage.orders[i], flags & PROMO ? 1 : 0, flags & STOCKOUT ? 1 : 0);
    checkpoint(wc.task, STORING_STEP, k, m);
  }
  insert.flush();
  deferred?.restore();
  // The series store follows in the same transaction: only the ranges just replaced are re-read.
  refreshSalesSeries(wc.db, ranges);
  wc.changes.add('sales_daily', 'inserted', m);
  return { stored: n - rejected, rejected, ranges };
}

function collectRanges(stage: SalesStage, keep: Uint32Array, m: number, isoOf: (day: number) => string): SalesRange[] {
  const ranges: SalesRange[] = [];
  let k = 0;
  while (k < m) {
    const first = keep[k]!;
    let last = first;
    while (k + 1 < m && stage.product[keep[k + 1]!] === stage.product[first] && stage.location[keep[k + 1]!] === stage.location[first]) {
      k++;
      last = keep[k]!;
    }
    ranges.push({ product: stage.product[first]!, location: stage.location[first]!, from: isoOf(stage.day[first]!), to: isoOf(stage.day[last]!) });
    k++;
  }
  return ranges;
}

function replaceRanges(wc: WriteContext, ranges: SalesRange[]): void {
  const { db, importId } = wc;
  const recordRange = db.prepare('INSERT INTO import_sales_ranges (import_id, product_id, location_id, date_from, date_to) VALUES (?, ?, ?, ?, ?)');
  const anySales = db.prepare('SELECT 1 FROM sales_daily LIMIT 1').get() !== undefined;
  const keepOld = db.prepare(
    `INSERT INTO import_replaced_sales (import_id, product_id, location_id, date, units, revenue, orders, promo, stockout)
     SELECT ?, product_id, location_id, date, units, revenue, orders, promo, stockout FROM sales_daily
      WHERE product_id = ? AND location_id = ? AND date BETWEEN ? AND ?`,
  );
  const removeOld = db.prepare('DELETE FROM sales_daily WHERE product_id = ? AND location_id = ? AND date BETWEEN ? AND ?');
  let deleted = 0;
  for (const r of ranges) {
    recordRange.run(importId, r.product, r.location, r.from, r.to);
    if (!anySales) continue;
    keepOld.run(importId, r.product, r.location, r.from, r.to);
    deleted += removeOld.run(r.product, r.location, r.from, r.to).changes;
  }
  wc.changes.add('sales_daily', 'deleted', deleted);
}

function reportDuplicate(wc: WriteContext, stage: SalesStage, dup: number, first: number): void {
  const sku = wc.products.skuOf(stage.product[dup]!);
  const day = isoFromDay(stage.day[dup]!);
  wc.problems.error(
    'duplicate_key',
    stage.row[dup]!,
    wc.columnName('sku'),
    sku,
    `SKU ${sku} on ${day} appears more than once for the same location (first on row ${stage.row[first]}); this row was not imported`,
    'sku',
  );
}

/** Day numbers repeat a lot; format each once. */
function dayNames(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let iso = cache.get(day);
    if (iso === undefined) {
      iso = isoFromDay(day);
      cache.set(day, iso);
    }
    return iso;
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
