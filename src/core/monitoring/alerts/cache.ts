import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * A detection's result kept with a fingerprint of everything it read: when the fingerprint is the
 * same, the stored result is used instead of reading again. The fingerprint must cover every input.
 */
export function cachedDetection<T>(db: Database.Database, name: string, fingerprint: string, compute: () => T): T {
  fingerprint = createHash('sha256').update(fingerprint).digest('hex');
  const stored = db.prepare('SELECT fingerprint, value FROM alert_cache WHERE name = ?').get(name) as { fingerprint: string; value: string } | undefined;
  if (stored && stored.fingerprint === fingerprint) return JSON.parse(stored.value) as T;
  const value = compute();
  db.prepare('INSERT INTO alert_cache (name, fingerprint, value) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, value = excluded.value').run(
    name,
    fingerprint,
    JSON.stringify(value),
  );
  return value;
}
