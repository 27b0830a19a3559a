import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../series/calendar';
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
  const score = db.prepare(
    `SELECT COALESCE(sum(abs(fv.mean - COALESCE(a.units, 0))), 0) AS error, COALESCE(sum(COALESCE(a.units, 0)), 0) AS actual, count(*) AS series
       FROM forecast_values fv
       LEFT JOIN (SELECT product_id, CASE WHEN @total THEN 0 ELSE location_id END AS location_id, sum(units) AS units
                    FROM sales_daily WHERE date > @from AND date <= @to GROUP BY 1, 2) a
              ON a.product_id = fv.product_id AND a.location_id = fv.location_id
      WHERE fv.run_id = @run AND fv.bucket_date = @to`,
  );
  const out = new Map<number, WeekError>();
  for (let k = fromWeek; k <= grid.lastWeek; k++) {
    const end = grid.endDay(k);
    const run = runs.find((r) => r.historyDay + 7 <= end && r.historyDay + 7 * r.horizon > end - 7);
    if (!run) continue;
    const bucketEnd = run.historyDay + 7 * Math.ceil((end - 6 - run.historyDay) / 7);
    const row = score.get({ run: run.id, total: run.total ? 1 : 0, from: isoFromDay(bucketEnd - 7), to: isoFromDay(bucketEnd) }) as WeekError & { series: number };
    if (row.series > 0) out.set(k, { error: row.error, actual: row.actual });
  }
  return out;
}
