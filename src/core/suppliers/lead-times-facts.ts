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

/** An ISO order date is visible on its own day; one with a time after the date only the day after. */
const VISIBLE_DAY = `unixepoch(date(p.order_date)) / 86400 + (p.order_date > date(p.order_date))`;

/** Per PO (a tenth of the lines): its dates as numbers, so no line parses its PO's dates again. */
const ORDERS: ColumnsQuery = {
  columns: ['p.id', 'p.supplier_id', 'unixepoch(p.order_date)', VISIBLE_DAY, 'unixepoch(p.promised_date) / 86400', 's.default_lead_time_days'],
  table: 'purchase_orders',
  from: 'purchase_orders p JOIN suppliers s ON s.id = p.supplier_id',
  where: "p.status NOT IN ('draft', 'cancelled')",
  id: 'p.id',
};

/** Lines in id order (the table's own order: no sort, no join); supplier-SKU order is made in JavaScript. */
const LINES: ColumnsQuery = {
  columns: ['id', 'po_id', 'product_id', 'unixepoch(promised_date) / 86400', 'qty_ordered', "status = 'received'"],
  table: 'po_lines',
  from: 'po_lines',
  where: "status <> 'cancelled'",
  id: 'id',
};

/** Receipts in id order (a line's receipts keep their order among themselves). */
const RECEIPTS: ColumnsQuery = {
  columns: ['po_line_id', 'unixepoch(receipt_date) / 86400', 'qty_received - qty_rejected'],
  table: 'receipts',
  from: 'receipts',
  where: 'po_line_id IS NOT NULL',
  id: 'id',
};

interface ColumnsQuery {
  columns: readonly string[];
  /** The table whose ids are ranged over, and the FROM clause (it, or it joined). */
  table: string;
  from: string;
  where: string;
  /** The table's integer primary key: rows are read in ranges of it, in its order. */
  id: string;
}

/** A column of numbers where SQL may give NULL (a date that does not parse, a missing promise). */
type Nullable = (number | null)[];

/** Ids per range: a range's columns as JSON are a few megabytes, not the whole table's tens. */
const IDS_PER_RANGE = 200_000;

/**
 * A query's rows, in id order, as columns handed to `visit` a range of ids at a time: SQLite sends
 * each column as one JSON array (json_group_array over one scan, so the columns stay in step). A
 * row handed to JavaScript costs about a microsecond, and a first plan at 50,000 SKUs reads millions
 * of values; JSON gives SQLite's numbers back exactly.
 */
function eachColumns(db: Database.Database, query: ColumnsQuery, idsPerRange: number, visit: (columns: Nullable[]) => void): void {
  const [low, high] = db.prepare(`SELECT min(id), max(id) FROM ${query.table}`).raw(true).get() as [number | null, number | null];
  if (low === null || high === null) return;
  const read = db
    .prepare(`SELECT ${query.columns.map((c) => `json_group_array(${c})`).join(', ')} FROM ${query.from} WHERE ${query.id} >= ? AND ${query.id} < ? AND (${query.where})`)
    .raw(true);
  for (let from = low; from <= high; from += idsPerRange) {
    visit((read.get(from, from + idsPerRange) as string[]).map((text) => JSON.parse(text) as Nullable));
  }
}

interface Orders {
  supplierId: Int32Array;
  /** Seconds since the epoch (NaN when the date does not parse), as due dates add whole days to it. */
  orderEpoch: Float64Array;
  visibleDay: Int32Array;
  promisedDay: Int32Array;
  defaultLeadDays: Float64Array;
  /** 1 = a PO that counts (neither draft nor cancelled, with its supplier). */
  counts: Uint8Array;
}

/** Every line and receipt, straight into typed arrays (no row objects kept); `idsPerRange` for tests. */
export function readLeadTimeFacts(db: Database.Database, idsPerRange = IDS_PER_RANGE): LeadTimeFacts {
  const orders = readOrders(db, idsPerRange);
  const terms = readTermDays(db);
  const count = db.prepare('SELECT count(*) FROM po_lines').pluck().get() as number;
  // Lines as read (id order); `key` is the supplier-SKU each is sorted by afterwards.
  const lineId = new Int32Array(count);
  const supplierId = new Int32Array(count);
  const productId = new Int32Array(count);
  const orderDay = new Int32Array(count);
  const visibleDay = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const received = new Int32Array(count);
  const ordered = new Float64Array(count);
  let n = 0;
  eachColumns(db, LINES, idsPerRange, (columns) => {
    const [ids, poIds, products, linePromises, quantities, receivedFlags] = columns as [number[], number[], number[], Nullable, number[], number[]];
    for (let row = 0; row < ids.length; row++) {
      const poId = poIds[row] as number;
      if (n === count || poId >= orders.counts.length || orders.counts[poId] !== 1) continue;
      const product = products[row] as number;
      const linePromise = linePromises[row] as number | null;
      const supplier = orders.supplierId[poId] as number;
      const epoch = orders.orderEpoch[poId] as number;
      // Line promise, else PO promise, else order date + terms lead time, else + supplier default (as line-facts.ts).
      let due = linePromise ?? (orders.promisedDay[poId] === NO_DAY ? null : (orders.promisedDay[poId] as number));
      if (due === null && !Number.isNaN(epoch)) {
        const days = terms.get(termKey(supplier, product)) ?? orders.defaultLeadDays[poId] as number;
        if (!Number.isNaN(days)) due = Math.trunc((epoch + 86400 * days) / 86400);
      }
      if (due === null) continue;
      lineId[n] = ids[row] as number;
      supplierId[n] = supplier;
      productId[n] = product;
      orderDay[n] = Number.isNaN(epoch) ? NO_DAY : Math.trunc(epoch / 86400);
      visibleDay[n] = orders.visibleDay[poId] as number;
      dueDay[n] = due;
      ordered[n] = quantities[row] as number;
      received[n] = receivedFlags[row] as number;
      n++;
    }
  });
  const order = supplierSkuOrder(supplierId, productId, n);
  const sorted = <T extends Int32Array | Float64Array>(column: T): T => {
    const out = column.slice(0, n) as T;
    for (let i = 0; i < n; i++) out[i] = column[order[i] as number] as number;
    return out;
  };
  const sortedIds = sorted(lineId);
  return {
    lines: n,
    supplierId: sorted(supplierId),
    productId: sorted(productId),
    orderDay: sorted(orderDay),
    visibleDay: sorted(visibleDay),
    dueDay: sorted(dueDay),
    received: sorted(received),
    ordered: sorted(ordered),
    ...readReceipts(db, sortedIds, idsPerRange),
  };
}

