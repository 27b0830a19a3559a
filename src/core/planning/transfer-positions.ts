/**
 * Transfer orders in inventory positions. An approved transfer (not cancelled) is
 *   at its destination: in transit until received, arriving on its expected date (a date already
 *     past is expected on the plan date, overdue), like an open PO line;
 *   at its origin: out of on hand from approval (the units are promised to the other warehouse),
 *     unless the origin's stock snapshot is dated after the ship date (the count no longer
 *     holds what left).
 * What closes it: receipts naming it (`receipts.transfer_order_id`, or a receipt import whose
 * reference is the transfer number for that SKU at the destination), rolled into the destination's
 * on hand like any receipt; or a stock snapshot at the destination dated on or after its expected
 * arrival, which already counts the goods (so they are not counted twice).
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { seriesKey } from './load-forecasts';

type Snapshot = readonly [productId: number, locationId: number, date: string, onHand: number];

/** The parts of an inventory position a transfer moves (inventory-position.ts imports this file). */
interface PositionParts {
  onHand: number;
  onOrder: number;
  arrivals: { date: string; quantity: number; poNumber: string; overdue: boolean; transfer?: true }[];
}

export function addTransfers(
  db: Database.Database,
  planDate: string,
  snapshots: readonly Snapshot[],
  at: (productId: number, locationId: number) => PositionParts,
  productId?: number,
): void {
  const only = productId === undefined ? '' : ` AND t.product_id = ${Math.trunc(productId)}`;
  const rows = db
    .prepare(
      `SELECT t.product_id, t.from_location_id, t.to_location_id, t.transfer_number, t.quantity, t.ship_date, t.expected_arrival,
         COALESCE((SELECT sum(r.qty_received - r.qty_rejected) FROM receipts r
           WHERE r.transfer_order_id = t.id
              OR (r.transfer_order_id IS NULL AND r.reference = t.transfer_number AND r.product_id = t.product_id AND r.location_id = t.to_location_id)), 0)
       FROM transfer_orders t WHERE t.status <> 'cancelled'${only}`,
    )
    .raw(true)
    .all() as [number, number, number, string, number, string, string, number][];
  if (rows.length === 0) return;
  const snapshotDate = new Map<string, string>();
  for (const [p, l, date] of snapshots) snapshotDate.set(seriesKey(p, l), date);
  const planDay = dayFromIso(planDate);
  for (const [product, from, to, number, quantity, shipDate, arrival, received] of rows) {
    const originCount = snapshotDate.get(seriesKey(product, from));
    if (originCount === undefined || originCount <= shipDate) at(product, from).onHand -= quantity;
    const destinationCount = snapshotDate.get(seriesKey(product, to));
    if (destinationCount !== undefined && destinationCount >= arrival) continue;
    const balance = quantity - Math.max(0, received);
    if (!(balance > 0)) continue;
    const p = at(product, to);
    const expectedDay = dayFromIso(arrival);
    p.onOrder += balance;
    p.arrivals.push({ date: isoFromDay(Math.max(expectedDay, planDay)), quantity: balance, poNumber: number, overdue: expectedDay < planDay, transfer: true });
  }
}
