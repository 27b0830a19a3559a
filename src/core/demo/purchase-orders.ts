import type Database from 'better-sqlite3';
import type { DemoCalendar } from './calendar';
import { NO_DAY } from './deliveries';
import type { BookView } from './order-book';
import type { Supplier } from './suppliers';
import { BatchInsert } from '../db/batch-insert';

export interface PurchaseCounts {
  purchase_orders: number;
  po_lines: number;
  receipts: number;
}

type Status = 'open' | 'partial' | 'received';

const NOTE_RUSH = '加急补货 Rush order from backup supplier';
const NOTE_SHORT = '少发，余量取消 Shipped short, balance cancelled';
const NOTE_BELOW_MINIMUM = '未达起订金额，付附加费 Below minimum order value, surcharge paid';

/**
 * Groups the simulated lines into POs (one per supplier, warehouse and order day, as a merchant
 * sends them) and writes POs, lines and receipts as they stand at asOf: deliveries after asOf
 * have not happened yet, so those lines are still open.
 */
export function writePurchaseOrders(
  db: Database.Database,
  calendar: DemoCalendar,
  book: BookView,
  suppliers: readonly Supplier[],
  onProgress: (done: number, total: number) => void,
): PurchaseCounts {
  const writer = new PurchaseOrderWriter(db, calendar, book, suppliers);
  const order = sortedLineIndexes(book);
  let pos = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && samePo(book, order[start] as number, order[end] as number)) end++;
    writer.write(order.subarray(start, end));
    if (++pos % 500 === 0) onProgress(end, order.length);
    start = end;
  }
  writer.flush();
  onProgress(order.length, order.length);
  return writer.counts;
}

class PurchaseOrderWriter {
  readonly counts: PurchaseCounts = { purchase_orders: 0, po_lines: 0, receipts: 0 };
  private readonly pos: BatchInsert;
  private readonly lines: BatchInsert;
  private readonly receipts: BatchInsert;
  private readonly sequenceByYear = new Map<string, number>();
  private readonly supplierById: Map<number, Supplier>;
  private readonly asOfDay: number;

  constructor(
    db: Database.Database,
    private readonly calendar: DemoCalendar,
    private readonly book: BookView,
    suppliers: readonly Supplier[],
  ) {
    // Batched like the lines: a PO may reach the file after its lines, since the demo writes with foreign keys off.
    this.pos = new BatchInsert(db, 'purchase_orders (id, po_number, supplier_id, location_id, order_date, promised_date, status, currency, notes)', 9);
    this.lines = new BatchInsert(
      db,
      'po_lines (id, po_id, line_no, product_id, qty_ordered, unit_cost, promised_date, confirmed_qty, confirmed_date, status)',
      10,
    );
    this.receipts = new BatchInsert(
      db,
      'receipts (po_line_id, product_id, location_id, receipt_date, qty_received, qty_rejected, reference)',
      7,
    );
    this.supplierById = new Map(suppliers.map((s) => [s.id, s]));
    this.asOfDay = calendar.days - 1;
  }

  /** One PO from its line indexes in the order book. */
  write(lineIndexes: Int32Array): void {
    const { book, calendar } = this;
    const first = lineIndexes[0] as number;
    const poId = ++this.counts.purchase_orders;
    const orderDate = calendar.dateAt(book.orderDay[first] as number);
    const year = orderDate.slice(0, 4);
    const sequence = (this.sequenceByYear.get(year) ?? 0) + 1;
    this.sequenceByYear.set(year, sequence);
    const poNumber = `PO-${year}-${String(sequence).padStart(6, '0')}`;

    let promised = NO_DAY;
    const statuses = new Set<Status>();
    for (const i of lineIndexes) {
      promised = Math.max(promised, book.promisedDay[i] as number);
      statuses.add(this.lineStatus(i));
    }
    const status: Status = statuses.size > 1 ? 'partial' : (statuses.values().next().value as Status);
    const supplierId = book.supplierId[first];
    const locationId = book.locationId[first];
    const promisedDate = calendar.dateAt(promised);
    const notes = this.notes(lineIndexes);
    this.pos.fill((v, at) => {
      v[at] = poId;
      v[at + 1] = poNumber;
      v[at + 2] = supplierId;
      v[at + 3] = locationId;
      v[at + 4] = orderDate;
      v[at + 5] = promisedDate;
      v[at + 6] = status;
      v[at + 7] = 'CNY';
      v[at + 8] = notes;
    });
    for (let n = 0; n < lineIndexes.length; n++) this.writeLine(lineIndexes[n] as number, poId, n + 1, poNumber);
  }

