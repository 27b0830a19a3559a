import type Database from 'better-sqlite3';
import { seriesKey } from '../../../planning/load-forecasts';
import { dayFromIso } from '../../../ground/calendar';
import { unitsLostByDelay } from '../shortfall';
import { unitMargin, type AlertInputs } from '../types';

/** One open PO line with its due date (line promise, else PO promise, else order date + lead time) and balance. */
export interface OpenLine {
  poNumber: string;
  supplierId: number;
  productId: number;
  locationId: number;
  dueDay: number | null;
  confirmedDay: number | null;
  balance: number;
  unitCost: number;
}

export function readOpenLines(db: Database.Database, inputs: AlertInputs): OpenLine[] {
  const firstLocation = Math.min(...inputs.locations.keys());
  const rows = db
    .prepare(
      `SELECT po.po_number, po.supplier_id, l.product_id, po.location_id,
         COALESCE(l.promised_date, po.promised_date, date(po.order_date, '+' || COALESCE(t.lead_time_days, s.default_lead_time_days) || ' days')),
         l.confirmed_date,
         COALESCE(l.confirmed_qty, l.qty_ordered) - COALESCE((SELECT sum(r.qty_received - r.qty_rejected) FROM receipts r WHERE r.po_line_id = l.id AND r.receipt_date <= @today), 0),
         COALESCE(l.unit_cost, t.unit_cost, 0)
       FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id JOIN suppliers s ON s.id = po.supplier_id
       LEFT JOIN supplier_terms t ON t.supplier_id = po.supplier_id AND t.product_id = l.product_id
       WHERE l.status IN ('open', 'partial') AND po.status IN ('open', 'partial') AND po.order_date <= @today`,
    )
    .raw(true)
    .all({ today: inputs.today }) as [string, number, number, number | null, string | null, string | null, number, number][];
  const out: OpenLine[] = [];
  for (const [poNumber, supplierId, productId, locationId, due, confirmed, balance, unitCost] of rows) {
    if (!(balance > 0)) continue;
    out.push({
      poNumber, supplierId, productId, locationId: locationId ?? (Number.isFinite(firstLocation) ? firstLocation : 0),
      dueDay: due ? dayFromIso(due) : null, confirmedDay: confirmed ? dayFromIso(confirmed) : null, balance, unitCost,
    });
  }
  return out;
}

/** Daily demand of a SKU at a location (or over all locations when the forecast was made that way). */
export function demandLookup(inputs: AlertInputs): (productId: number, locationId: number) => number {
  const byKey = new Map(inputs.series.map((s) => [seriesKey(s.productId, s.locationId), s.dailyDemand]));
  return (productId, locationId) => byKey.get(seriesKey(productId, locationId)) ?? byKey.get(seriesKey(productId, 0)) ?? 0;
}

/** Lines grouped per PO number, in first-seen order. */
export function byPurchaseOrder<T extends { poNumber: string }>(lines: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const line of lines) {
    const list = out.get(line.poNumber);
    if (list) list.push(line);
    else out.set(line.poNumber, [line]);
  }
  return out;
}

/** The SKU-location facts of a PO line (or of its SKU over all locations when the forecast was made that way). */
export function seriesLookup(inputs: AlertInputs): (productId: number, locationId: number) => AlertInputs['series'][number] | undefined {
  const byKey = new Map(inputs.series.map((s) => [seriesKey(s.productId, s.locationId), s]));
  return (productId, locationId) => byKey.get(seriesKey(productId, locationId)) ?? byKey.get(seriesKey(productId, 0));
}

/**
 * Units short because of a PO's timing, per SKU-location of its lines (several lines of one SKU-location
 * move together, capped by their balance): `moveTo` is the day the arrivals are compared at, `until` the
 * last day counted. Returns the units and their margin.
 */
export function delayShortfall(
  inputs: AlertInputs,
  seriesOf: ReturnType<typeof seriesLookup>,
  poNumber: string,
  lines: readonly OpenLine[],
  moveTo: (line: OpenLine) => number,
  until: (line: OpenLine) => number,
): { units: number; money: number } {
  const groups = new Map<string, { line: OpenLine; balance: number; until: number }>();
  for (const line of lines) {
    const key = seriesKey(line.productId, line.locationId);
    const group = groups.get(key);
    if (group) {
      group.balance += line.balance;
      group.until = Math.max(group.until, until(line));
    } else groups.set(key, { line, balance: line.balance, until: until(line) });
  }
  let units = 0;
  let money = 0;
  for (const { line, balance, until: last } of groups.values()) {
    const series = seriesOf(line.productId, line.locationId);
    const product = inputs.products.get(line.productId);
    if (!series || !product) continue;
    const short = Math.min(balance, unitsLostByDelay(series, poNumber, moveTo(line), inputs.todayDay, last + 1));
    units += short;
    money += short * unitMargin(product);
  }
  return { units, money };
}
