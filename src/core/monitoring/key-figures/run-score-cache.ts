import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { RunInfo } from '../../forecasting/runs';

/**
 * Scoring a run against actuals reads every series and the sales since (seconds at 10,000 SKUs),
 * and the Dashboard's cache is dropped by any write — a plan edit, a supplier setting. A stored run
 * never changes, so its score is kept (in the read worker, per workspace file and run) until what
 * it depends on changes: the sales in the weeks it is scored on, the forecast overrides and the
 * catalogue's launch dates. Checking that costs one primary-key pass over those weeks' sales.
 */
const scores = new Map<string, { fingerprint: string; value: unknown }>();

export function cachedRunScore<T>(db: Database.Database, run: RunInfo, compute: () => T): T {
  const key = `${db.name}:${run.id}`;
  const fingerprint = runInputsFingerprint(db, run);
  const hit = scores.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as T;
  const value = compute();
  scores.set(key, { fingerprint, value });
  return value;
}

function runInputsFingerprint(db: Database.Database, run: RunInfo): string {
  const bucketDays = run.frequency === 'day' ? 1 : run.frequency === 'week' ? 7 : 31;
  const to = isoFromDay(dayFromIso(run.historyTo) + bucketDays * run.horizon);
  const sales = db
    .prepare(
      `SELECT count(*), total(s.units), total(s.stockout), max(s.date)
         FROM products p CROSS JOIN locations l
         JOIN sales_daily s ON s.product_id = p.id AND s.location_id = l.id AND s.date > ? AND s.date <= ?`,
    )
    .raw(true)
    .get(run.historyTo, to);
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get();
  const overrides = db
    .prepare('SELECT count(*), max(id), total(active), max(removed_at) FROM forecast_overrides')
    .raw(true)
    .get();
  const catalogue = db.prepare('SELECT count(*), max(id), total(unixepoch(launch_date)) FROM products').raw(true).get();
  return JSON.stringify([sales, lastSale, overrides, catalogue]);
}
