import type Database from 'better-sqlite3';

/**
 * Keep each series' money at stake (forecast units × the product's price) with a run's series, in
 * the writer's transaction: the Forecasts grid's default order is then read from an index
 * (migration 018). Call it once the run's series are written.
 */
export function storeForecastSortKeys(db: Database.Database, runId: number): void {
  db.prepare(
    `UPDATE forecast_series
        SET money_at_stake = total_mean * coalesce((SELECT p.price FROM products p WHERE p.id = forecast_series.product_id), 0)
      WHERE run_id = ?`,
  ).run(runId);
}

/** Whether every series of the run has its stored key (a run written before the writer stored them has not). */
export function hasForecastSortKeys(db: Database.Database, runId: number): boolean {
  // NULLs come first in the index: one look-up answers.
  return db.prepare('SELECT 1 FROM forecast_series WHERE run_id = ? AND money_at_stake IS NULL LIMIT 1').get(runId) === undefined;
}
