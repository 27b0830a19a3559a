import type Database from 'better-sqlite3';
import { BatchInsert } from '../db/batch-insert';
import type { DemoCalendar } from './calendar';
import type { HistoryChunk, StockColumns } from './history-chunk';

/** Writes blocks of stock_snapshots rows (in key order); the caller wraps each block in a transaction. */
export class StockWriter {
  private readonly insert: BatchInsert;
  rows = 0;

  constructor(db: Database.Database, private readonly dates: readonly string[]) {
    this.insert = new BatchInsert(db, 'stock_snapshots (product_id, location_id, date, on_hand)', 4, 128);
  }

  write(t: StockColumns): void {
    const { dates, insert } = this;
    for (let k = 0; k < t.count; k++) insert.row4(t.productId[k], t.locationId[k], dates[t.day[k] as number], t.onHand[k]);
    insert.flush();
    this.rows += t.count;
  }
}

/**
 * Writes simulated blocks into sales_daily, stock_snapshots and the series store, in the order
 * they come (the rows of a block are in key order). The statements are prepared once and reused
 * for every block; the caller wraps each block in a transaction. A block whose stock snapshots
 * were written elsewhere (stock-side-file.ts) comes with none.
 */
export class HistoryWriter {
  private readonly sales: BatchInsert;
  private readonly stock: StockWriter;
  private readonly insertSeries: Database.Statement;
  private readonly dates: readonly string[];
  salesRows = 0;
  seriesRows = 0;

  constructor(db: Database.Database, calendar: DemoCalendar) {
    this.dates = calendar.dates;
    this.sales = new BatchInsert(db, 'sales_daily (product_id, location_id, date, units, revenue, orders, promo, stockout)', 8, 64);
    this.stock = new StockWriter(db, calendar.dates);
    this.insertSeries = db.prepare('INSERT INTO sales_series (product_id, location_id, first_day, last_day, rows, layout, data, revenue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  write(chunk: HistoryChunk): void {
    const { dates } = this;
    const s = chunk.sales;
    const sales = this.sales;
    for (let k = 0; k < s.count; k++) {
      sales.row8(s.productId[k], s.locationId[k], dates[s.day[k] as number], s.units[k], s.revenue[k], s.orders[k], s.promo[k], s.stockout[k]);
    }
    sales.flush();
    this.stock.write(chunk.stock);
    const e = chunk.series;
    const data = Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength);
    const revenue = Buffer.from(e.revenueData.buffer, e.revenueData.byteOffset, e.revenueData.byteLength);
    for (let k = 0; k < e.count; k++) {
      const blob = data.subarray(e.offsets[k], e.offsets[k + 1]);
      const revenueBlob = revenue.subarray(e.revenueOffsets[k], e.revenueOffsets[k + 1]);
      this.insertSeries.run(e.productId[k], e.locationId[k], e.firstDay[k], e.lastDay[k], e.rows[k], e.layout[k], blob, revenueBlob);
    }
    this.salesRows += s.count;
    this.seriesRows += e.count;
  }

  get stockRows(): number {
    return this.stock.rows;
  }
}

/**
 * Drops the secondary indexes of the given tables and returns a function that recreates them
 * from their stored definitions. Building an index once after a bulk load is much faster than
 * keeping it up to date row by row (the date index is scattered across the insert order).
 */
export function suspendIndexes(db: Database.Database, tables: readonly string[]): () => void {
  const placeholders = tables.map(() => '?').join(',');
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY name`)
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}

/**
 * For the index builds: with temp_store = MEMORY SQLite's sorter keeps every key of an index in
 * one in-memory list (no size limit, one allocation per key) and slows down more than linearly
 * (7 s for 4.6 M sales rows); with temporary files it sorts runs of cache_size bytes and merges
 * them, and 16 MB runs stay in the CPU caches (1.9 s for the same rows). `helperThreads` sort
 * runs beside the calling thread where a core is free. Put back afterwards.
 */
export function tuneSorter(db: Database.Database, helperThreads: number): () => void {
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const threads = db.pragma('threads', { simple: true }) as number;
  db.pragma('temp_store = FILE');
  db.pragma('cache_size = -16384');
  db.pragma(`threads = ${helperThreads}`);
  return () => {
    if (!db.open || db.inTransaction) return;
    db.pragma(`temp_store = ${tempStore}`);
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`threads = ${threads}`);
  };
}
