import type Database from 'better-sqlite3';
import { BatchInsert } from '../db/batch-insert';
import type { HistorySink } from './sales-simulation';

/** Streams simulated sales and stock rows into sales_daily and stock_snapshots. */
export class HistoryWriter implements HistorySink {
  private readonly sales: BatchInsert;
  private readonly stock: BatchInsert;

  constructor(db: Database.Database, private readonly dates: readonly string[]) {
    this.sales = new BatchInsert(db, 'sales_daily (product_id, location_id, date, units, revenue, orders, promo, stockout)', 8);
    this.stock = new BatchInsert(db, 'stock_snapshots (product_id, location_id, date, on_hand)', 4);
  }

  sale(
    productId: number, locationId: number, day: number,
    units: number, revenue: number, orders: number, promo: number, stockout: number,
  ): void {
    this.sales.row8(productId, locationId, this.dates[day], units, revenue, orders, promo, stockout);
  }

  snapshot(productId: number, locationId: number, day: number, onHand: number): void {
    this.stock.row4(productId, locationId, this.dates[day], onHand);
  }

  /** Writes buffered rows; call before committing. */
  flush(): void {
    this.sales.flush();
    this.stock.flush();
  }

  get salesRows(): number {
    return this.sales.rows;
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
