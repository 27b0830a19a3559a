/**
 * What lead times are measured from, independent of the period: every PO line that can ever be
 * judged (not cancelled, on a PO neither draft nor cancelled, with a due day) and its receipts, in
 * typed columns with lines in supplier-SKU order. Reading them is the one costly part of a
 * measurement (a scan of every line and receipt); the facts change only with the purchases or the
 * suppliers, so a writer keeps them (lead-times-kept.ts) and a new plan date or period is a loop.
 */

import type Database from 'better-sqlite3';
import { NO_DAY } from './line-facts-columns';

export interface LeadTimeFacts {
  lines: number;
  supplierId: Int32Array;
  productId: Int32Array;
  /** UTC day of the order; NO_DAY when the order date does not parse (never a sample). */
  orderDay: Int32Array;
  /** The first as-of day by which the order exists (`order_date <= asOf` as text); NO_DAY: never. */
  visibleDay: Int32Array;
  dueDay: Int32Array;
  /** 1 = the line is marked received. */
  received: Int32Array;
  ordered: Float64Array;
  /** Line i's receipts are receiptDay/receiptAccepted[receiptEnd[i - 1] ?? 0 .. receiptEnd[i]). */
  receiptEnd: Int32Array;
  /** NO_DAY when the receipt date does not parse (counts as a receipt, never as a delivery). */
  receiptDay: Int32Array;
  /** Received − rejected units. */
  receiptAccepted: Float64Array;
}

/** Line promise, else PO promise, else order date + terms lead time, else + supplier default (as line-facts.ts). */
const DUE_DAY = `CAST(COALESCE(unixepoch(l.promised_date), unixepoch(p.promised_date),
  unixepoch(p.order_date) + 86400 * COALESCE(t.lead_time_days, s.default_lead_time_days)) / 86400 AS INTEGER)`;

/** An ISO order date is visible on its own day; one with a time after the date only the day after. */
const VISIBLE_DAY = `unixepoch(date(p.order_date)) / 86400 + (p.order_date > date(p.order_date))`;

const LINES = `
SELECT l.id, p.supplier_id, l.product_id, unixepoch(p.order_date) / 86400, ${VISIBLE_DAY}, ${DUE_DAY} AS due_day,
       l.qty_ordered, l.status = 'received'
FROM po_lines l
CROSS JOIN purchase_orders p ON p.id = l.po_id
JOIN suppliers s ON s.id = p.supplier_id
LEFT JOIN supplier_terms t ON t.supplier_id = p.supplier_id AND t.product_id = l.product_id
WHERE l.status <> 'cancelled' AND p.status NOT IN ('draft', 'cancelled') AND due_day IS NOT NULL
ORDER BY p.supplier_id, l.product_id, l.id`;

const RECEIPTS = `
SELECT po_line_id, unixepoch(receipt_date) / 86400, qty_received - qty_rejected
FROM receipts WHERE po_line_id BETWEEN ? AND ? ORDER BY po_line_id`;

/** Every line and receipt, straight into typed arrays (no row objects kept). */
export function readLeadTimeFacts(db: Database.Database): LeadTimeFacts {
  const count = db.prepare('SELECT count(*) FROM po_lines').pluck().get() as number;
  const lineId = new Int32Array(count);
  const supplierId = new Int32Array(count);
  const productId = new Int32Array(count);
  const orderDay = new Int32Array(count);
  const visibleDay = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const received = new Int32Array(count);
  const ordered = new Float64Array(count);
  let n = 0;
  const rows = db.prepare(LINES).raw(true).iterate() as IterableIterator<[number, number, number, number | null, number | null, number, number, number]>;
  for (const row of rows) {
    lineId[n] = row[0];
    supplierId[n] = row[1];
    productId[n] = row[2];
    orderDay[n] = row[3] ?? NO_DAY;
    visibleDay[n] = row[4] ?? NO_DAY;
    dueDay[n] = row[5];
    ordered[n] = row[6];
    received[n] = row[7];
    n++;
  }
  const receipts = readReceipts(db, lineId.subarray(0, n));
  return {
    lines: n,
    supplierId: supplierId.slice(0, n),
    productId: productId.slice(0, n),
    orderDay: orderDay.slice(0, n),
    visibleDay: visibleDay.slice(0, n),
    dueDay: dueDay.slice(0, n),
    received: received.slice(0, n),
    ordered: ordered.slice(0, n),
    ...receipts,
  };
}

/** The receipts of the lines, grouped by line in the lines' order (receipts of other lines are skipped). */
function readReceipts(db: Database.Database, lineId: Int32Array): Pick<LeadTimeFacts, 'receiptEnd' | 'receiptDay' | 'receiptAccepted'> {
  const receiptEnd = new Int32Array(lineId.length);
  if (lineId.length === 0) return { receiptEnd, receiptDay: new Int32Array(0), receiptAccepted: new Float64Array(0) };
  let low = Infinity;
  let high = -Infinity;
  for (const id of lineId) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  // Line id → its index among the facts (lines are in supplier-SKU order, receipts in line id order).
  const indexOf = new Int32Array(high - low + 1).fill(-1);
  for (let i = 0; i < lineId.length; i++) indexOf[(lineId[i] as number) - low] = i;
  const total = db.prepare('SELECT count(*) FROM receipts WHERE po_line_id BETWEEN ? AND ?').pluck().get(low, high) as number;
  // Receipts in line id order into columns first, then placed by line (two passes, no row objects).
  const at = new Int32Array(total);
  const days = new Int32Array(total);
  const accepted = new Float64Array(total);
  const counts = new Int32Array(lineId.length);
  let read = 0;
  let kept = 0;
  const rows = db.prepare(RECEIPTS).raw(true).iterate(low, high) as IterableIterator<[number, number | null, number]>;
  for (const [line, day, units] of rows) {
    if (read === total) break;
    const i = indexOf[line - low] as number;
    at[read] = i;
    days[read] = day ?? NO_DAY;
    accepted[read] = units;
    read++;
    if (i >= 0) {
      counts[i]!++;
      kept++;
    }
  }
  let end = 0;
  for (let i = 0; i < lineId.length; i++) receiptEnd[i] = end += counts[i] as number;
  const receiptDay = new Int32Array(kept);
  const receiptAccepted = new Float64Array(kept);
  // Each line's slots filled in receipt order: its cursor starts at the line's first slot.
  const cursor = new Int32Array(lineId.length);
  for (let i = 0; i < lineId.length; i++) cursor[i] = (receiptEnd[i] as number) - (counts[i] as number);
  for (let r = 0; r < read; r++) {
    const i = at[r] as number;
    if (i < 0) continue;
    const slot = cursor[i]!++;
    receiptDay[slot] = days[r] as number;
    receiptAccepted[slot] = accepted[r] as number;
  }
  return { receiptEnd, receiptDay, receiptAccepted };
}
