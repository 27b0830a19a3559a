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

/** A book's lines read by index, in the order placed: the simulation's OrderBook or a JoinedBook. */
export type BookView = { readonly length: number } & Readonly<Record<LineColumn, ArrayLike<number>>>;

type NarrowColumn = Int32Array | Uint8Array | Float64Array;

const I32 = (n: number): NarrowColumn => new Int32Array(n);
const U8 = (n: number): NarrowColumn => new Uint8Array(n);
const F64 = (n: number): NarrowColumn => new Float64Array(n);

/** Ids and days fit 32-bit integers (NO_DAY too), flags a byte; quantities and costs stay doubles. */
const NARROW: Record<LineColumn, (length: number) => NarrowColumn> = {
  productId: I32, locationId: I32, supplierId: I32, orderDay: I32, promisedDay: I32, firstDay: I32, secondDay: I32, confirmedDay: I32,
  closedShort: U8, rush: U8,
  qtyOrdered: F64, unitCost: F64, firstQty: F64, firstRejected: F64, secondQty: F64, secondRejected: F64, confirmedQty: F64,
};

/**
 * The writer's side of the book: every block's lines kept in narrow typed columns as they come
 * (90 bytes a line, where 17 number[] columns grown by push take 136 bytes and their slack: the
 * demo's largest SKU-proportional memory, about 2 M lines at 100,000 SKUs), joined into one
 * column each once the last block is in.
 */
export class JoinedBook {
  private blocks: { count: number; columns: Record<LineColumn, NarrowColumn> }[] = [];

  append(lines: LineColumns): void {
    const columns = {} as Record<LineColumn, NarrowColumn>;
    for (const name of LINE_COLUMNS) {
      const column = NARROW[name](lines.count);
      column.set(lines[name].subarray(0, lines.count));
      columns[name] = column;
    }
    this.blocks.push({ count: lines.count, columns });
  }

  /** Every line in block order, a column at a time (each block's part let go once copied); the book is empty afterwards. */
  join(): BookView {
    const blocks = this.blocks;
    this.blocks = [];
    const length = blocks.reduce((n, b) => n + b.count, 0);
    const out = { length } as { length: number } & Record<LineColumn, NarrowColumn>;
    for (const name of LINE_COLUMNS) {
      const column = NARROW[name](length);
      let at = 0;
      for (const block of blocks) {
        column.set(block.columns[name], at);
        at += block.count;
        block.columns[name] = EMPTY;
      }
      out[name] = column;
    }
    return out;
  }
}

const EMPTY = new Float64Array(0);
