import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { WeekGrid } from './week-grid';

interface WeeklyRun {
  id: number;
  historyDay: number;
  horizon: number;
  total: boolean;
}

/** Σ|forecast − sold| and Σ sold of one week, over every series of the forecast that covered it. */
export interface WeekError {
  error: number;
  actual: number;
}

/**
 * For each week k (from −3), the newest weekly forecast made before it (its history ended before the
 * week began) scored on the bucket that ends in that week: its stored mean against the units sold in
 * that bucket's seven days. Raw sales, without the stock-out cleaning of the accuracy report: this is
 * only the trend's shape. Weeks no forecast covered are left out.
 */
export function weeklyForecastErrors(db: Database.Database, grid: WeekGrid, fromWeek: number): Map<number, WeekError> {
  const runs = (
    db
      .prepare("SELECT id, history_to AS historyTo, horizon, locations FROM forecast_runs WHERE status = 'done' AND frequency = 'week' ORDER BY history_to DESC, id DESC")
      .all() as { id: number; historyTo: string; horizon: number; locations: string }[]
  ).map((r): WeeklyRun => ({ id: r.id, historyDay: dayFromIso(r.historyTo), horizon: r.horizon, total: r.locations === 'total' }));
  // Driven by the run's series: one primary-key look-up for the forecast and one range for the sales each.
  const actualSql = (total: boolean) =>
    `(SELECT total(s.units) FROM ${total ? 'locations l JOIN sales_daily s ON s.location_id = l.id AND' : 'sales_daily s WHERE'}
       s.product_id = fs.product_id ${total ? '' : 'AND s.location_id = fs.location_id'} AND s.date > @from AND s.date <= @to)`;
  const scoreSql = (total: boolean) =>
    `SELECT total(abs(fv.mean - a.units)) AS error, total(a.units) AS actual, count(*) AS series
       FROM (SELECT fs.product_id, fs.location_id, ${actualSql(total)} AS units FROM forecast_series fs WHERE fs.run_id = @run) a
       JOIN forecast_values fv ON fv.run_id = @run AND fv.product_id = a.product_id AND fv.location_id = a.location_id AND fv.bucket_date = @to`;
  const score = { each: db.prepare(scoreSql(false)), total: db.prepare(scoreSql(true)) };
  const out = new Map<number, WeekError>();
  for (let k = fromWeek; k <= grid.lastWeek; k++) {
    const end = grid.endDay(k);
    const run = runs.find((r) => r.historyDay + 7 <= end && r.historyDay + 7 * r.horizon > end - 7);
    if (!run) continue;
    const bucketEnd = run.historyDay + 7 * Math.ceil((end - 6 - run.historyDay) / 7);
    const row = (run.total ? score.total : score.each).get({ run: run.id, from: isoFromDay(bucketEnd - 7), to: isoFromDay(bucketEnd) }) as WeekError & { series: number };
    if (row.series > 0) out.set(k, { error: row.error, actual: row.actual });
  }
  return out;
}
