import type Database from 'better-sqlite3';
import { effectiveForecast } from '../../forecasting/effective-forecast';
import { listRuns } from '../../forecasting/runs';
import { dayFromIso, isoFromDay } from '../../ground/calendar';

/** A stored run older than this (its last day of history before the as-of date) is not used. */
const MAX_RUN_AGE_DAYS = 13;

export interface StoredWeeklyForecast {
  runId: number;
  /** Units per requested week, per SKU, with the planners' overrides applied. */
  units: Map<number, number[]>;
}

/**
 * The newest finished weekly forecast run made from history up to (at most two weeks before) the
 * as-of date, with overrides applied, summed over locations. A run's week buckets are dated by
 * their last day; each lands in the requested week that contains that day. A run that does not
 * reach every requested week returns null, and the caller computes a forecast instead.
 */
export function readStoredWeeklyForecast(
  db: Database.Database,
  productIds: readonly number[],
  weekStarts: readonly string[],
  asOf: string,
): StoredWeeklyForecast | null {
  if (weekStarts.length === 0 || !hasForecastTables(db)) return null;
  const asOfDay = dayFromIso(asOf);
  const run = listRuns(db).find(
    (r) => r.status === 'done' && r.frequency === 'week' && r.historyTo <= asOf && dayFromIso(r.historyTo) >= asOfDay - MAX_RUN_AGE_DAYS,
  );
  if (!run) return null;
  const first = dayFromIso(weekStarts[0]!);
  const last = first + 7 * weekStarts.length - 1;
  const rows = effectiveForecast(db, run.id, { productIds, from: isoFromDay(first), to: isoFromDay(last) });
  const units = new Map<number, number[]>();
  const covered = new Set<number>();
  for (const row of rows) {
    const week = Math.floor((dayFromIso(row.bucketDate) - first) / 7);
    const values = units.get(row.productId) ?? weekStarts.map(() => 0);
    values[week] = (values[week] ?? 0) + row.mean;
    units.set(row.productId, values);
    covered.add(week);
  }
  return covered.size === weekStarts.length ? { runId: run.id, units } : null;
}

function hasForecastTables(db: Database.Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('forecast_runs', 'forecast_values')").pluck().get() === 2;
}
