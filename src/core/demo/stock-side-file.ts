import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { openScratchFile } from '../db/connection-policy';
import type { StockColumns } from './history-chunk';
import { StockWriter, tuneSorter } from './writer';

/**
 * The demo's stock snapshots, written by the history worker into a private SQLite file beside the
 * workspace being built and then copied into it by one INSERT … SELECT *. With the same table and
 * indexes on both sides (and an empty target) SQLite's transfer optimisation copies the records
 * of the table and of its date index as they are, in key order: the workspace's thread — the
 * demo's critical path — neither binds those rows nor sorts their index. The worker does both in
 * the time it would otherwise wait for the writer to ask for the next block.
 */

/** The side file of a workspace file being built (removed with it when the build fails). */
export function stockSideFile(workspacePath: string): string {
  return `${workspacePath}.stock`;
}

/** Where the side file goes and the workspace's own DDL for it: the table, then its indexes. */
export interface StockSide {
  path: string;
  table: string;
  indexes: string[];
}

/** The side file for `db`'s workspace, with the table and index definitions read from it. */
export function describeStockSide(db: Database.Database): StockSide {
  const schema = db
    .prepare(`SELECT type, sql FROM sqlite_schema WHERE tbl_name = 'stock_snapshots' AND sql IS NOT NULL ORDER BY type = 'index', name`)
    .all() as { type: string; sql: string }[];
  const table = schema.find((s) => s.type === 'table')?.sql;
  if (!table) throw new Error('the workspace has no stock_snapshots table');
  return { path: stockSideFile(db.name), table, indexes: schema.filter((s) => s.type === 'index').map((s) => s.sql) };
}

/** Worker side: the side file, filled block by block, its indexes built at the end. */
export class StockSideWriter {
  private readonly db: Database.Database;
  private readonly writer: StockWriter;
  private readonly writeInTransaction: (stock: StockColumns) => void;

  constructor(private readonly side: StockSide, dates: readonly string[]) {
    fs.rmSync(side.path, { force: true });
    this.db = openScratchFile(side.path);
    try {
      this.db.pragma('cache_size = -65536');
      this.db.exec(side.table);
      this.writer = new StockWriter(this.db, dates);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.writeInTransaction = this.db.transaction((stock: StockColumns) => this.writer.write(stock));
  }

  write(stock: StockColumns): void {
    this.writeInTransaction(stock);
  }

  /**
   * Builds the indexes (no helper thread: the writer's thread has the other core) and closes the
   * file, so the workspace's connection can read it. Returns the rows written.
   */
  finish(): number {
    tuneSorter(this.db, 0);
    for (const sql of this.side.indexes) this.db.exec(sql);
    this.db.close();
    return this.writer.rows;
  }

  /** Closes the file without finishing it (the build failed); the caller removes it. */
  abandon(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Parent side: copies the finished side file's rows into the workspace's stock_snapshots, which
 * must be empty and keep its indexes (so the transfer copies them too, instead of a sort later).
 * Needs foreign keys off, as the demo's connection has them while it writes. Returns the rows copied.
 */
export function copyStockFrom(db: Database.Database, sidePath: string): number {
  db.prepare('ATTACH DATABASE ? AS demo_stock').run(sidePath);
  try {
    return db.transaction(() => db.prepare('INSERT INTO main.stock_snapshots SELECT * FROM demo_stock.stock_snapshots').run().changes)();
  } finally {
    db.exec('DETACH DATABASE demo_stock');
  }
}
