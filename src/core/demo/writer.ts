import type Database from 'better-sqlite3';
import { BatchInsert } from '../db/batch-insert';
import type { DemoCalendar } from './calendar';
import type { HistorySink } from './sales-simulation';
import { SeriesCollector } from './series-collector';

/** Streams simulated sales and stock rows into sales_daily and stock_snapshots, and the sales into the series store. */
export class HistoryWriter implements HistorySink {
  private readonly sales: BatchInsert;
  private readonly stock: BatchInsert;
  private readonly series: SeriesCollector;
  private readonly dates: readonly string[];

  constructor(db: Database.Database, calendar: DemoCalendar) {
    this.dates = calendar.dates;
    this.sales = new BatchInsert(db, 'sales_daily (product_id, location_id, date, units, revenue, orders, promo, stockout)', 8);
    this.stock = new BatchInsert(db, 'stock_snapshots (product_id, location_id, date, on_hand)', 4);
    this.series = new SeriesCollector(db, calendar.firstEpochDay, calendar.days);
  }

  sale(
    productId: number, locationId: number, day: number,
    units: number, revenue: number, orders: number, promo: number, stockout: number,
  ): void {
    this.sales.row8(productId, locationId, this.dates[day], units, revenue, orders, promo, stockout);
    this.series.add(productId, locationId, day, units, revenue, promo, stockout);
  }

  snapshot(productId: number, locationId: number, day: number, onHand: number): void {
    this.stock.row4(productId, locationId, this.dates[day], onHand);
  }

  /** Writes buffered rows; call before committing. */
  flush(): void {
    this.sales.flush();
    this.stock.flush();
    this.series.finish();
  }

  get seriesRows(): number {
    return this.series.series;
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
