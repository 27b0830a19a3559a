/**
 * What a simulation replays, per SKU-location: actual daily demand from `historyDays` before the
 * start to the end (index `start` is the first simulated day), the stock on hand on the day before
 * the start, the supplier's terms, and the lead-time distribution measured up to the start only.
 * Demand is the recorded sales: on stock-out days it is what sold, a lower bound.
 */

import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { leadTimeLookup, supplierLeadTimes } from '../../suppliers';
import { seriesKey } from '../load-forecasts';
import { loadProducts, loadSupplierChoices } from '../supplier-choice';
import type { OrderTerms } from '../rounding';

export interface SimSeries {
  productId: number;
  locationId: number;
  demand: Float64Array;
  start: number;
  onHand: number;
  unitCost: number;
  margin: number;
  terms: OrderTerms;
  leadTimeMean: number;
  leadTimeSd: number;
  /** The promise the merchant's own min/max rule plans with. */
  promisedLeadTime: number;
  /** Orders placed before the start that arrived during the period: [day index, accepted units]. */
  pipeline: [number, number][];
}

export const HISTORY_DAYS = 182;

export function loadSimulationInput(db: Database.Database, from: string, to: string): SimSeries[] {
  const fromDay = dayFromIso(from);
  const toDay = dayFromIso(to);
  const firstDay = fromDay - HISTORY_DAYS;
  const days = toDay - firstDay + 1;
  const products = loadProducts(db);
  const suppliers = loadSupplierChoices(db);
  const leadTimes = leadTimeLookup(supplierLeadTimes(db, { asOf: isoFromDay(fromDay - 1) }));
  const onHand = new Map<string, number>();
  const stock = db
    .prepare(
      `SELECT s.product_id, s.location_id, s.on_hand FROM stock_snapshots s
       JOIN (SELECT product_id, location_id, max(date) AS date FROM stock_snapshots WHERE date < ? GROUP BY 1, 2) l
         ON l.product_id = s.product_id AND l.location_id = s.location_id AND l.date = s.date`,
    )
    .raw(true)
    .all(from) as [number, number, number][];
  for (const [p, l, q] of stock) onHand.set(seriesKey(p, l), q);
  const bySeries = new Map<string, SimSeries>();
  const rows = db
    .prepare('SELECT product_id, location_id, date, units FROM sales_daily WHERE date >= ? AND date <= ?')
    .raw(true)
    .iterate(isoFromDay(firstDay), to) as IterableIterator<[number, number, string, number]>;
  for (const [productId, locationId, date, units] of rows) {
    const key = seriesKey(productId, locationId);
    let s = bySeries.get(key);
    if (!s) {
      const supplier = suppliers.get(productId);
      const product = products.get(productId);
      if (!supplier || !product) continue;
      const lead = leadTimes(supplier.supplierId, productId);
      const measured = lead?.source === 'measured';
      s = {
        productId, locationId, demand: new Float64Array(days), start: HISTORY_DAYS, onHand: onHand.get(key) ?? 0,
        unitCost: supplier.unitCost, margin: product.price !== null ? Math.max(0, product.price - supplier.unitCost) : supplier.unitCost,
        terms: { moq: supplier.moq, orderMultiple: supplier.orderMultiple, maxOrderQty: supplier.maxOrderQty },
        leadTimeMean: measured ? lead.meanDays : supplier.promisedLeadTimeDays,
        leadTimeSd: measured ? lead.sdDays : 0,
        promisedLeadTime: supplier.promisedLeadTimeDays,
        pipeline: [],
      };
      bySeries.set(key, s);
    }
    const i = dayFromIso(date) - firstDay;
    s.demand[i] = (s.demand[i] as number) + Math.max(0, units);
  }
  addPipeline(db, bySeries, from, to, firstDay);
  return [...bySeries.values()].sort((a, b) => a.productId - b.productId || a.locationId - b.locationId);
}

/** What was already on order at the start arrives as it really did (accepted units on receipt dates). */
function addPipeline(db: Database.Database, bySeries: Map<string, SimSeries>, from: string, to: string, firstDay: number): void {
  const firstLocation = (db.prepare('SELECT min(id) FROM locations').pluck().get() as number | null) ?? 0;
  const rows = db
    .prepare(
      `SELECT r.product_id, COALESCE(r.location_id, po.location_id), r.receipt_date, r.qty_received - r.qty_rejected
       FROM receipts r JOIN po_lines l ON l.id = r.po_line_id JOIN purchase_orders po ON po.id = l.po_id
       WHERE po.order_date < ? AND r.receipt_date >= ? AND r.receipt_date <= ?`,
    )
    .raw(true)
    .all(from, from, to) as [number, number | null, string, number][];
  for (const [productId, locationId, date, units] of rows) {
    const s = bySeries.get(seriesKey(productId, locationId ?? firstLocation));
    if (s && units > 0) s.pipeline.push([dayFromIso(date) - firstDay, units]);
  }
}
