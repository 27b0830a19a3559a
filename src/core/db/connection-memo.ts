import type Database from 'better-sqlite3';

/**
 * What a connection has computed, kept while `keyOf(db)` stands. Per connection: a new connection
 * starts cold. The key is measured again after computing: a write while computing (none today)
 * must not be cached over.
 */
export function memoByKey<T>(keyOf: (db: Database.Database) => string, compute: (db: Database.Database) => T): (db: Database.Database) => T {
  const kept = new WeakMap<Database.Database, { key: string; value: T }>();
  return (db) => {
    const key = keyOf(db);
    const hit = kept.get(db);
    if (hit && hit.key === key) return hit.value;
    const value = compute(db);
    if (keyOf(db) === key) kept.set(db, { key, value });
    return value;
  };
}

/**
 * Kept while the connection's data version stands: SQLite's data_version moves when another
 * connection commits, total_changes() when this one writes. So asking again on an unchanged
 * workspace (the CLI, a reader that lost its result cache) answers at once, and any write
 * anywhere computes afresh.
 */
export function memoByDataVersion<T>(compute: (db: Database.Database) => T): (db: Database.Database) => T {
  return memoByKey(dataVersion, compute);
}

function dataVersion(db: Database.Database): string {
  return `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;
}
