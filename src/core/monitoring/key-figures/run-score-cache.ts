import type Database from 'better-sqlite3';
import { salesVersion } from '../../db/sales-series/store';
import type { RunInfo } from '../../forecasting/runs';
import { keepRunScore, readKeptRunScore, runScoreHolds, type RunScoreBasis } from './run-score-store';

/**
 * Scoring a run against actuals reads its series and the sales of its scored buckets, and the
 * Dashboard's cache is dropped by any write — a plan edit, a supplier setting, the morning's import
 * of a new day. A stored run never changes, so its score is kept (in the read worker, per workspace
 * file and run) while what it depends on stands: the same scored buckets (up to `to`), no write of
 * sales_daily since that reached back to them (sales-writes.ts: a new day after `to` does not) and
 * the catalogue's launch dates (a series starts at its launch). Checking that costs a few look-ups
 * and one pass over the catalogue, never a read of the sales rows. A process that kept nothing
 * (the command line, a new read worker) finds the score the refresh kept in the workspace under the
 * same test (run-score-store.ts); `keep` (a writer) stores what it used there.
 */
const scores = new Map<string, RunScoreBasis & { value: unknown }>();

export function cachedRunScore<T>(db: Database.Database, run: RunInfo, to: string, compute: () => T, keep = false): T {
  const key = `${db.name}:${run.id}`;
  const version = salesVersion(db);
  const catalogue = catalogueFingerprint(db);
  const hit = scores.get(key);
  if (hit && runScoreHolds(db, hit, to, catalogue)) {
    hit.salesVersion = version; // checked up to now: the next check starts here
    if (keep) keepRunScore(db, run.id, hit);
    return hit.value as T;
  }
  const stored = readKeptRunScore<T>(db, run.id, to, catalogue);
  const value = stored ? stored.value : compute();
  const entry = { to, salesVersion: version, catalogue, value };
  scores.set(key, entry);
  if (keep && !(stored && stored.salesVersion === version)) keepRunScore(db, run.id, entry);
  return value;
}

function catalogueFingerprint(db: Database.Database): string {
  return JSON.stringify(db.prepare('SELECT count(*), max(id), total(unixepoch(launch_date)) FROM products').raw(true).get());
}
