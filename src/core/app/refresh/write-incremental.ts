/**
 * Stores an incremental run in one transaction: the run row, the recomputed series from memory
 * (refits with the parent's reason and backtest row), and the copied series and their values
 * straight from the parent's rows in SQL, re-dated onto this run's future buckets.
 */

import type Database from 'better-sqlite3';
import { COLD_START_BUCKETS } from '../../forecasting/cold-start-targets';
import { storeForecastSortKeys } from '../../forecasting/forecast-sort-key';
import { keepRunBacktestScore } from '../../forecasting/run-backtest-score';
import { seriesColumns, valueColumns } from '../../forecasting/write-run';
import { STORED_LEVELS } from '../../forecasting/types';
import { isoFromDay } from '../../ground/calendar';
import { seriesKeyOf } from './parent-run';
import type { IncrementalCounts, PreparedIncremental } from './incremental-run';

/** What an incremental run records in its settings (besides what every run records). */
export interface IncrementalRecord extends IncrementalCounts {
  parentRunId: number;
  /** Copied and refit series carry this run's backtest figures. */
  backtestFrom: number;
}

const SERIES_COLUMNS = `product_id, location_id, method, demand_class, explanation, family, history_buckets,
  censored_buckets, capped_buckets, promo_share, analogues, total_mean, scale_mae, scale_mse, snaive_variance,
  calibration_factor, bt_points, bt_actual, mase, rmsse, wape, bias, pinball, coverage,
  snaive_mase, snaive_rmsse, snaive_wape, snaive_bias, snaive_pinball, snaive_coverage`;
const VALUE_COLUMNS = 'mean, p10, p50, p90, p95, p99, variance, cum_variance, snaive';
/** Where the explanation and the backtest columns sit in seriesColumns(). */
const EXPLANATION_AT = 4;
const BACKTEST_AT = 16;

export function writeIncrementalRun(
  db: Database.Database,
  prepared: PreparedIncremental,
  globalModel: { id: number; blended: number } | null,
  startedAt: number,
): number {
  const { parent, history, recomputed, copied, bucketDates } = prepared;
  const h = bucketDates.length;
  const incremental: IncrementalRecord = { parentRunId: parent.id, backtestFrom: parent.id, ...prepared.counts };
  const settings = {
    seasonLength: prepared.settings.seasonLength,
    coldStartBuckets: COLD_START_BUCKETS[parent.frequency],
    asOf: null,
    calibration: prepared.calibration,
    globalModel,
    incremental,
  };
  const insertSeries = db.prepare(`INSERT INTO forecast_series (run_id, ${SERIES_COLUMNS}) VALUES (${new Array(31).fill('?').join(', ')})`);
  const insertValues = db.prepare(
    `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, ${VALUE_COLUMNS})
     VALUES ${new Array(h).fill(`(${new Array(13).fill('?').join(', ')})`).join(', ')}`,
  );
  return db.transaction(() => {
    const runId = Number(
      db
        .prepare(
          `INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, locations, history_from, history_to, status, series_count, settings, notes)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, ?)`,
        )
        .run(
          new Date().toISOString(), parent.frequency, parent.horizon, JSON.stringify(STORED_LEVELS), parent.locations,
          isoFromDay(history.fromDay), isoFromDay(history.toDay), recomputed.length + copied.length, JSON.stringify(settings), parent.notes,
        ).lastInsertRowid,
    );
    for (const f of recomputed) {
      const columns = seriesColumns(f);
      const key = seriesKeyOf(f.productId, f.locationId);
      if (prepared.refitKeys.has(key)) {
        const parentRow = prepared.parentSeries.get(key)!;
        columns[EXPLANATION_AT] = parentRow.explanation;
        columns.splice(BACKTEST_AT, parentRow.backtest.length, ...parentRow.backtest);
      }
      insertSeries.run(runId, ...columns);
      // One statement per series: far fewer calls than one per value row.
      const args: unknown[] = [];
      for (let t = 0; t < h; t++) args.push(runId, f.productId, f.locationId, bucketDates[t], ...valueColumns(f, t));
      insertValues.run(args);
    }
    copyFromParent(db, runId, prepared);
    storeForecastSortKeys(db, runId);
    keepRunBacktestScore(db, runId);
    db.prepare('UPDATE forecast_runs SET seconds = ? WHERE id = ?').run((performance.now() - startedAt) / 1000, runId);
    return runId;
  })();
}

/** The unchanged series, copied row for row in SQL: a temporary table names them. */
function copyFromParent(db: Database.Database, runId: number, prepared: PreparedIncremental): void {
  const { parent, copied, parentBucketDates, bucketDates } = prepared;
  if (copied.length === 0) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS refresh_copied (product_id INTEGER NOT NULL, location_id INTEGER NOT NULL, PRIMARY KEY (product_id, location_id)) WITHOUT ROWID');
  db.exec('DELETE FROM temp.refresh_copied');
  const name = db.prepare('INSERT INTO temp.refresh_copied (product_id, location_id) VALUES (?, ?)');
  for (const key of copied) name.run(key.productId, key.locationId);
  db.prepare(
    `INSERT INTO forecast_series (run_id, ${SERIES_COLUMNS})
     SELECT ?, ${SERIES_COLUMNS} FROM forecast_series JOIN temp.refresh_copied USING (product_id, location_id) WHERE run_id = ?`,
  ).run(runId, parent.id);
  // Bucket k of the parent is bucket k of this run: the forecast ahead is the same, its dates move.
  const dates = JSON.stringify(parentBucketDates.map((from, k) => [from, bucketDates[k]]));
  db.prepare(
    `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, ${VALUE_COLUMNS})
     SELECT ?, v.product_id, v.location_id, json_extract(d.value, '$[1]'), ${VALUE_COLUMNS.split(', ').map((c) => `v.${c}`).join(', ')}
       FROM temp.refresh_copied c
       JOIN forecast_values v ON v.run_id = ? AND v.product_id = c.product_id AND v.location_id = c.location_id
       JOIN json_each(?) d ON json_extract(d.value, '$[0]') = v.bucket_date`,
  ).run(runId, parent.id, dates);
  db.exec('DELETE FROM temp.refresh_copied');
}
