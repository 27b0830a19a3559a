/**
 * Demand per day for every SKU-location of a run: the first bucket's mean and variance spread over
 * its days (logistics looks weeks ahead, not the whole horizon). One indexed pass over the run's
 * first bucket rather than every bucket; SKUs with active overrides get the planner's numbers.
 */

import type Database from 'better-sqlite3';
import { effectiveForecast, MEAN_BUCKET_DAYS, type RunInfo } from '../forecasting';
import type { DailyDemand } from '../freight/shortage';
import { seriesKey } from '../planning/load-forecasts';

export function readDailyDemand(db: Database.Database, run: RunInfo): Map<string, DailyDemand & { productId: number; locationId: number }> {
  const out = new Map<string, DailyDemand & { productId: number; locationId: number }>();
  const first = db.prepare('SELECT min(bucket_date) FROM forecast_values WHERE run_id = ?').pluck().get(run.id) as string | null;
  if (first === null) return out;
  const days = MEAN_BUCKET_DAYS[run.frequency];
  const put = (productId: number, locationId: number, mean: number, variance: number) =>
    out.set(seriesKey(productId, locationId), { productId, locationId, mean: mean / days, sd: Math.sqrt(Math.max(0, variance) / days) });
  const rows = db
    .prepare('SELECT product_id, location_id, mean, variance FROM forecast_values WHERE run_id = ? AND bucket_date = ?')
    .raw(true)
    .iterate(run.id, first) as IterableIterator<[number, number, number, number]>;
  for (const [productId, locationId, mean, variance] of rows) put(productId, locationId, mean, variance);
  const overridden = db.prepare('SELECT DISTINCT product_id FROM forecast_overrides WHERE active = 1').pluck().all() as number[];
  if (overridden.length > 0) {
    for (const row of effectiveForecast(db, run.id, { productIds: overridden })) {
      if (row.bucketDate === first) put(row.productId, row.locationId, row.mean, row.variance);
    }
  }
  return out;
}
