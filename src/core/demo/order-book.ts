import type { LineOutcome } from './deliveries';
import type { SupplyTerm } from './supplier-terms';

/** The book's columns, one entry per PO line, in the order placed. */
export const LINE_COLUMNS = [
  'productId', 'locationId', 'supplierId', 'orderDay', 'qtyOrdered', 'unitCost', 'promisedDay', 'firstDay', 'firstQty',
  'firstRejected', 'secondDay', 'secondQty', 'secondRejected', 'closedShort', 'confirmedQty', 'confirmedDay', 'rush',
] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];
/** A block's lines as typed columns, as a worker thread hands them over. */
export type LineColumns = { count: number } & Record<LineColumn, Float64Array>;

/**
 * Every PO line the simulation places, kept column-wise (plain number arrays) until all SKUs are
 * done; only then are lines grouped into purchase orders by supplier, warehouse and order day.
 */
export class OrderBook {
  readonly productId: number[] = [];
  readonly locationId: number[] = [];
  readonly supplierId: number[] = [];
  readonly orderDay: number[] = [];
  readonly qtyOrdered: number[] = [];
  readonly unitCost: number[] = [];
  readonly promisedDay: number[] = [];
  readonly firstDay: number[] = [];
  readonly firstQty: number[] = [];
  readonly firstRejected: number[] = [];
  readonly secondDay: number[] = [];
  readonly secondQty: number[] = [];
  readonly secondRejected: number[] = [];
  readonly closedShort: number[] = [];
  readonly confirmedQty: number[] = [];
  readonly confirmedDay: number[] = [];
  /** 1 when ordered from the SKU's backup supplier (a rush order). */
  readonly rush: number[] = [];

  get length(): number {
    return this.productId.length;
  }

  /** The lines as typed columns (a block's lines, handed from the thread that simulated them). */
  columns(): LineColumns {
    const count = this.length;
    const out = { count } as LineColumns;
    for (const name of LINE_COLUMNS) out[name] = Float64Array.from(this[name]);
    return out;
  }

  /** Adds a block's lines after those already in the book, in their order. */
  append(lines: LineColumns): void {
    for (const name of LINE_COLUMNS) {
      const into = this[name];
      const from = lines[name];
      for (let i = 0; i < lines.count; i++) into.push(from[i] as number);
    }
  }

  add(
    productId: number,
    locationId: number,
    term: SupplyTerm,
    orderDay: number,
    qtyOrdered: number,
    promisedDay: number,
    outcome: LineOutcome,
  ): void {
    this.productId.push(productId);
    this.locationId.push(locationId);
    this.supplierId.push(term.supplier.id);
    this.orderDay.push(orderDay);
    this.qtyOrdered.push(qtyOrdered);
    this.unitCost.push(term.unitCost);
    this.promisedDay.push(promisedDay);
    this.firstDay.push(outcome.firstDay);
    this.firstQty.push(outcome.firstQty);
    this.firstRejected.push(outcome.firstRejected);
    this.secondDay.push(outcome.secondDay);
    this.secondQty.push(outcome.secondQty);
    this.secondRejected.push(outcome.secondRejected);
    this.closedShort.push(outcome.closedShort ? 1 : 0);
    this.confirmedQty.push(outcome.confirmedQty);
    this.confirmedDay.push(outcome.confirmedDay);
    this.rush.push(term.isPrimary ? 0 : 1);
  }
}
