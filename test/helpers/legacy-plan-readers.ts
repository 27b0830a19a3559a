/**
 * The plan's forecast reader as it was before buckets were gathered per series in SQL: one row per
 * bucket, walked in step with the series list. The tests compare today's reader with it.
 */
import type Database from 'better-sqlite3';
import type { MethodForecast } from '../../src/core/forecast/types';
import { getRun } from '../../src/core/forecasting';
import { seriesKey, type SeriesForecastInput } from '../../src/core/planning/load-forecasts';

export function legacyRunForecasts(db: Database.Database, runId: number): Map<string, SeriesForecastInput> {
  const h = getRun(db, runId).horizon;
  const series = db
    .prepare('SELECT product_id, location_id, demand_class, method, family FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id')
    .raw(true)
    .all(runId) as [number, number, string, string, MethodForecast['family']][];
  const out = new Map<string, SeriesForecastInput>();
  const inputs: SeriesForecastInput[] = [];
  for (const [productId, locationId, demandClass, method, family] of series) {
    const input: SeriesForecastInput = {
      productId, locationId, demandClass, method, bucketDates: [],
      forecast: { mean: new Float64Array(h), variance: new Float64Array(h), cumVariance: new Float64Array(h), family },
    };
    out.set(seriesKey(productId, locationId), input);
    inputs.push(input);
  }
  const values = db
    .prepare('SELECT product_id, location_id, bucket_date, mean, variance, cum_variance FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date')
    .raw(true)
    .iterate(runId) as IterableIterator<[number, number, string, number, number, number]>;
  let i = 0;
  for (const [productId, locationId, date, mean, variance, cumVariance] of values) {
    let current = inputs[i];
    while (current && (current.productId < productId || (current.productId === productId && current.locationId < locationId))) current = inputs[++i];
    if (!current || current.productId !== productId || current.locationId !== locationId) continue;
    const t = current.bucketDates.length;
    if (t >= h) continue;
    current.bucketDates.push(date);
    current.forecast.mean[t] = mean;
    current.forecast.variance[t] = variance;
    current.forecast.cumVariance[t] = cumVariance;
  }
  return out;
}
