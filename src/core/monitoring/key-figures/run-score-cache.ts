import type Database from 'better-sqlite3';
import { salesVersion } from '../../db/sales-series/store';
import type { RunInfo } from '../../forecasting/runs';

/**
 * Scoring a run against actuals reads its series and the sales since, and the Dashboard's cache is
 * dropped by any write — a plan edit, a supplier setting. A stored run never changes, so its score
 * is kept (in the read worker, per workspace file and run) until what it depends on changes: the
 * sales (the version every writer of sales_daily moves, db/sales-series/store.ts) and the
 * catalogue's launch dates (a series starts at its launch). Checking that costs two look-ups and
 * one pass over the catalogue, never a read of the sales rows.
 */
const scores = new Map<string, { fingerprint: string; value: unknown }>();

export function cachedRunScore<T>(db: Database.Database, run: RunInfo, compute: () => T): T {
  const key = `${db.name}:${run.id}`;
  const fingerprint = runInputsFingerprint(db);
  const hit = scores.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as T;
  const value = compute();
  scores.set(key, { fingerprint, value });
  return value;
}

function runInputsFingerprint(db: Database.Database): string {
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get();
  const catalogue = db.prepare('SELECT count(*), max(id), total(unixepoch(launch_date)) FROM products').raw(true).get();
  return JSON.stringify([salesVersion(db), lastSale, catalogue]);
}
