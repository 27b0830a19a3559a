import type Database from 'better-sqlite3';
import { salesUnchangedThrough } from '../../db/sales-series/sales-writes';
import { salesVersion } from '../../db/sales-series/store';
import { isoFromDay } from '../../ground/calendar';

/** One weekly run's bucket as the trend scores it: Σ|mean − sold|, Σ sold and the series that had a value there. */
export interface BucketError {
  error: number;
  actual: number;
  series: number;
}

/**
 * The buckets' errors the refresh kept (migration 026), keyed `runId|bucketEnd`, when every one of
 * them is kept and still holds (no sales write since reached back into its days); else null and
 * the trend is scored from the series. All or none: scoring one bucket reads the same sales pass.
 */
export function readKeptBucketErrors(db: Database.Database, buckets: readonly { runId: number; bucketEnd: number }[]): Map<string, BucketError> | null {
  const read = db.prepare('SELECT error, actual, series, sales_version FROM forecast_week_errors WHERE run_id = ? AND bucket_date = ?').raw(true);
  const kept = new Map<string, BucketError>();
  for (const { runId, bucketEnd } of buckets) {
    const key = bucketKey(runId, bucketEnd);
    if (kept.has(key)) continue;
    const row = read.get(runId, isoFromDay(bucketEnd)) as [number, number, number, number] | undefined;
    if (!row || !salesUnchangedThrough(db, row[3], bucketEnd)) return null;
    kept.set(key, { error: row[0], actual: row[1], series: row[2] });
  }
  return kept;
}

/** In the writer's transaction: the buckets' errors as of the current sales version. */
export function keepBucketErrors(db: Database.Database, errors: ReadonlyMap<string, BucketError>): void {
  const version = salesVersion(db);
  const write = db.prepare('INSERT OR REPLACE INTO forecast_week_errors (run_id, bucket_date, error, actual, series, sales_version) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [key, { error, actual, series }] of errors) {
    const [runId, bucketEnd] = key.split('|').map(Number) as [number, number];
    write.run(runId, isoFromDay(bucketEnd), error, actual, series, version);
  }
}

export function bucketKey(runId: number, bucketEnd: number): string {
  return `${runId}|${bucketEnd}`;
}
