import type Database from 'better-sqlite3';
import { aggregateAccuracy, type AccuracyFigures, type SeriesAccuracy } from './accuracy';

const NO_FIGURES: AccuracyFigures = { mase: null, rmsse: null, wape: null, bias: null, pinball: null, coverage: null };

/** One series' model figures as the pooling reads them: names, method and class play no part in the 'all' group. */
export function pooledSeriesRecord(productId: number, locationId: number, points: number, actualSum: number, model: AccuracyFigures): SeriesAccuracy {
  return { productId, sku: '', category: null, brand: null, locationId, method: '', demandClass: '', points, actualSum, model, snaive: NO_FIGURES };
}

/**
 * The pooled model figures of a run's holdout backtest (the accuracy report grouped 'all'), from
 * the scores stored with each series: only the columns the pooling reads, in the report's order,
 * so the numbers are the report's without reading names, explanations and analogues of every series.
 * Null when no series was backtested.
 */
export function pooledBacktestFigures(db: Database.Database, runId: number): AccuracyFigures | null {
  const rows = db
    .prepare(
      `SELECT product_id, location_id, bt_points, bt_actual, mase, rmsse, wape, bias, pinball, coverage
         FROM forecast_series WHERE run_id = ? AND bt_points > 0 ORDER BY product_id, location_id`,
    )
    .raw(true)
    .all(runId) as [number, number, number, number, ...(number | null)[]][];
  const records = rows.map(([productId, locationId, points, actualSum, mase, rmsse, wape, bias, pinball, coverage]) =>
    pooledSeriesRecord(productId, locationId, points, actualSum, {
      mase: mase ?? null, rmsse: rmsse ?? null, wape: wape ?? null, bias: bias ?? null, pinball: pinball ?? null, coverage: coverage ?? null,
    }),
  );
  return aggregateAccuracy(records, 'all')[0]?.model ?? null;
}

/**
 * Keeps the run's pooled backtest figures beside it (migration 022), in the writer's transaction,
 * once every series of the run is written: a stored run never changes, so they hold for its life.
 */
export function keepRunBacktestScore(db: Database.Database, runId: number): void {
  const figures = pooledBacktestFigures(db, runId);
  db.prepare('INSERT OR REPLACE INTO forecast_run_scores (run_id, backtest) VALUES (?, ?)').run(runId, figures === null ? null : JSON.stringify(figures));
}

/**
 * The run's pooled backtest figures: the kept ones (JSON gives every double back exactly), else
 * pooled from its series as the writer would have (a run written before they were kept).
 */
export function runBacktestFigures(db: Database.Database, runId: number): AccuracyFigures | null {
  const kept = db.prepare('SELECT backtest FROM forecast_run_scores WHERE run_id = ?').raw(true).get(runId) as [string | null] | undefined;
  if (!kept) return pooledBacktestFigures(db, runId);
  return kept[0] === null ? null : (JSON.parse(kept[0]) as AccuracyFigures);
}
