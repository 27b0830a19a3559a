/**
 * A stored forecast run without running the engine, for timing the planner alone: every
 * SKU-location with sales gets a flat weekly mean (its last 13 weeks' average), a negative-binomial
 * style variance (1.5 × mean + 0.2 × mean²) and a running-sum variance with mild correlation.
 */
import type { Db } from '../../src/core/db/workspace';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';

export function synthesiseForecast(db: Db, asOf: string, horizon: number): number {
  const end = dayFromIso(asOf);
  const series = db
    .prepare('SELECT product_id, location_id, sum(units) / 13.0 FROM sales_daily WHERE date > ? AND date <= ? GROUP BY 1, 2')
    .raw(true)
    .all(isoFromDay(end - 91), asOf) as [number, number, number][];
  return db.transaction(() => {
    const runId = Number(
      db
        .prepare(
          `INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, history_from, history_to, series_count, notes)
           VALUES (?, 'week', ?, '[0.1,0.5,0.9,0.95,0.99]', ?, ?, ?, 'synthetic (benchmark)')`,
        )
        .run(new Date().toISOString(), horizon, isoFromDay(end - 730), asOf, series.length).lastInsertRowid,
    );
    const insertSeries = db.prepare(
      "INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class, family, total_mean) VALUES (?, ?, ?, 'synthetic', ?, 'count', ?)",
    );
    const insertValue = db.prepare(
      `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, mean, p10, p50, p90, p95, p99, variance, cum_variance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [productId, locationId, weekly] of series) {
      const mean = Math.max(0, weekly);
      const variance = 1.5 * mean + 0.2 * mean * mean;
      const sd = Math.sqrt(variance);
      insertSeries.run(runId, productId, locationId, mean < 1 ? 'intermittent' : 'smooth', mean * horizon);
      let cum = 0;
      for (let k = 1; k <= horizon; k++) {
        cum += variance * (1 + 0.1 * (k - 1));
        const q = (z: number) => Math.max(0, mean + z * sd);
        insertValue.run(runId, productId, locationId, isoFromDay(end + 7 * k), mean, q(-1.28), mean, q(1.28), q(1.645), q(2.326), variance, cum);
      }
    }
    return runId;
  })();
}
