/**
 * The forecast distributions of every series of a run, read in one pass. Only SKUs with active
 * overrides go through effectiveForecast (the planner's numbers win); the rest are read raw,
 * which keeps a 10,000-series plan fast.
 */

import type Database from 'better-sqlite3';
import { adjustedProductIds } from '../forecasting/campaign-effect';
import { effectiveForecast } from '../forecasting/effective-forecast';
import { getRun } from '../forecasting/runs';
import { toDistribution } from '../forecasting/lead-time-demand';
import { packedKeys, packedValues } from '../forecasting/packed-forecasts';
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

/**
 * One row per series: SQLite gathers a series' buckets into JSON arrays (reals print round-trip
 * exact), so 26 buckets cross into JavaScript as one row instead of 26 — at 2.5 M rows, crossing
 * row by row was most of the cost. Series that share their bucket dates (nearly all of a run) share
 * one array of them.
 */
function readRunForecasts(db: Database.Database, runId: number): Map<string, SeriesForecastInput> {
  const h = getRun(db, runId).horizon;
  const series = db
    .prepare('SELECT product_id, location_id, demand_class, method, family FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id')
    .raw(true)
    .all(runId) as [number, number, string, string, MethodForecast['family']][];
  const out = new Map<string, SeriesForecastInput>();
  const inputs: SeriesForecastInput[] = [];
  // One buffer per field, each series a view of it: 300,000 arrays of 26 numbers each with a
  // backing store of its own cost more to allocate and collect than to fill.
  const means = new Float64Array(series.length * h);
  const variances = new Float64Array(series.length * h);
  const cumVariances = new Float64Array(series.length * h);
  for (const [i, [productId, locationId, demandClass, method, family]] of series.entries()) {
    const at = i * h;
    const input: SeriesForecastInput = {
      productId, locationId, demandClass, method, bucketDates: [],
      forecast: { mean: means.subarray(at, at + h), variance: variances.subarray(at, at + h), cumVariance: cumVariances.subarray(at, at + h), family },
    };
    out.set(seriesKey(productId, locationId), input);
    inputs.push(input);
  }
  if (!fillPacked(db, runId, out, inputs.length, h) && !fillBuckets(db, runId, inputs, h, false)) fillBuckets(db, runId, inputs, h, true);
  applyOverrides(db, runId, out);
  return out;
}

/**
 * Fills the series (in key order) from their buckets, both walked in step. The grouped scan follows
 * the primary key, so each group arrives in date order; `ordered` asks SQLite to sort inside each
 * aggregate instead (twice the cost), the fallback should a plan ever not follow the key: false
 * when a series' dates came out of order.
 */
function fillBuckets(db: Database.Database, runId: number, inputs: SeriesForecastInput[], h: number, ordered: boolean): boolean {
  const by = ordered ? ' ORDER BY bucket_date' : '';
  const rows = db
    .prepare(
      `SELECT product_id, location_id, group_concat(bucket_date${by}), json_group_array(mean${by}),
              json_group_array(variance${by}), json_group_array(cum_variance${by})
       FROM forecast_values WHERE run_id = ? GROUP BY product_id, location_id ORDER BY product_id, location_id`,
    )
    .raw(true)
    .iterate(runId) as IterableIterator<[number, number, string, string, string, string]>;
  const datesOf = new Map<string, string[]>();
  let i = 0;
  for (const [productId, locationId, dates, means, variances, cumVariances] of rows) {
    let current = inputs[i];
    while (current && (current.productId < productId || (current.productId === productId && current.locationId < locationId))) current = inputs[++i];
    if (!current || current.productId !== productId || current.locationId !== locationId) continue;
    let bucketDates = datesOf.get(dates);
    if (bucketDates === undefined) {
      bucketDates = dates.split(',').slice(0, h);
      if (!ascending(bucketDates)) return false;
      datesOf.set(dates, bucketDates);
    }
    current.bucketDates = bucketDates;
    copyBuckets(means, current.forecast.mean);
    copyBuckets(variances, current.forecast.variance);
    copyBuckets(cumVariances, current.forecast.cumVariance);
  }
  return true;
}

/**
 * Fills the series from the run's packed chunks (forecasting/packed-forecasts.ts: the numbers of
 * its forecast_values rows, copied byte for byte): false, touching nothing, when the run has none,
 * a chunk names a series the run does not list or its dates are out of order — the rows are read then.
 */
function fillPacked(db: Database.Database, runId: number, out: Map<string, SeriesForecastInput>, seriesCount: number, h: number): boolean {
  const chunks = packedKeys(db, runId, seriesCount);
  if (!chunks) return false;
  const datesOf = new Map<string, string[]>();
  const targets: SeriesForecastInput[][] = [];
  for (const chunk of chunks) {
    if (!datesOf.has(chunk.bucketDates)) {
      const dates = chunk.bucketDates === '' ? [] : chunk.bucketDates.split(',').slice(0, h);
      if (!ascending(dates)) return false;
      datesOf.set(chunk.bucketDates, dates);
    }
    const inputs: SeriesForecastInput[] = [];
    for (let i = 0; i < chunk.productIds.length; i++) {
      const input = out.get(seriesKey(chunk.productIds[i]!, chunk.locationIds[i]!));
      if (!input) return false;
      inputs.push(input);
    }
    targets.push(inputs);
  }
  let c = 0;
  for (const values of packedValues(db, runId)) {
    const bucketDates = datesOf.get(chunks[c]!.bucketDates)!;
    const n = Math.min(h, values.buckets);
    targets[c++]!.forEach((input, i) => {
      input.bucketDates = bucketDates;
      copyPacked(values.mean, i * values.buckets, n, input.forecast.mean);
      copyPacked(values.variance, i * values.buckets, n, input.forecast.variance);
      copyPacked(values.cumVariance, i * values.buckets, n, input.forecast.cumVariance);
    });
  }
  return true;
}

/** `n` doubles from `bytes` (from double `at`) into the start of `out`, byte for byte. */
function copyPacked(bytes: Buffer, at: number, n: number, out: Float64Array): void {
  const size = Float64Array.BYTES_PER_ELEMENT;
  new Uint8Array(out.buffer, out.byteOffset, n * size).set(bytes.subarray(at * size, (at + n) * size));
}

/** The first values of a JSON array into `out` (a series with fewer buckets keeps zeros after its last). */
function copyBuckets(json: string, out: Float64Array): void {
  const values = JSON.parse(json) as number[];
  const n = Math.min(out.length, values.length);
  for (let t = 0; t < n; t++) out[t] = values[t] as number;
}

function ascending(dates: readonly string[]): boolean {
  for (let t = 1; t < dates.length; t++) if ((dates[t] as string) <= (dates[t - 1] as string)) return false;
  return true;
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
