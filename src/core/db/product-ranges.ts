import type Database from 'better-sqlite3';

/** Consecutive products by id, `size` at a time: the first and last id of each, and how many are done after it. */
export interface ProductRange {
  first: number;
  last: number;
  done: number;
}

/**
 * The catalogue in ranges of `size` products, for work that reads a table keyed by product a
 * range at a time (`product_id BETWEEN first AND last` walks the primary key): what one range
 * reads is held or sorted in memory, never the whole table.
 */
export function* productRanges(db: Database.Database, size: number): Generator<ProductRange> {
  const ids = db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[];
  for (let at = 0; at < ids.length; at += size) {
    const done = Math.min(ids.length, at + size);
    yield { first: ids[at] as number, last: ids[done - 1] as number, done };
  }
}
