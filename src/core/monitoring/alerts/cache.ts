import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The value alert_cache keeps under `name` when it was stored with this fingerprint; else undefined.
 * The fingerprint is matched in SQL: a stale value (tens of MB at 50,000 SKUs) is never read.
 */
export function readCache(db: Database.Database, name: string, fingerprint: string): string | undefined {
  return db.prepare('SELECT value FROM alert_cache WHERE name = ? AND fingerprint = ?').pluck().get(name, fingerprint) as string | undefined;
}

/** Keeps `value` (JSON text) under `name` with the fingerprint of what it was computed from. */
export function writeCache(db: Database.Database, name: string, fingerprint: string, value: string): void {
  db.prepare('INSERT INTO alert_cache (name, fingerprint, value) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, value = excluded.value').run(
    name,
    fingerprint,
    value,
  );
}

/**
 * A detection's result kept with a fingerprint of everything it read: when the fingerprint is the
 * same, the stored result is used instead of reading again. The fingerprint must cover every input.
 */
export function cachedDetection<T>(db: Database.Database, name: string, fingerprint: string, compute: () => T): T {
  fingerprint = cacheFingerprint(fingerprint);
  const stored = readCache(db, name, fingerprint);
  if (stored !== undefined) return JSON.parse(stored) as T;
  const value = compute();
  writeCache(db, name, fingerprint, JSON.stringify(value));
  return value;
}

/** The fingerprint cachedDetection keeps a result under (a hash of what it read). */
export function cacheFingerprint(inputs: string): string {
  return createHash('sha256').update(inputs).digest('hex');
}
