/**
 * Inventory position per SKU and location on the plan date:
 *   on hand (latest stock snapshot on or before the date, rolled forward to the plan date: less the
 *     units sold after the snapshot's day, plus the units accepted from receipts after it, never
 *     below 0; 0 and flagged when there is no snapshot). Snapshots count as end-of-day stock.
 * + on order (open and partial PO lines: confirmed or ordered quantity − units accepted so far)
 * − backorders (none: the data model records unmet demand as lost sales, stockout = 1).
 * Each open line arrives on its confirmed date, else the line's or the PO's promised date, else the
 * order date + the promised lead time; a date already past is expected on the plan date (overdue).
 * A PO with no location is counted at the first location. With `locationId 0` series (a run summed
 * over locations) positions are summed the same way.
 * Transfer orders between warehouses (transfer-positions.ts): in transit at the destination like an
 * open PO line, and out of the origin's on hand; summed over locations they cancel out and are skipped.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { seriesKey } from './load-forecasts';
import { sharedRead } from './shared-reads';
import { addTransfers } from './transfer-positions';

export interface Arrival {
  date: string;
  quantity: number;
  /** The PO number, or the transfer number of a transfer order between warehouses. */
  poNumber: string;
  overdue: boolean;
  transfer?: true;
}

export interface InventoryPosition {
  onHand: number;
  hasSnapshot: boolean;
  snapshotDate: string | null;
  /** Units sold and received between the snapshot's day and the plan date (rolled into onHand). */
  soldSinceSnapshot: number;
  receivedSinceSnapshot: number;
  onOrder: number;
  backorders: number;
  position: number;
  arrivals: Arrival[];
}

export function emptyPosition(): InventoryPosition {
  return { onHand: 0, hasSnapshot: false, snapshotDate: null, soldSinceSnapshot: 0, receivedSinceSnapshot: 0, onOrder: 0, backorders: 0, position: 0, arrivals: [] };
}

/**
 * `productId` limits the read to one SKU (a line's detail), which keeps it quick in a large workspace.
 * Every SKU's positions are read once per shared-reads scope (the plan, its alerts and logistics).
 */
export function loadPositions(db: Database.Database, planDate: string, summedOverLocations = false, productId?: number): Map<string, InventoryPosition> {
  if (productId !== undefined) return readPositions(db, planDate, summedOverLocations, productId);
  return sharedRead(db, `positions:${planDate}:${summedOverLocations}`, () => readPositions(db, planDate, summedOverLocations));
}

