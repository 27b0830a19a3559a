/**
 * Stores a run in one transaction: the run row, its series and their values, all at once
 * (writeRun) or chunk by chunk as they are forecast (RunWriter). Nothing is committed before
 * the run is complete, so a cancelled or failed run leaves no trace.
 */

import type Database from 'better-sqlite3';
import { BatchInsert } from '../db/batch-insert';
import { storeForecastSortKeys } from './forecast-sort-key';
import { PackedForecastWriter, type PackedChunk } from './packed-forecasts';
import { keepRunBacktestScore } from './run-backtest-score';
import { STORED_KEYS, STORED_LEVELS, type Frequency, type LocationMode, type SeriesForecast } from './types';

export interface RunRecord {
  createdAt: string;
  frequency: Frequency;
  horizon: number;
  locations: LocationMode;
  historyFrom: string;
  historyTo: string;
  /** ISO date of each future bucket's last day. */
  bucketDates: string[];
  settings: Record<string, unknown>;
  notes: string | null;
  /** Started at (performance.now()), so the stored seconds include the write. */
  startedAt: number;
}

const INSERT_SERIES = `INSERT INTO forecast_series (
  run_id, product_id, location_id, method, demand_class, explanation, family, history_buckets,
  censored_buckets, capped_buckets, promo_share, analogues, total_mean, scale_mae, scale_mse, snaive_variance,
  calibration_factor, bt_points, bt_actual, mase, rmsse, wape, bias, pinball, coverage,
  snaive_mase, snaive_rmsse, snaive_wape, snaive_bias, snaive_pinball, snaive_coverage
) VALUES (${new Array(31).fill('?').join(', ')})`;

const VALUE_TABLE = `forecast_values (
  run_id, product_id, location_id, bucket_date, mean, p10, p50, p90, p95, p99, variance, cum_variance, snaive
)`;
const VALUE_WIDTH = 13;
/** Rows per INSERT statement: few native calls, well under SQLite's limit of bound values. */
const VALUES_PER_STATEMENT = 128;

/**
 * Stores a run in one transaction (see RunWriter): at 100,000 series × 26 weeks that is 2.6 M
 * value rows written with no array per row.
 */
export function writeRun(db: Database.Database, run: RunRecord, forecasts: readonly SeriesForecast[], onSeries?: (done: number) => void): number {
  return db.transaction(() => {
    const writer = new RunWriter(db, run);
    writer.add(forecasts, onSeries);
    return writer.finish();
  })();
}

/**
 * A run written as its forecasts come, chunk by chunk, inside the caller's transaction (a
 * cancel or a crash before it commits leaves nothing): the run row first, each chunk's series in
 * key order (SQLite appends to its B-trees instead of splitting pages all over), the values
 * through multi-row INSERTs filled in place, and the count and seconds at the end.
 */
