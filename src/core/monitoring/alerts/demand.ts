import type Database from 'better-sqlite3';
import { MEAN_BUCKET_DAYS } from '../../forecasting/bucket-grid';
import { getRun } from '../../forecasting/runs';
import { effectiveForecast } from '../../forecasting/effective-forecast';
import { seriesKey } from '../../planning/load-forecasts';
import { dayFromIso, isoFromDay } from '../../series/calendar';

/** Expected demand per SKU-location: forecast means per bucket, ending on the bucket dates. */
export interface SeriesDemand {
  productId: number;
  locationId: number;
  mean: ArrayLike<number>;
  bucketDates: readonly string[];
  bucketDays: number;
  source: 'forecast' | 'recentSales';
}

export interface DemandSet {
  runId: number | null;
  /** A run made over all locations together: positions are summed the same way. */
  summedOverLocations: boolean;
  series: Map<string, SeriesDemand>;
}

/** Days of recent sales whose daily average stands in for a forecast when there is no run yet. */
export const RECENT_SALES_DAYS = 56;
const FLAT_WEEKS = 26;

/** The newest done forecast run (with the planner's overrides), else a flat rate from recent sales. */
export function loadDemand(db: Database.Database, today: string, runId: number | null): DemandSet {
  if (runId !== null) {
    const run = getRun(db, runId);
    return { runId, summedOverLocations: run.locations === 'total', series: runMeans(db, runId, MEAN_BUCKET_DAYS[run.frequency]) };
  }
  const todayDay = dayFromIso(today);
  const rows = db
    .prepare('SELECT product_id, location_id, sum(units) FROM sales_daily WHERE date > ? AND date <= ? GROUP BY product_id, location_id')
    .raw(true)
    .all(isoFromDay(todayDay - RECENT_SALES_DAYS), today) as [number, number, number][];
  const bucketDates = Array.from({ length: FLAT_WEEKS }, (_, i) => isoFromDay(todayDay + 7 * (i + 1)));
  const series = new Map<string, SeriesDemand>();
  for (const [productId, locationId, units] of rows) {
    const weekly = (Math.max(0, units) / RECENT_SALES_DAYS) * 7;
    series.set(seriesKey(productId, locationId), { productId, locationId, mean: new Float64Array(FLAT_WEEKS).fill(weekly), bucketDates, bucketDays: 7, source: 'recentSales' });
  }
  return { runId: null, summedOverLocations: false, series };
}

/** Mean daily demand over the next `days` days after today (whole buckets). */
export function dailyDemandAhead(demand: Pick<SeriesDemand, 'mean' | 'bucketDates' | 'bucketDays'>, todayDay: number, days = 91): number {
  let units = 0;
  let covered = 0;
  for (let t = 0; t < demand.bucketDates.length && covered < days; t++) {
    if (dayFromIso(demand.bucketDates[t] as string) <= todayDay) continue;
    units += demand.mean[t] as number;
    covered += demand.bucketDays;
  }
  return covered > 0 ? units / covered : 0;
}

/**
 * Only the means of a run, one row per series (SQLite gathers each series' buckets as JSON): at
 * 10,000 SKU-locations this is several times quicker than reading every bucket row into JavaScript,
 * which matters in a refresh budget of seconds. SKUs with active overrides take the planner's numbers.
 */
function runMeans(db: Database.Database, runId: number, bucketDays: number): Map<string, SeriesDemand> {
  const rows = db
    .prepare('SELECT product_id, location_id, json_group_array(bucket_date), json_group_array(mean) FROM forecast_values WHERE run_id = ? GROUP BY product_id, location_id')
    .raw(true)
    .all(runId) as [number, number, string, string][];
  const out = new Map<string, SeriesDemand>();
  for (const [productId, locationId, datesJson, meansJson] of rows) {
    const { dates, means } = inDateOrder(JSON.parse(datesJson) as string[], JSON.parse(meansJson) as number[]);
    out.set(seriesKey(productId, locationId), { productId, locationId, bucketDates: dates, mean: means, bucketDays, source: 'forecast' });
  }
  const overridden = db.prepare('SELECT DISTINCT product_id FROM forecast_overrides WHERE active = 1').pluck().all() as number[];
  if (overridden.length === 0) return out;
  const bySeries = new Map<string, { dates: string[]; means: number[] }>();
  for (const row of effectiveForecast(db, runId, { productIds: overridden })) {
    const key = seriesKey(row.productId, row.locationId);
    let series = bySeries.get(key);
    if (!series) bySeries.set(key, (series = { dates: [], means: [] }));
    series.dates.push(row.bucketDate);
    series.means.push(row.mean);
  }
  for (const [key, { dates, means }] of bySeries) {
    const input = out.get(key);
    if (input) out.set(key, { ...input, bucketDates: dates, mean: means });
  }
  return out;
}

/** The key order gives dates ascending; sorted here only if SQLite ever hands them otherwise. */
function inDateOrder(dates: string[], means: number[]): { dates: string[]; means: number[] } {
  if (dates.every((d, i) => i === 0 || (dates[i - 1] as string) < d)) return { dates, means };
  const order = dates.map((_, i) => i).sort((a, b) => ((dates[a] as string) < (dates[b] as string) ? -1 : 1));
  return { dates: order.map((i) => dates[i] as string), means: order.map((i) => means[i] as number) };
}
