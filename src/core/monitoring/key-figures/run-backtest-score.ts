import type Database from 'better-sqlite3';
import { aggregateAccuracy, type AccuracyFigures, type SeriesAccuracy } from '../../forecasting/accuracy';

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