function readPositions(db: Database.Database, planDate: string, summedOverLocations: boolean, productId?: number): Map<string, InventoryPosition> {
  const only = productId === undefined ? '' : ` AND product_id = ${Math.trunc(productId)}`;
  const out = new Map<string, InventoryPosition>();
  const at = (productId: number, locationId: number) => {
    const key = seriesKey(productId, summedOverLocations ? 0 : locationId);
    let p = out.get(key);
    if (!p) out.set(key, (p = emptyPosition()));
    return p;
  };
  // One seek per SKU-location down the primary key to its newest count on or before the date,
  // rather than a scan of every count (daily counts make that table the largest after sales).
  const snapshots = db
    .prepare(
      `SELECT p.id, l.id, s.date, s.on_hand FROM products p CROSS JOIN locations l
       CROSS JOIN stock_snapshots s ON s.product_id = p.id AND s.location_id = l.id AND s.date = (
         SELECT x.date FROM stock_snapshots x WHERE x.product_id = p.id AND x.location_id = l.id AND x.date <= ? ORDER BY x.date DESC LIMIT 1)
       ${productId === undefined ? '' : `WHERE p.id = ${Math.trunc(productId)}`}
       ORDER BY p.id, l.id`,
    )
    .raw(true)
    .all(planDate) as [number, number, string, number][];
  for (const [productId, locationId, date, onHand] of snapshots) {
    const p = at(productId, locationId);
    p.onHand += onHand;
    p.hasSnapshot = true;
    p.snapshotDate = p.snapshotDate && p.snapshotDate > date ? p.snapshotDate : date;
  }
  const firstLocation = (db.prepare('SELECT min(id) FROM locations').pluck().get() as number | null) ?? 0;
  rollForward(db, planDate, firstLocation, snapshots, at);
  const planDay = dayFromIso(planDate);
  const open = db
    .prepare(
      `SELECT l.product_id, po.location_id, po.po_number, COALESCE(l.confirmed_qty, l.qty_ordered)
         - COALESCE((SELECT sum(r.qty_received - r.qty_rejected) FROM receipts r WHERE r.po_line_id = l.id), 0),
         COALESCE(l.confirmed_date, l.promised_date, po.promised_date), po.order_date,
         (SELECT t.lead_time_days FROM supplier_terms t WHERE t.supplier_id = po.supplier_id AND t.product_id = l.product_id)
       FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id
       WHERE l.status IN ('open', 'partial') AND po.status IN ('open', 'partial') AND po.order_date <= ?${only.replace('product_id', 'l.product_id')}`,
    )
    .raw(true)
    .all(planDate) as [number, number | null, string, number, string | null, string, number | null][];
  for (const [productId, locationId, poNumber, balance, expected, orderDate, leadDays] of open) {
    if (!(balance > 0)) continue;
    const expectedDay = expected ? dayFromIso(expected) : dayFromIso(orderDate) + (leadDays ?? 0);
    const p = at(productId, locationId ?? firstLocation);
    p.onOrder += balance;
    p.arrivals.push({ date: isoFromDay(Math.max(expectedDay, planDay)), quantity: balance, poNumber, overdue: expectedDay < planDay });
  }
  if (!summedOverLocations) addTransfers(db, planDate, snapshots, at, productId);
  for (const p of out.values()) {
    p.onHand = Math.max(0, p.onHand);
    p.arrivals.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    p.position = p.onHand + p.onOrder - p.backorders;
  }
  return out;
}

/** SKUs counted within this many days of the plan date may have their receipts read by date (receipts_date). */
const RECENT_COUNT_DAYS = 28;

/**
 * Moves each snapshot's stock forward to the plan date with what happened after its day: sales
 * out, accepted receipts in. Without it an older snapshot overstates stock by everything sold since.
 * Only snapshots older than the plan date are touched. Set-based: one statement sums the sales
 * after every stale snapshot (SQLite seeks each SKU-location's days by its key), and the receipts
 * since them are read in one or two (receivedSince) — never a query per SKU, so a refresh days
 * after the last stock count costs the same as one on its day.
 */
function rollForward(
  db: Database.Database,
  planDate: string,
  firstLocation: number,
  snapshots: readonly [number, number, string, number][],
  at: (productId: number, locationId: number) => InventoryPosition,
): void {
  const staleSince = new Map<string, string>();
  for (const [productId, locationId, date] of snapshots) {
    if (date < planDate) staleSince.set(seriesKey(productId, locationId), date);
  }
  if (staleSince.size === 0) return;
  // The stale snapshots go in as one JSON parameter: SQLite seeks each one's days by the key.
  const sold = db
    .prepare(
      `SELECT s.value ->> 0, s.value ->> 1, (SELECT sum(d.units) FROM sales_daily d
          WHERE d.product_id = s.value ->> 0 AND d.location_id = s.value ->> 1 AND d.date > s.value ->> 2 AND d.date <= ?)
       FROM json_each(?) s`,
    )
    .raw(true)
    .all(planDate, JSON.stringify(snapshots.filter(([, , date]) => date < planDate).map(([p, l, d]) => [p, l, d]))) as [number, number, number | null][];
  const received = receivedSince(db, planDate, firstLocation, snapshots, staleSince);
  const soldBy = new Map<string, number>();
  for (const [productId, locationId, units] of sold) soldBy.set(seriesKey(productId, locationId), units ?? 0);
  for (const key of staleSince.keys()) {
    const out = soldBy.get(key) ?? 0;
    const inn = Math.max(0, received.get(key) ?? 0);
    if (out === 0 && inn === 0) continue;
    const [productId, locationId] = key.split(':').map(Number) as [number, number];
    const p = at(productId, locationId);
    p.onHand += inn - out;
    p.soldSinceSnapshot += out;
    p.receivedSinceSnapshot += inn;
  }
}