  flush(): void {
    this.pos.flush();
    this.lines.flush();
    this.receipts.flush();
  }

  private writeLine(i: number, poId: number, lineNo: number, poNumber: string): void {
    const { book, calendar } = this;
    const lineId = ++this.counts.po_lines;
    const productId = book.productId[i];
    const qtyOrdered = book.qtyOrdered[i];
    const unitCost = book.unitCost[i];
    const promisedDate = calendar.dateAt(book.promisedDay[i] as number);
    const confirmedQty = book.confirmedQty[i] as number;
    const confirmedDay = book.confirmedDay[i] as number;
    const status = this.lineStatus(i);
    this.lines.fill((v, at) => {
      v[at] = lineId;
      v[at + 1] = poId;
      v[at + 2] = lineNo;
      v[at + 3] = productId;
      v[at + 4] = qtyOrdered;
      v[at + 5] = unitCost;
      v[at + 6] = promisedDate;
      v[at + 7] = confirmedQty >= 0 ? confirmedQty : null;
      v[at + 8] = confirmedDay !== NO_DAY ? calendar.dateAt(confirmedDay) : null;
      v[at + 9] = status;
    });
    this.writeReceipt(i, lineId, poNumber, 1, book.firstDay[i] as number, book.firstQty[i] as number, book.firstRejected[i] as number);
    this.writeReceipt(i, lineId, poNumber, 2, book.secondDay[i] as number, book.secondQty[i] as number, book.secondRejected[i] as number);
  }

  /** The line's `delivery`-th delivery (1 or 2), if it has arrived by asOf. */
  private writeReceipt(i: number, lineId: number, poNumber: string, delivery: number, day: number, qty: number, rejected: number): void {
    if (day === NO_DAY || day > this.asOfDay) return;
    const { book } = this;
    const productId = book.productId[i];
    const locationId = book.locationId[i];
    const date = this.calendar.dateAt(day);
    // The supplier's delivery note number ties a receipt to its PO.
    const reference = `DN-${poNumber.slice(3)}-${delivery}`;
    this.receipts.fill((v, at) => {
      v[at] = lineId;
      v[at + 1] = productId;
      v[at + 2] = locationId;
      v[at + 3] = date;
      v[at + 4] = qty;
      v[at + 5] = rejected;
      v[at + 6] = reference;
    });
    this.counts.receipts++;
  }

  /** Open: nothing arrived yet; partial: a backorder is still to come; received: done. */
  private lineStatus(i: number): Status {
    const { book, asOfDay } = this;
    if ((book.firstDay[i] as number) > asOfDay) return 'open';
    const second = book.secondDay[i] as number;
    return second !== NO_DAY && second > asOfDay ? 'partial' : 'received';
  }

  private notes(lineIndexes: Int32Array): string | null {
    const { book } = this;
    let value = 0;
    let rush = false;
    let closedShort = false;
    for (const i of lineIndexes) {
      value += (book.qtyOrdered[i] as number) * (book.unitCost[i] as number);
      rush ||= book.rush[i] === 1;
      closedShort ||= book.closedShort[i] === 1 && (book.firstDay[i] as number) <= this.asOfDay;
    }
    const minimum = this.supplierById.get(book.supplierId[lineIndexes[0] as number] as number)?.minOrderValue ?? null;
    const notes: string[] = [];
    if (rush) notes.push(NOTE_RUSH);
    if (closedShort) notes.push(NOTE_SHORT);
    if (minimum !== null && value < minimum) notes.push(NOTE_BELOW_MINIMUM);
    return notes.length > 0 ? notes.join('; ') : null;
  }
}

function samePo(book: BookView, a: number, b: number): boolean {
  return (
    book.orderDay[a] === book.orderDay[b] &&
    book.supplierId[a] === book.supplierId[b] &&
    book.locationId[a] === book.locationId[b]
  );
}

/** Line indexes ordered by order day, supplier, warehouse and product. */
function sortedLineIndexes(book: BookView): Int32Array {
  const order = new Int32Array(book.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const { orderDay, supplierId, locationId, productId } = book;
  return order.sort(
    (a, b) =>
      (orderDay[a] as number) - (orderDay[b] as number) ||
      (supplierId[a] as number) - (supplierId[b] as number) ||
      (locationId[a] as number) - (locationId[b] as number) ||
      (productId[a] as number) - (productId[b] as number),
  );
}