function readOrders(db: Database.Database, idsPerRange: number): Orders {
  const size = ((db.prepare('SELECT max(id) FROM purchase_orders').pluck().get() as number | null) ?? 0) + 1;
  const orders: Orders = {
    supplierId: new Int32Array(size),
    orderEpoch: new Float64Array(size),
    visibleDay: new Int32Array(size),
    promisedDay: new Int32Array(size),
    defaultLeadDays: new Float64Array(size),
    counts: new Uint8Array(size),
  };
  eachColumns(db, ORDERS, idsPerRange, (columns) => {
    const [ids, suppliers, epochs, visibles, promises, defaultDays] = columns as [number[], number[], Nullable, Nullable, Nullable, Nullable];
    for (let row = 0; row < ids.length; row++) {
      const id = ids[row] as number;
      if (id < 0 || id >= size) continue;
      orders.supplierId[id] = suppliers[row] as number;
      orders.orderEpoch[id] = epochs[row] ?? Number.NaN;
      orders.visibleDay[id] = visibles[row] ?? NO_DAY;
      orders.promisedDay[id] = promises[row] ?? NO_DAY;
      orders.defaultLeadDays[id] = defaultDays[row] ?? Number.NaN;
      orders.counts[id] = 1;
    }
  });
  return orders;
}

const termKey = (supplierId: number, productId: number) => supplierId * 2 ** 32 + productId;

function readTermDays(db: Database.Database): Map<number, number> {
  const out = new Map<number, number>();
  const rows = db.prepare('SELECT supplier_id, product_id, lead_time_days FROM supplier_terms').raw(true).iterate() as IterableIterator<[number, number, number]>;
  for (const [supplier, product, days] of rows) out.set(termKey(supplier, product), days);
  return out;
}

/** Indices of the first n lines in supplier-SKU order, stable (lines in id order stay so): a counting sort over the pairs. */
function supplierSkuOrder(supplierId: Int32Array, productId: Int32Array, n: number): Int32Array {
  const groupOf = new Map<number, number>();
  const group = new Int32Array(n);
  const keys: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = termKey(supplierId[i] as number, productId[i] as number);
    let g = groupOf.get(key);
    if (g === undefined) {
      g = keys.length;
      groupOf.set(key, g);
      keys.push(key);
    }
    group[i] = g;
  }
  const byKey = Float64Array.from(keys).sort();
  const rank = new Int32Array(keys.length);
  for (let r = 0; r < byKey.length; r++) rank[groupOf.get(byKey[r] as number) as number] = r;
  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < n; i++) start[(rank[group[i] as number] as number) + 1]!++;
  for (let r = 0; r < keys.length; r++) start[r + 1]! += start[r] as number;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[start[rank[group[i] as number] as number]!++] = i;
  return order;
}

/** The receipts of the lines, grouped by line in the lines' order (receipts of other lines are skipped). */
function readReceipts(db: Database.Database, lineId: Int32Array, idsPerRange: number): Pick<LeadTimeFacts, 'receiptEnd' | 'receiptDay' | 'receiptAccepted'> {
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
  const total = db.prepare('SELECT count(*) FROM receipts WHERE po_line_id IS NOT NULL').pluck().get() as number;
  // Receipts in table order into columns first, then placed by line (two passes, no row objects).
  const at = new Int32Array(total);
  const days = new Int32Array(total);
  const accepted = new Float64Array(total);
  const counts = new Int32Array(lineId.length);
  let read = 0;
  let kept = 0;
  eachColumns(db, RECEIPTS, idsPerRange, (columns) => {
    const [lines, receiptDays, units] = columns as [number[], Nullable, number[]];
    for (let row = 0; row < lines.length && read < total; row++) {
      const line = lines[row] as number;
      const i = line >= low && line <= high ? (indexOf[line - low] as number) : -1;
      at[read] = i;
      days[read] = receiptDays[row] ?? NO_DAY;
      accepted[read] = units[row] as number;
      read++;
      if (i >= 0) {
        counts[i]!++;
        kept++;
      }
    }
  });
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
