/**
 * Demand per day for every SKU-location of a run: the first bucket's mean and variance spread over
 * its days (logistics looks weeks ahead, not the whole horizon). One indexed pass over the run's
 * first bucket rather than every bucket; SKUs with active overrides get the planner's numbers.
 * In a shared-reads scope (the `plan` command, the refresh) the run's forecasts the plan just read
 * give the first buckets instead of a second pass over the run's values.
 */

import type Database from 'better-sqlite3';
import { MEAN_BUCKET_DAYS } from '../forecasting/bucket-grid';
import { adjustedProductIds } from '../forecasting/campaign-effect';
import { effectiveForecast } from '../forecasting/effective-forecast';
import type { RunInfo } from '../forecasting/runs';
import type { DailyDemand } from '../freight/shortage';
import { runForecastsKey, seriesKey, type SeriesForecastInput } from '../planning/load-forecasts';
import { alreadyRead } from '../planning/shared-reads';

type SeriesDailyDemand = DailyDemand & { productId: number; locationId: number };
type Put = (productId: number, locationId: number, mean: number, variance: number) => void;

export function readDailyDemand(db: Database.Database, run: RunInfo): Map<string, SeriesDailyDemand> {
  const out = new Map<string, SeriesDailyDemand>();
  const days = MEAN_BUCKET_DAYS[run.frequency];
  const put: Put = (productId, locationId, mean, variance) =>
    out.set(seriesKey(productId, locationId), { productId, locationId, mean: mean / days, sd: Math.sqrt(Math.max(0, variance) / days) });
  const shared = alreadyRead<Map<string, SeriesForecastInput>>(db, runForecastsKey(run.id));
  const first = shared ? firstBucketShared(db, run.id, shared, put) : firstBucketRead(db, run.id, put);
  if (first === null) return out;
  const overridden = db.prepare('SELECT DISTINCT product_id FROM forecast_overrides WHERE active = 1').pluck().all() as number[];
  if (overridden.length > 0) {
    for (const row of effectiveForecast(db, run.id, { productIds: overridden })) {
      if (row.bucketDate === first) put(row.productId, row.locationId, row.mean, row.variance);
    }
  }
  return out;
}

/** The run's first bucket read from its stored values, in key order; the bucket's date, or null for an empty run. */
function firstBucketRead(db: Database.Database, runId: number, put: Put): string | null {
  const first = db.prepare('SELECT min(bucket_date) FROM forecast_values WHERE run_id = ?').pluck().get(runId) as string | null;
  if (first === null) return null;
  const rows = db
    .prepare('SELECT product_id, location_id, mean, variance FROM forecast_values WHERE run_id = ? AND bucket_date = ?')
    .raw(true)
    .iterate(runId, first) as IterableIterator<[number, number, number, number]>;
  for (const [productId, locationId, mean, variance] of rows) put(productId, locationId, mean, variance);
  return first;
}

/**
 * The same from the forecasts already read (every stored value belongs to a series of the run, in
 * key order). Those carry overrides and campaigns; the stored first bucket is what this reads, so a
 * series of an adjusted SKU is looked up by its key instead.
 */
function firstBucketShared(db: Database.Database, runId: number, shared: Map<string, SeriesForecastInput>, put: Put): string | null {
  let first: string | null = null;
  for (const s of shared.values()) {
    const date = s.bucketDates[0];
    if (date !== undefined && (first === null || date < first)) first = date;
  }
  if (first === null) return null;
  const adjusted = new Set(adjustedProductIds(db));
  const stored = db.prepare('SELECT mean, variance FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? AND bucket_date = ?').raw(true);
  for (const s of shared.values()) {
    if (adjusted.has(s.productId)) {
      const row = stored.get(runId, s.productId, s.locationId, first) as [number, number] | undefined;
      if (row) put(s.productId, s.locationId, row[0], row[1]);
    } else if (s.bucketDates[0] === first) {
      put(s.productId, s.locationId, s.forecast.mean[0] as number, s.forecast.variance[0] as number);
    }
  }
  return first;
}
