import type Database from 'better-sqlite3';
import { MEAN_BUCKET_DAYS } from '../../forecasting/bucket-grid';
import { getRun } from '../../forecasting/runs';
import { loadRunForecasts, seriesKey } from '../../planning/load-forecasts';
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
    const series = new Map<string, SeriesDemand>();
    for (const [key, s] of loadRunForecasts(db, runId)) {
      series.set(key, { productId: s.productId, locationId: s.locationId, mean: s.forecast.mean, bucketDates: s.bucketDates, bucketDays: MEAN_BUCKET_DAYS[run.frequency], source: 'forecast' });
    }
    return { runId, summedOverLocations: run.locations === 'total', series };
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
