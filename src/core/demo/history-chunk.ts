import { encodeSeries } from '../db/sales-series/codec';
import { encodeRevenue } from '../db/sales-series/revenue-codec';
import { PROMO_FLAG, STOCKOUT_FLAG } from '../db/sales-series/records';
import { LINE_COLUMNS, type LineColumns } from './order-book';
import type { HistorySink } from './sales-simulation';

/**
 * The simulated history of one block of SKUs, packed column-wise in typed arrays: sales_daily
 * and stock_snapshots rows in key order, the block's series store BLOBs, and the PO lines it
 * placed. Typed arrays so a worker thread can hand a block over without copying it (their
 * buffers are transferred), and so a block costs a few bytes a row wherever it is made.
 */
export interface HistoryChunk {
  /** SKU indexes [from, to) of the world's products. */
  from: number;
  to: number;
  sales: SalesColumns;
  stock: StockColumns;
  series: SeriesColumns;
  lines: LineColumns;
}

export interface SalesColumns {
  count: number;
  productId: Int32Array;
  locationId: Uint8Array;
  /** The demo's day index (0 = first day of history). */
  day: Uint16Array;
  units: Float64Array;
  revenue: Float64Array;
  orders: Float64Array;
  promo: Uint8Array;
  stockout: Uint8Array;
}

export interface StockColumns {
  count: number;
  productId: Int32Array;
  locationId: Uint8Array;
  day: Uint16Array;
  onHand: Float64Array;
}

/**
 * Encoded series (db/sales-series/codec): series k's BLOB is data[offsets[k], offsets[k + 1]),
 * its revenue BLOB (revenue-codec) revenueData[revenueOffsets[k], revenueOffsets[k + 1]).
 */
export interface SeriesColumns {
  count: number;
  productId: Int32Array;
  locationId: Uint8Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  rows: Int32Array;
  layout: Uint8Array;
  offsets: Int32Array;
  data: Uint8Array;
  revenueOffsets: Int32Array;
  revenueData: Uint8Array;
}

/** Every buffer of a chunk, for a worker's transfer list (each column owns its buffer). */
export function chunkBuffers(chunk: HistoryChunk): ArrayBuffer[] {
  const { sales, stock, series, lines } = chunk;
  const views: ArrayBufferView[] = [
    sales.productId, sales.locationId, sales.day, sales.units, sales.revenue, sales.orders, sales.promo, sales.stockout,
    stock.productId, stock.locationId, stock.day, stock.onHand,
    series.productId, series.locationId, series.firstDay, series.lastDay, series.rows, series.layout, series.offsets, series.data, series.revenueOffsets, series.revenueData,
    ...LINE_COLUMNS.map((c) => lines[c]),
  ];
  return views.map((v) => v.buffer as ArrayBuffer);
}

/** Doubles a typed array's capacity, keeping its contents. */
function grow<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Collects one block's simulated rows (a HistorySink) into a HistoryChunk, and encodes each
 * SKU-location's sales into its series BLOB once its last row is in — the rows arrive in key
 * order, one SKU-location after another, so this is the BLOB the store's own build would make.
 */
export class ChunkBuilder implements HistorySink {
  private readonly sales: SalesColumns;
  private readonly stock: StockColumns;
  private readonly series: SeriesColumns;
  /** The open series' rows, in sales_series' epoch days. */
  private readonly open: { days: Int32Array; units: Float64Array; revenue: Float64Array; flags: Uint8Array; count: number; productId: number; locationId: number };

  /** `expectedRows`: a first guess of the block's sales rows (the arrays grow past it). */
  constructor(private readonly firstEpochDay: number, historyDays: number, expectedRows: number) {
    const n = Math.max(1024, expectedRows);
    this.sales = {
      count: 0, productId: new Int32Array(n), locationId: new Uint8Array(n), day: new Uint16Array(n), units: new Float64Array(n),
      revenue: new Float64Array(n), orders: new Float64Array(n), promo: new Uint8Array(n), stockout: new Uint8Array(n),
    };
    const s = Math.max(256, n >> 2);
    this.stock = { count: 0, productId: new Int32Array(s), locationId: new Uint8Array(s), day: new Uint16Array(s), onHand: new Float64Array(s) };
    const k = 64;
    this.series = {
      count: 0, productId: new Int32Array(k), locationId: new Uint8Array(k), firstDay: new Int32Array(k), lastDay: new Int32Array(k),
      rows: new Int32Array(k), layout: new Uint8Array(k), offsets: new Int32Array(k + 1), data: new Uint8Array(n * 7),
      revenueOffsets: new Int32Array(k + 1), revenueData: new Uint8Array(n * 4),
    };
    this.open = { days: new Int32Array(historyDays), units: new Float64Array(historyDays), revenue: new Float64Array(historyDays), flags: new Uint8Array(historyDays), count: 0, productId: 0, locationId: 0 };
  }

