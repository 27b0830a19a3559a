/**
 * The run an incremental refresh derives from: the newest finished run forecast up to the last
 * sales day (no fixed as-of date), with what the refresh reuses of it — per series the chosen
 * method, class and stored backtest row, and the run's interval calibration.
 */

import type Database from 'better-sqlite3';
import type { ClassCalibration } from '../../forecasting/calibration';
import { listRuns, type RunInfo } from '../../forecasting/runs';
import type { RefitMethod } from '../../forecast/refit-series';
import { methodOfStoredLabel } from '../../forecasting/stored-method';

/** A parent forecast up to this many days before the new history's end is still trusted for method choice. */
export const STALE_AFTER_DAYS = 28;

/** One series of the parent run, as stored (raw columns, written back unchanged where reused). */
export interface ParentSeries {
  /** The stored method label, as the UI shows it. */
  method: string;
  /** The same method by name, for a refit (null when the label is not one the engine gives). */
  refitMethod: RefitMethod | null;
  demandClass: string;
  /** The stored reason (JSON), kept for refits: the method was chosen for that reason. */
  explanation: string;
  coldStart: boolean;
  /** bt_points … snaive_coverage, in the table's column order. */
  backtest: unknown[];
}

export const BACKTEST_COLUMNS = [
  'bt_points', 'bt_actual', 'mase', 'rmsse', 'wape', 'bias', 'pinball', 'coverage',
  'snaive_mase', 'snaive_rmsse', 'snaive_wape', 'snaive_bias', 'snaive_pinball', 'snaive_coverage',
] as const;

export function seriesKeyOf(productId: number, locationId: number): string {
  return `${productId}:${locationId}`;
}

/** The newest finished run forecast to the last sales day, or null. */
export function findParentRun(db: Database.Database): RunInfo | null {
  return listRuns(db).find((run) => run.status === 'done' && (run.settings.asOf ?? null) === null) ?? null;
}

export function parentCalibration(run: RunInfo): ClassCalibration[] {
  const calibration = run.settings.calibration;
  return Array.isArray(calibration) ? (calibration as ClassCalibration[]) : [];
}

export function parentGlobalModel(run: RunInfo): { id: number; blended: number } | null {
  const model = run.settings.globalModel as { id?: unknown; blended?: unknown } | null | undefined;
  return model && typeof model.id === 'number' ? { id: model.id, blended: Number(model.blended ?? 0) } : null;
}

/** The parent's series, or those of products `from` … `to` (a slice of a streamed refresh). */
export function readParentSeries(db: Database.Database, runId: number, products?: { from: number; to: number }): Map<string, ParentSeries> {
  const range = products ? ' AND product_id BETWEEN ? AND ?' : '';
  const rows = db
    .prepare(
      `SELECT product_id, location_id, method, demand_class, explanation, analogues IS NOT NULL AS cold, ${BACKTEST_COLUMNS.join(', ')}
         FROM forecast_series WHERE run_id = ?${range}`,
    )
    .raw()
    .all(runId, ...(products ? [products.from, products.to] : [])) as unknown[][];
  const map = new Map<string, ParentSeries>();
  for (const row of rows) {
    map.set(seriesKeyOf(row[0] as number, row[1] as number), {
      method: row[2] as string,
      refitMethod: methodOfStoredLabel(row[2] as string),
      demandClass: row[3] as string,
      explanation: row[4] as string,
      coldStart: row[5] === 1,
      backtest: row.slice(6),
    });
  }
  return map;
}

/** Each parent series' key and whether it was a cold start: all a first pass needs to tell which series are copied. */
export function readParentColdStarts(db: Database.Database, runId: number): Map<string, boolean> {
  const rows = db.prepare('SELECT product_id, location_id, analogues IS NOT NULL FROM forecast_series WHERE run_id = ?').raw().all(runId) as [number, number, number][];
  return new Map(rows.map(([product, location, cold]) => [seriesKeyOf(product, location), cold === 1]));
}

/**
 * Series whose days up to the parent's last day were rewritten by an import since the parent
 * run (a corrected export): their bucketed history as the parent saw it is no longer known.
 * Keys are per location; with `total`, per SKU (location 0).
 */
export function correctedSince(db: Database.Database, run: RunInfo, total: boolean): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT r.product_id, r.location_id FROM import_sales_ranges r JOIN import_log l ON l.id = r.import_id
        WHERE l.status = 'done' AND coalesce(l.finished_at, l.started_at) >= ? AND r.date_from <= ?`,
    )
    .raw()
    .all(run.createdAt, run.historyTo) as [number, number][];
  return new Set(rows.map(([product, location]) => seriesKeyOf(product, total ? 0 : location)));
}

/** An import undone since the parent run changed its history in ways the ranges no longer tell. */
export function undoneSince(db: Database.Database, run: RunInfo): boolean {
  const row = db
    .prepare("SELECT 1 FROM import_log WHERE status = 'undone' AND json_extract(details, '$.undoneAt') >= ? LIMIT 1")
    .get(run.createdAt);
  return row !== undefined;
}