/**
 * Accepted units received per stale SKU-location after its snapshot's day, up to the plan date,
 * each counted only at a location whose snapshot it follows. SKUs counted in the last
 * RECENT_COUNT_DAYS (nearly all, with daily counts) take one range of the date index from the
 * oldest of their counts: a few days of everyone's receipts. SKUs counted longer ago are sought by
 * the product index, each from its oldest stale count. The range is taken only when it holds fewer
 * receipts (counted on the index) than those SKUs have had on average: a refresh the morning after
 * a count finds a few receipts where the product index walked every receipt of each SKU's history
 * (0.24 CPU-s for 4 receipts at 10,000 SKUs), while a plan dated on a count day, with a few hundred
 * SKUs counted in the weeks before, keeps seeking them. Each SKU-location's units are added in the
 * receipts' id order either way.
 */
function receivedSince(
  db: Database.Database,
  planDate: string,
  firstLocation: number,
  snapshots: readonly [number, number, string, number][],
  staleSince: ReadonlyMap<string, string>,
): Map<string, number> {
  const oldestBySku = new Map<number, string>();
  for (const [productId, , date] of snapshots) {
    if (date < planDate && !(date >= (oldestBySku.get(productId) ?? planDate))) oldestBySku.set(productId, date);
  }
  const recentFrom = isoFromDay(dayFromIso(planDate) - RECENT_COUNT_DAYS);
  const recent = new Map([...oldestBySku].filter(([, date]) => date >= recentFrom));
  let from = planDate;
  for (const date of recent.values()) if (date < from) from = date;
  const byDate = recent.size > 0 && receiptsInWindow(db, from, planDate) < recent.size * receiptsPerSku(db);
  const bySku = byDate ? [...oldestBySku].filter(([productId]) => !recent.has(productId)) : [...oldestBySku];
  const received = new Map<string, number>();
  const add = (productId: number, locationId: number, date: string, units: number) => {
    const key = seriesKey(productId, locationId);
    const since = staleSince.get(key);
    if (since !== undefined && date > since) received.set(key, (received.get(key) ?? 0) + units);
  };
  // Product, location (the receipt's, its order's, else the first), day and accepted units of each receipt.
  const receipt = 'r.product_id, COALESCE(r.location_id, po.location_id, ?), r.receipt_date, r.qty_received - r.qty_rejected';
  const join = 'LEFT JOIN po_lines pl ON pl.id = r.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id';
  const receipts = db
    .prepare(
      `SELECT ${receipt}
       FROM json_each(?) k JOIN receipts r ON r.product_id = k.value ->> 0 AND r.receipt_date > k.value ->> 1 AND r.receipt_date <= ? ${join}`,
    )
    .raw(true)
    .iterate(firstLocation, JSON.stringify(bySku), planDate) as IterableIterator<[number, number, string, number]>;
  for (const [productId, locationId, date, units] of receipts) add(productId, locationId, date, units);
  if (!byDate) return received;
  const window = db
    .prepare(
      `SELECT r.id, ${receipt}
       FROM receipts r INDEXED BY receipts_date ${join} WHERE r.receipt_date > ? AND r.receipt_date <= ?`,
    )
    .raw(true)
    .all(firstLocation, from, planDate) as [number, number, number, string, number][];
  // In id order, as the product index gives each SKU's receipts.
  window.sort((a, b) => a[0] - b[0]);
  for (const [, productId, locationId, date, units] of window) if (recent.has(productId)) add(productId, locationId, date, units);
  return received;
}

/** Receipts dated in (from, to], counted on the date index alone. */
function receiptsInWindow(db: Database.Database, from: string, to: string): number {
  return db.prepare('SELECT count(*) FROM receipts INDEXED BY receipts_date WHERE receipt_date > ? AND receipt_date <= ?').pluck().get(from, to) as number;
}

/** About how many receipts a SKU has had (ids over products: two look-ups, no count). */
function receiptsPerSku(db: Database.Database): number {
  const receipts = (db.prepare('SELECT max(id) FROM receipts').pluck().get() as number | null) ?? 0;
  const products = (db.prepare('SELECT max(id) FROM products').pluck().get() as number | null) ?? 0;
  return receipts / Math.max(1, products);
}
