import type Database from 'better-sqlite3';
import { dataVersion, moveDataVersion } from '../data-versions';

/**
 * Moves the 'sales' version for a write of sales_daily that reached back to `firstDay` (a day
 * number; -Infinity when it may have touched any day), in the writer's transaction, and notes
 * how far back it reached (migration 025).
 */
export function noteSalesWrite(db: Database.Database, firstDay: number): void {
  moveDataVersion(db, 'sales');
  const day = Number.isFinite(firstDay) ? firstDay : Number.MIN_SAFE_INTEGER;
  db.prepare('INSERT OR REPLACE INTO sales_writes (version, first_day) VALUES (?, ?)').run(dataVersion(db, 'sales'), day);
}

/**
 * True when every write of sales_daily since the 'sales' version `since` touched only days after
 * `lastDay`: what was computed from the days up to it still holds. False when a move of the
 * version has no note (a write by a version without migration 025 cannot happen: it refuses a
 * newer workspace; the check stays exact anyway).
 */
export function salesUnchangedThrough(db: Database.Database, since: number, lastDay: number): boolean {
  const now = dataVersion(db, 'sales');
  if (now === since) return true;
  const [notes, earliest] = db.prepare('SELECT count(*), min(first_day) FROM sales_writes WHERE version > ?').raw(true).get(since) as [number, number | null];
  return notes === now - since && earliest !== null && earliest > lastDay;
}
