import type Database from 'better-sqlite3';

/**
 * What a connection has computed, kept while its data version stands: SQLite's data_version moves
 * when another connection commits, total_changes() when this one writes. So asking again on an
 * unchanged workspace (the CLI, a reader that lost its result cache) answers at once, and any
 * write anywhere computes afresh. Per connection: a new connection starts cold.
 */
export function memoByDataVersion<T>(compute: (db: Database.Database) => T): (db: Database.Database) => T {
  const kept = new WeakMap<Database.Database, { version: string; value: T }>();
  return (db) => {
    const version = dataVersion(db);
    const hit = kept.get(db);
    if (hit && hit.version === version) return hit.value;
    const value = compute(db);
    // Measured again after computing: a write while computing (none today) must not be cached over.
    if (dataVersion(db) === version) kept.set(db, { version, value });
    return value;
  };
}

function dataVersion(db: Database.Database): string {
  return `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`;
}