export class RunWriter {
  readonly runId: number;
  private readonly insertSeries: Database.Statement;
  private readonly values: BatchInsert;
  /** The same numbers packed per chunk for the plan's read (packed-forecasts.ts). */
  private readonly packed: PackedForecastWriter;
  private written = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly run: RunRecord,
  ) {
    if (!db.inTransaction) throw new Error('RunWriter writes inside the run\'s one transaction');
    const insertRun = db.prepare(
      `INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, locations, history_from, history_to, status, series_count, settings, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'done', 0, ?, ?)`,
    );
    this.runId = Number(
      insertRun.run(run.createdAt, run.frequency, run.horizon, JSON.stringify(STORED_LEVELS), run.locations, run.historyFrom, run.historyTo,
        JSON.stringify(run.settings), run.notes).lastInsertRowid,
    );
    this.insertSeries = db.prepare(INSERT_SERIES);
    this.values = new BatchInsert(db, VALUE_TABLE, VALUE_WIDTH, VALUES_PER_STATEMENT);
    this.packed = new PackedForecastWriter(db, this.runId, run.bucketDates);
  }

  /**
   * Writes a chunk of forecasts; `onSeries` hears the run's series written so far. `columnsOf`
   * gives a series' row (the refresh writes a refit with its parent's reason and backtest).
   */
  add(forecasts: readonly SeriesForecast[], onSeries?: (done: number) => void, columnsOf: (f: SeriesForecast) => unknown[] = seriesColumns): void {
    if (forecasts.length === 0) return;
    const { runId, run } = this;
    const order = keyOrder(forecasts);
    const packed = this.packed.start(order.length);
    let i = 0;
    let t = 0;
    let f: SeriesForecast = forecasts[0]!;
    const fillValue = (buffer: unknown[], at: number): void => {
      buffer[at] = runId;
      buffer[at + 1] = f.productId;
      buffer[at + 2] = f.locationId;
      buffer[at + 3] = run.bucketDates[t];
      writeValueColumns(f, t, buffer, at + 4);
      packed.keep(i, t, buffer, at + 4);
    };
    for (i = 0; i < order.length; i++) {
      f = forecasts[order[i]!]!;
      packed.keys(i, f);
      this.insertSeries.run(runId, ...columnsOf(f));
      for (t = 0; t < run.bucketDates.length; t++) this.values.fill(fillValue);
      if (onSeries && (this.written + i) % 256 === 0) onSeries(this.written + i);
    }
    this.packed.store(packed);
    this.written += order.length;
  }

  /** A packed chunk of `series` series to fill for rows the caller writes itself (addWritten). */
  startPacked(series: number): PackedChunk {
    return this.packed.start(series);
  }

  /** Series whose rows the caller wrote in SQL (the refresh copies unchanged ones): packed, and counted as written. */
  addWritten(chunk: PackedChunk): void {
    this.packed.store(chunk);
    this.written += chunk.series;
  }

  /**
   * The last values, the series count and the seconds (the write included); returns the run's id.
   * `settings` replaces the run's when what they record (the calibration) is known only at the end.
   */
  finish(settings?: Record<string, unknown>): number {
    this.values.flush();
    if (settings) this.db.prepare('UPDATE forecast_runs SET settings = ? WHERE id = ?').run(JSON.stringify(settings), this.runId);
    this.db
      .prepare('UPDATE forecast_runs SET series_count = ?, seconds = ? WHERE id = ?')
      .run(this.written, (performance.now() - this.run.startedAt) / 1000, this.runId);
    // The Forecasts grid's default order is read from this key's index (migration 018).
    storeForecastSortKeys(this.db, this.runId);
    // The Dashboard's accuracy reads the run's pooled backtest from here (migration 022).
    keepRunBacktestScore(this.db, this.runId);
    return this.runId;
  }
}

/** Indexes of the series sorted by product, then location: the tables' key order. */
function keyOrder(forecasts: readonly SeriesForecast[]): Uint32Array {
  const order = Uint32Array.from(forecasts.keys());
  return order.sort((a, b) => forecasts[a]!.productId - forecasts[b]!.productId || forecasts[a]!.locationId - forecasts[b]!.locationId);
}

/**
 * One bucket's columns. A degenerate fit must not abort the whole run on a CHECK: non-finite
 * figures fall back to safe ones and the quantiles are forced into order.
 */
export function valueColumns(f: SeriesForecast, t: number): number[] {
  const out = new Array<number>(1 + STORED_KEYS.length + 3);
  writeValueColumns(f, t, out, 0);
  return out;
}

/** valueColumns written into `out` from `at` (mean, the stored quantiles, variance, cumulative variance, seasonal naive). */
export function writeValueColumns(f: SeriesForecast, t: number, out: unknown[], at: number): void {
  const mean = Math.max(0, finiteOr(f.mean[t], 0));
  out[at++] = mean;
  let last = 0;
  for (const key of STORED_KEYS) out[at++] = last = Math.max(last, finiteOr(f.quantiles[key][t], mean));
  const variance = Math.max(0, finiteOr(f.variance[t], 0));
  out[at++] = variance;
  out[at++] = Math.max(0, finiteOr(f.cumVariance[t], variance));
  out[at] = Math.max(0, finiteOr(f.snaive[t], 0));
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

export function seriesColumns(f: SeriesForecast): unknown[] {
  const bt = f.backtest;
  const m = bt?.metrics;
  const s = bt?.snaive;
  let total = 0;
  for (const v of f.mean) total += Math.max(0, finiteOr(v, 0));
  return [
    f.productId, f.locationId, f.method, f.demandClass, JSON.stringify(f.reason), f.family, f.historyBuckets,
    f.censoredBuckets, f.cappedBuckets, Math.min(1, Math.max(0, finiteOr(f.promoShare, 0))), f.analogues ? JSON.stringify(f.analogues) : null,
    total, finite(f.scaleMae), finite(f.scaleMse), finite(f.snaiveVariance), f.calibrationFactor, bt?.points ?? 0, bt?.actualSum ?? 0,
    finite(m?.mase), finite(m?.rmsse), finite(m?.wape), finite(m?.bias), finite(m?.pinball), finite(m?.coverage),
    finite(s?.mase), finite(s?.rmsse), finite(s?.wape), finite(s?.bias), finite(s?.pinball), finite(s?.coverage),
  ];
}

/** SQLite has no NaN: unknown figures are NULL. */
function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
