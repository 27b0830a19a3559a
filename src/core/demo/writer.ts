import type Database from 'better-sqlite3';
import type { HistorySink } from './sales-simulation';

/**
 * Multi-row INSERTs through one reused parameter array: far fewer native calls than one
 * statement per row, and no per-row allocation. Rows left over at the end go one by one.
 */
export class BatchInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private readonly values: unknown[];
  private pos = 0;
  rows = 0;

  constructor(db: Database.Database, table: string, private readonly width: number, rowsPerStatement = 32) {
    const row = `(${new Array<string>(width).fill('?').join(',')})`;
    this.many = db.prepare(`INSERT INTO ${table} VALUES ${new Array<string>(rowsPerStatement).fill(row).join(',')}`);
    this.one = db.prepare(`INSERT INTO ${table} VALUES ${row}`);
    this.values = new Array<unknown>(width * rowsPerStatement);
  }

  /** Any width; allocates the argument list, so keep the fixed-width methods for hot paths. */
  row(...values: unknown[]): void {
    const v = this.values;
    let p = this.pos;
    for (let i = 0; i < this.width; i++) v[p++] = values[i];
    this.advance(p);
  }

  row4(a: unknown, b: unknown, c: unknown, d: unknown): void {
    const v = this.values;
    let p = this.pos;
    v[p++] = a;
    v[p++] = b;
    v[p++] = c;
    v[p++] = d;
    this.advance(p);
  }

  row8(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown, g: unknown, h: unknown): void {
    const v = this.values;
    let p = this.pos;
    v[p++] = a;
    v[p++] = b;
    v[p++] = c;
    v[p++] = d;
    v[p++] = e;
    v[p++] = f;
    v[p++] = g;
    v[p++] = h;
    this.advance(p);
  }

  private advance(p: number): void {
    this.rows++;
    if (p === this.values.length) {
      this.many.run(this.values);
      p = 0;
    }
    this.pos = p;
  }

  flush(): void {
    for (let start = 0; start < this.pos; start += this.width) {
      this.one.run(this.values.slice(start, start + this.width));
    }
    this.pos = 0;
  }
}

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
