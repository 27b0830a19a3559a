/**
 * What an incremental run writes besides what every run writes (write-run.ts's RunWriter): the
 * settings that name its parent, refit series with the parent's reason and backtest row, and the
 * unchanged series copied from the parent's rows in SQL — re-dated onto this run's future buckets
 * and packed like the rest, so the plan after a refresh reads the run packed.
 */

import type Database from 'better-sqlite3';
import type { ClassCalibration } from '../../forecasting/calibration';
import { COLD_START_BUCKETS } from '../../forecasting/cold-start-targets';
import type { SeriesHistory } from '../../forecasting/history';
import type { RunInfo } from '../../forecasting/runs';
import { SEASON_LENGTH, type SeriesForecast } from '../../forecasting/types';
import { seriesColumns, type RunWriter } from '../../forecasting/write-run';
import { seriesKeyOf, type ParentSeries } from './parent-run';

/** How the incremental run's series were made. */
export interface IncrementalCounts {
  copied: number;
  refit: number;
  full: number;
  coldStart: number;
}

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

/** The run's settings: the parent's calibration, the global model it blended, its parent and counts. */
export function incrementalSettings(
  parent: RunInfo,
  calibration: ClassCalibration[],
  globalModel: { id: number; blended: number } | null,
  counts: IncrementalCounts,
): Record<string, unknown> {
  const incremental: IncrementalRecord = { parentRunId: parent.id, backtestFrom: parent.id, ...counts };
  return {
    seasonLength: SEASON_LENGTH[parent.frequency],
    coldStartBuckets: COLD_START_BUCKETS[parent.frequency],
    asOf: null,
    calibration,
    globalModel,
    incremental,
  };
}

/** A series' row; a refit one keeps its parent's reason and backtest row (the method was chosen there). */
export function refitColumns(f: SeriesForecast, parentRow: ParentSeries | undefined): unknown[] {
  const columns = seriesColumns(f);
  if (parentRow) {
    columns[EXPLANATION_AT] = parentRow.explanation;
    columns.splice(BACKTEST_AT, parentRow.backtest.length, ...parentRow.backtest);
  }
  return columns;
}

/**
 * The unchanged series, copied row for row in SQL (a temporary table names them), then read back
 * one row per series to pack them; returns each one's mean ahead, in `copied`'s order (the
 * analogue pool's forecast of it).
 */
export function copyFromParent(
  db: Database.Database,
  writer: RunWriter,
  parentId: number,
  copied: readonly SeriesHistory[],
  dates: { parentBucketDates: string[]; bucketDates: string[] },
): Float64Array[] {
  if (copied.length === 0) return [];
  const runId = writer.runId;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS refresh_copied (product_id INTEGER NOT NULL, location_id INTEGER NOT NULL, PRIMARY KEY (product_id, location_id)) WITHOUT ROWID');
  db.exec('DELETE FROM temp.refresh_copied');
  const name = db.prepare('INSERT INTO temp.refresh_copied (product_id, location_id) VALUES (?, ?)');
  for (const s of copied) name.run(s.productId, s.locationId);
  db.prepare(
    `INSERT INTO forecast_series (run_id, ${SERIES_COLUMNS})
     SELECT ?, ${SERIES_COLUMNS} FROM forecast_series JOIN temp.refresh_copied USING (product_id, location_id) WHERE run_id = ?`,
  ).run(runId, parentId);
  // Bucket k of the parent is bucket k of this run: the forecast ahead is the same, its dates move.
  const moved = JSON.stringify(dates.parentBucketDates.map((from, k) => [from, dates.bucketDates[k]]));
  db.prepare(
    `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, ${VALUE_COLUMNS})
     SELECT ?, v.product_id, v.location_id, json_extract(d.value, '$[1]'), ${VALUE_COLUMNS.split(', ').map((c) => `v.${c}`).join(', ')}
       FROM temp.refresh_copied c
       JOIN forecast_values v ON v.run_id = ? AND v.product_id = c.product_id AND v.location_id = c.location_id
       JOIN json_each(?) d ON json_extract(d.value, '$[0]') = v.bucket_date`,
  ).run(runId, parentId, moved);
  const means = packCopied(db, writer, copied, dates.bucketDates.length);
  db.exec('DELETE FROM temp.refresh_copied');
  return means;
}

/** The copied rows read back one row per series (reals as JSON print round-trip exact) into a packed chunk. */
function packCopied(db: Database.Database, writer: RunWriter, copied: readonly SeriesHistory[], h: number): Float64Array[] {
  const rows = db
    .prepare(
      `SELECT v.product_id, v.location_id, json_group_array(v.mean ORDER BY v.bucket_date), json_group_array(v.variance ORDER BY v.bucket_date),
              json_group_array(v.cum_variance ORDER BY v.bucket_date)
         FROM temp.refresh_copied c JOIN forecast_values v ON v.run_id = ? AND v.product_id = c.product_id AND v.location_id = c.location_id
        GROUP BY v.product_id, v.location_id ORDER BY v.product_id, v.location_id`,
    )
    .raw(true)
    .all(writer.runId) as [number, number, string, string, string][];
  const chunk = writer.startPacked(rows.length);
  const byKey = new Map<string, Float64Array>();
  rows.forEach(([productId, locationId, mean, variance, cumVariance], i) => {
    chunk.keys(i, { productId, locationId });
    const means = Float64Array.from(JSON.parse(mean) as number[]);
    chunk.mean.set(means.subarray(0, h), i * h);
    chunk.variance.set((JSON.parse(variance) as number[]).slice(0, h), i * h);
    chunk.cumVariance.set((JSON.parse(cumVariance) as number[]).slice(0, h), i * h);
    byKey.set(seriesKeyOf(productId, locationId), means);
  });
  writer.addWritten(chunk);
  return copied.map((s) => byKey.get(seriesKeyOf(s.productId, s.locationId)) ?? new Float64Array(0));
}
