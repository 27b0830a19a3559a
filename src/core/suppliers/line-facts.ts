import type Database from 'better-sqlite3';
import { dayFromIso } from '../ground/calendar';
import { NO_DAY, type LineFacts } from './line-facts-columns';
import { foldReceipts } from './receipt-fold';

export { NO_DAY, type LineFacts };

export interface FactsQuery {
  /** Lines ordered and receipts dated after this day (ISO) do not exist yet. */
  asOf: string;
  /** Only lines due within these days (inclusive); lines without a due date are never read. */
  fromDay?: number;
  toDay?: number;
  supplierIds?: readonly number[];
  productIds?: readonly number[];
}

/** Line promise, else PO promise, else order date + terms lead time, else + supplier default. */
const DUE_DAY = `COALESCE(unixepoch(l.promised_date), unixepoch(p.promised_date),
  unixepoch(p.order_date) + 86400 * COALESCE(t.lead_time_days, s.default_lead_time_days)) / 86400`;

/**
 * Implied by the due day being in the window, and tested on the line alone: a line with its own
 * promise is due then, so a promise outside the window rules the line out before the PO, supplier
 * and terms are looked up (most lines carry one, and most are due outside a few weeks).
 */
const LINE_PROMISE_IN_WINDOW = `(unixepoch(l.promised_date) IS NULL OR unixepoch(l.promised_date) / 86400 BETWEEN @fromDay AND @toDay)`;

/**
 * Two index-ordered scans, no SQL sort or GROUP BY: the lines (with PO, supplier and terms looked up
 * by key) in id order, then the receipts in po_line_id order, folded into the lines by a merge walk.
 * Rows are streamed straight into typed arrays: at 200,000 lines the cost is in crossing from
 * SQLite to JavaScript, so nothing is fetched twice and no row objects are kept.
 */
export function loadLineFacts(db: Database.Database, query: FactsQuery): LineFacts {
  const filters: string[] = [];
  const params: Record<string, unknown> = {
    asOf: query.asOf,
    fromDay: query.fromDay ?? -1e9,
    toDay: query.toDay ?? 1e9,
  };
  if (query.supplierIds) {
    filters.push('AND p.supplier_id IN (SELECT value FROM json_each(@suppliers))');
    params.suppliers = JSON.stringify(query.supplierIds);
  }
  if (query.productIds) {
    filters.push('AND l.product_id IN (SELECT value FROM json_each(@products))');
    params.products = JSON.stringify(query.productIds);
  }
  const where = `l.status <> 'cancelled' AND p.status NOT IN ('draft', 'cancelled') AND p.order_date <= @asOf ${filters.join(' ')}`;
  const lines = db
    .prepare(
      `SELECT l.id, p.id, p.supplier_id, l.product_id, unixepoch(p.order_date) / 86400 AS order_day, ${DUE_DAY} AS due_day,
              l.qty_ordered, l.unit_cost, t.unit_cost, l.status = 'received'
       FROM po_lines l
       CROSS JOIN purchase_orders p ON p.id = l.po_id
       JOIN suppliers s ON s.id = p.supplier_id
       LEFT JOIN supplier_terms t ON t.supplier_id = p.supplier_id AND t.product_id = l.product_id
       WHERE ${where} AND ${LINE_PROMISE_IN_WINDOW} AND due_day BETWEEN @fromDay AND @toDay
       ORDER BY l.id`,
    )
    .raw(true)
    .iterate(params) as IterableIterator<unknown[]>;
  const facts = fromLineRows(lines);
  if (facts.length === 0) return facts;
  // A subset reads only its own receipts; everyone's are cheaper to scan than to look up. Receipts
  // after the as-of date are read too, only to tell "not arrived yet" from "never recorded".
  // Only the ids the lines span (the fold skips the others): a window of due dates spans a few
  // weeks of orders, so the Dashboard does not walk every receipt of the history.
  const subset = filters.length > 0
    ? `AND r.po_line_id IN (SELECT l.id FROM po_lines l CROSS JOIN purchase_orders p ON p.id = l.po_id WHERE ${where})`
    : '';
  const receipts = db
    .prepare(
      `SELECT r.po_line_id, unixepoch(r.receipt_date) / 86400, r.qty_received, r.qty_rejected
       FROM receipts r
       WHERE r.po_line_id BETWEEN @firstLine AND @lastLine ${subset}
       ORDER BY r.po_line_id`,
    )
    .raw(true)
    .iterate({ ...params, firstLine: facts.lineId[0], lastLine: facts.lineId[facts.length - 1] }) as IterableIterator<unknown[]>;
  foldReceipts(facts, receipts, dayFromIso(query.asOf));
  return facts;
}

function fromLineRows(rows: IterableIterator<unknown[]>): LineFacts {
  let facts = allocate(4096);
  let n = 0;
  for (const row of rows) {
    if (n === facts.lineId.length) facts = grow(facts, n * 2);
    facts.lineId[n] = row[0] as number;
    facts.poId[n] = row[1] as number;
    facts.supplierId[n] = row[2] as number;
    facts.productId[n] = row[3] as number;
    facts.orderDay[n] = (row[4] as number | null) ?? NO_DAY;
    facts.dueDay[n] = row[5] as number;
    facts.qtyOrdered[n] = row[6] as number;
    facts.unitCost[n] = (row[7] as number | null) ?? Number.NaN;
    facts.termsCost[n] = (row[8] as number | null) ?? Number.NaN;
    // Provisionally: a received line is untimed until a receipt turns up in foldReceipts.
    facts.untimed[n] = row[9] as number;
    n++;
  }
  return shrinkTo(facts, n);
}

type Column = Int32Array | Float64Array;

function allocate(size: number): LineFacts {
  const ints = () => new Int32Array(size);
  const reals = () => new Float64Array(size);
  return {
    length: size,
    lineId: ints(), poId: ints(), supplierId: ints(), productId: ints(), orderDay: ints(), dueDay: ints(),
    firstReceiptDay: ints().fill(NO_DAY), completeDay: ints().fill(NO_DAY), receiptCount: ints(), untimed: ints(),
    qtyOrdered: reals(), received: reals(), rejected: reals(), unitCost: reals(), termsCost: reals(),
  };
}

function grow(facts: LineFacts, size: number): LineFacts {
  const bigger = allocate(size);
  for (const key of columnKeys(facts)) (bigger[key] as Column).set(facts[key] as Column);
  return bigger;
}

function shrinkTo(facts: LineFacts, n: number): LineFacts {
  const out = { ...facts, length: n };
  for (const key of columnKeys(facts)) (out[key] as Column) = (facts[key] as Column).subarray(0, n);
  return out;
}

function columnKeys(facts: LineFacts): Exclude<keyof LineFacts, 'length'>[] {
  return (Object.keys(facts) as (keyof LineFacts)[]).filter((k): k is Exclude<keyof LineFacts, 'length'> => k !== 'length');
}