  sale(
    productId: number, locationId: number, day: number,
    units: number, revenue: number, orders: number, promo: number, stockout: number,
  ): void {
    const s = this.sales;
    const k = s.count++;
    if (k === s.productId.length) this.growSales(k + 1);
    s.productId[k] = productId;
    s.locationId[k] = locationId;
    s.day[k] = day;
    s.units[k] = units;
    s.revenue[k] = revenue;
    s.orders[k] = orders;
    s.promo[k] = promo;
    s.stockout[k] = stockout;

    const o = this.open;
    if (productId !== o.productId || locationId !== o.locationId) {
      this.closeSeries();
      o.productId = productId;
      o.locationId = locationId;
    }
    const r = o.count++;
    o.days[r] = this.firstEpochDay + day;
    o.units[r] = units;
    o.revenue[r] = revenue;
    o.flags[r] = (promo ? PROMO_FLAG : 0) | (stockout ? STOCKOUT_FLAG : 0);
  }

  snapshot(productId: number, locationId: number, day: number, onHand: number): void {
    const s = this.stock;
    const k = s.count++;
    if (k === s.productId.length) {
      s.productId = grow(s.productId, k + 1);
      s.locationId = grow(s.locationId, k + 1);
      s.day = grow(s.day, k + 1);
      s.onHand = grow(s.onHand, k + 1);
    }
    s.productId[k] = productId;
    s.locationId[k] = locationId;
    s.day[k] = day;
    s.onHand[k] = onHand;
  }

  /** The block's rows; the builder is spent afterwards. `lines`: the block's order book columns. */
  finish(from: number, to: number, lines: LineColumns): HistoryChunk {
    this.closeSeries();
    return { from, to, sales: this.sales, stock: this.stock, series: this.series, lines };
  }

  private growSales(needed: number): void {
    const s = this.sales;
    s.productId = grow(s.productId, needed);
    s.locationId = grow(s.locationId, needed);
    s.day = grow(s.day, needed);
    s.units = grow(s.units, needed);
    s.revenue = grow(s.revenue, needed);
    s.orders = grow(s.orders, needed);
    s.promo = grow(s.promo, needed);
    s.stockout = grow(s.stockout, needed);
  }

  private closeSeries(): void {
    const o = this.open;
    if (o.count === 0) return;
    const e = encodeSeries(o.days, o.units, o.flags, o.count);
    const s = this.series;
    const k = s.count++;
    if (k === s.productId.length) {
      s.productId = grow(s.productId, k + 1);
      s.locationId = grow(s.locationId, k + 1);
      s.firstDay = grow(s.firstDay, k + 1);
      s.lastDay = grow(s.lastDay, k + 1);
      s.rows = grow(s.rows, k + 1);
      s.layout = grow(s.layout, k + 1);
      s.offsets = grow(s.offsets, s.productId.length + 1);
      s.revenueOffsets = grow(s.revenueOffsets, s.productId.length + 1);
    }
    const start = s.offsets[k] as number;
    s.data = grow(s.data, start + e.data.length);
    s.data.set(e.data, start);
    s.offsets[k + 1] = start + e.data.length;
    const revenue = encodeRevenue(o.revenue, o.count);
    const revenueStart = s.revenueOffsets[k] as number;
    s.revenueData = grow(s.revenueData, revenueStart + revenue.length);
    s.revenueData.set(revenue, revenueStart);
    s.revenueOffsets[k + 1] = revenueStart + revenue.length;
    s.productId[k] = o.productId;
    s.locationId[k] = o.locationId;
    s.firstDay[k] = e.firstDay;
    s.lastDay[k] = e.lastDay;
    s.rows[k] = e.rows;
    s.layout[k] = e.layout;
    o.count = 0;
  }
}
