/**
 * The forecast distributions of every series of a run, read in one pass. Only SKUs with active
 * overrides go through effectiveForecast (the planner's numbers win); the rest are read raw,
 * which keeps a 10,000-series plan fast.
 */

import type Database from 'better-sqlite3';
import { adjustedProductIds, effectiveForecast, getRun } from '../forecasting';
import { toDistribution } from '../forecasting/lead-time-demand';
import type { MethodForecast } from '../forecast/types';
import { sharedRead } from './shared-reads';

export interface SeriesForecastInput {
  productId: number;
  locationId: number;
  demandClass: string;
  method: string;
  forecast: MethodForecast;
  /** Last day of each bucket. */
  bucketDates: string[];
}

export function seriesKey(productId: number, locationId: number): string {
  return `${productId}:${locationId}`;
}

/** The key a run's forecasts are shared under in a shared-reads scope (the alerts' demand reuses them). */
export const runForecastsKey = (runId: number) => `forecasts:${runId}`;

export function loadRunForecasts(db: Database.Database, runId: number): Map<string, SeriesForecastInput> {
  return sharedRead(db, runForecastsKey(runId), () => readRunForecasts(db, runId));
}

function readRunForecasts(db: Database.Database, runId: number): Map<string, SeriesForecastInput> {
  const run = getRun(db, runId);
  const series = db
    .prepare('SELECT product_id, location_id, demand_class, method, family FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id')
    .raw(true)
    .all(runId) as [number, number, string, string, MethodForecast['family']][];
  const out = new Map<string, SeriesForecastInput>();
  const inputs: SeriesForecastInput[] = [];
  const h = run.horizon;
  for (const [productId, locationId, demandClass, method, family] of series) {
    const input: SeriesForecastInput = {
      productId, locationId, demandClass, method, bucketDates: [],
      forecast: { mean: new Float64Array(h), variance: new Float64Array(h), cumVariance: new Float64Array(h), family },
    };
    out.set(seriesKey(productId, locationId), input);
    inputs.push(input);
  }
  // Both reads are in key order, so the values walk the series list in step (no lookup per row),
  // and every series of a run shares one copy of each bucket date (a run has few distinct dates).
  const values = db
    .prepare('SELECT product_id, location_id, bucket_date, mean, variance, cum_variance FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date')
    .raw(true)
    .iterate(runId) as IterableIterator<[number, number, string, number, number, number]>;
  const dates = new Map<string, string>();
  let i = 0;
  for (const [productId, locationId, date, mean, variance, cumVariance] of values) {
    let current = inputs[i];
    while (current && (current.productId < productId || (current.productId === productId && current.locationId < locationId))) current = inputs[++i];
    if (!current || current.productId !== productId || current.locationId !== locationId) continue;
    const t = current.bucketDates.length;
    if (t >= h) continue;
    let shared = dates.get(date);
    if (shared === undefined) dates.set(date, (shared = date));
    current.bucketDates.push(shared);
    current.forecast.mean[t] = mean;
    current.forecast.variance[t] = variance;
    current.forecast.cumVariance[t] = cumVariance;
  }
  applyOverrides(db, runId, out);
  return out;
}

function applyOverrides(db: Database.Database, runId: number, out: Map<string, SeriesForecastInput>): void {
  const productIds = adjustedProductIds(db);
  if (productIds.length === 0) return;
  const rows = effectiveForecast(db, runId, { productIds });
  const bySeries = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = seriesKey(row.productId, row.locationId);
    const list = bySeries.get(key);
    if (list) list.push(row);
    else bySeries.set(key, [row]);
  }
  for (const [key, seriesRows] of bySeries) {
    const input = out.get(key);
    if (input) input.forecast = toDistribution(seriesRows, input.forecast.family, true);
  }
}
