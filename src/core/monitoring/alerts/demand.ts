import type Database from 'better-sqlite3';
import { MEAN_BUCKET_DAYS } from '../../forecasting/bucket-grid';
import { getRun } from '../../forecasting/runs';
import { effectiveForecast } from '../../forecasting/effective-forecast';
import { adjustedProductIds } from '../../forecasting/campaign-effect';
import { runForecastsKey, seriesKey, type SeriesForecastInput } from '../../planning/load-forecasts';
import { alreadyRead } from '../../planning/shared-reads';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { packedRunMeans } from './packed-means';

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
  const rows = recentSales(db, isoFromDay(todayDay - RECENT_SALES_DAYS), today);
  const bucketDates = Array.from({ length: FLAT_WEEKS }, (_, i) => isoFromDay(todayDay + 7 * (i + 1)));
  const series = new Map<string, SeriesDemand>();
  for (const [productId, locationId, units] of rows) {
    const weekly = (Math.max(0, units) / RECENT_SALES_DAYS) * 7;
    series.set(seriesKey(productId, locationId), { productId, locationId, mean: new Float64Array(FLAT_WEEKS).fill(weekly), bucketDates, bucketDays: 7, source: 'recentSales' });
  }
  return { runId: null, summedOverLocations: false, series };
}

/**
 * Units sold per SKU-location in (from, to]. The join runs products × locations into the sales
 * primary key (product, location, date), so each SKU-location is one date range read in key order
 * and the groups come out in key order with no sort; grouped off the date index instead, every row of
 * the window cost a separate key lookup and a sort (19 CPU-s at 50,000 SKUs). Same rows, same sums.
 */
export function recentSales(db: Database.Database, from: string, to: string): [number, number, number][] {
  return db
    .prepare(
      `SELECT p.id, l.id, sum(s.units)
       FROM products p CROSS JOIN locations l CROSS JOIN sales_daily s ON s.product_id = p.id AND s.location_id = l.id
       WHERE s.date > ? AND s.date <= ? GROUP BY p.id, l.id`,
    )
    .raw(true)
    .all(from, to) as [number, number, number][];
}

/** Mean daily demand over the next `days` days after today (whole buckets). */
export function dailyDemandAhead(demand: Pick<SeriesDemand, 'mean' | 'bucketDates' | 'bucketDays'>, todayDay: number, days = 91): number {
  let units = 0;
  let covered = 0;
  const ends = bucketEnds(demand.bucketDates);
  for (let t = 0; t < ends.length && covered < days; t++) {
    if ((ends[t] as number) <= todayDay) continue;
    units += demand.mean[t] as number;
    covered += demand.bucketDays;
  }
  return covered > 0 ? units / covered : 0;
}

/**
 * Only the means of a run: as the plan read them, else from the run's packed copy, else one row per
 * series (SQLite gathers each series' buckets as JSON). SKUs with active overrides take the planner's numbers.
 */
function runMeans(db: Database.Database, runId: number, bucketDays: number): Map<string, SeriesDemand> {
  const out: Map<string, SeriesDemand> = planForecastMeans(db, runId, bucketDays) ?? packedRunMeans(db, runId, bucketDays) ?? readRunMeans(db, runId, bucketDays);
  const overridden = adjustedProductIds(db);
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

/** The stored means of a run, one row per series (SQLite gathers each series' buckets as JSON): a run with no packed copy. */
function readRunMeans(db: Database.Database, runId: number, bucketDays: number): Map<string, SeriesDemand> {
  // Every series of a run is written on the run's bucket dates: read them once, with the first series.
  const runDates = db
    .prepare('SELECT bucket_date FROM forecast_values WHERE run_id = ? AND (product_id, location_id) = (SELECT product_id, location_id FROM forecast_series WHERE run_id = ? LIMIT 1) ORDER BY bucket_date')
    .pluck()
    .all(runId, runId) as string[];
  const datesOf = db.prepare('SELECT bucket_date FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? ORDER BY bucket_date').pluck();
  // Iterated, not read whole: each series' JSON text is garbage once parsed, so a run of 100,000
  // series never holds them all at once (~50 MB at 50,000 SKUs, on top of a forecast's peak).
  const rows = db
    .prepare('SELECT product_id, location_id, count(*), json_group_array(mean ORDER BY bucket_date) FROM forecast_values WHERE run_id = ? GROUP BY product_id, location_id')
    .raw(true)
    .iterate(runId) as IterableIterator<[number, number, number, string]>;
  const out = new Map<string, SeriesDemand>();
  const ownDates: SeriesDemand[] = [];
  for (const [productId, locationId, count, meansJson] of rows) {
    const series: SeriesDemand = { productId, locationId, bucketDates: runDates, mean: JSON.parse(meansJson) as number[], bucketDays, source: 'forecast' };
    if (count !== runDates.length) ownDates.push(series);
    out.set(seriesKey(productId, locationId), series);
  }
  // After the pass: while a statement iterates, the connection runs no other.
  for (const series of ownDates) series.bucketDates = datesOf.all(runId, series.productId, series.locationId) as string[];
  return out;
}

/**
 * The run's means as the plan just read them, in a shared-reads scope (the `plan` command, the
 * refresh), instead of reading them again; undefined outside one. Overridden series are replaced
 * by the planner's numbers after (runMeans), as after a read.
 */
function planForecastMeans(db: Database.Database, runId: number, bucketDays: number): Map<string, SeriesDemand> | undefined {
  const forecasts = alreadyRead<Map<string, SeriesForecastInput>>(db, runForecastsKey(runId));
  if (!forecasts) return undefined;
  const out = new Map<string, SeriesDemand>();
  for (const [key, s] of forecasts) {
    out.set(key, { productId: s.productId, locationId: s.locationId, bucketDates: s.bucketDates, mean: s.forecast.mean, bucketDays, source: 'forecast' });
  }
  return out;
}

/** Series of one run share their bucket dates: each distinct grid is parsed once (keyed by its ends and length). */
const parsedGrids = new Map<string, number[]>();
export function bucketEnds(dates: readonly string[]): number[] {
  const key = `${dates[0] ?? ''}|${dates.length}|${dates[dates.length - 1] ?? ''}`;
  let ends = parsedGrids.get(key);
  if (!ends) {
    if (parsedGrids.size > 64) parsedGrids.clear();
    parsedGrids.set(key, (ends = dates.map(dayFromIso)));
  }
  return ends;
}
