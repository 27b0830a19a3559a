/** Stored runs: list, read, delete, and the per-series rows behind a run. */

import { parseStoredReason, type ForecastReason } from '../forecast/reason';
import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import type { AnalogueUsed, Frequency, LocationMode } from './types';

export interface RunInfo {
  id: number;
  createdAt: string;
  frequency: Frequency;
  horizon: number;
  quantileLevels: number[];
  locations: LocationMode;
  historyFrom: string;
  historyTo: string;
  status: string;
  seconds: number | null;
  seriesCount: number;
  settings: Record<string, unknown>;
  notes: string | null;
}

interface RunRow extends Omit<RunInfo, 'quantileLevels' | 'settings'> {
  quantileLevels: string;
  settings: string;
}

const SELECT_RUN = `SELECT id, created_at AS createdAt, frequency, horizon, quantile_levels AS quantileLevels, locations,
  history_from AS historyFrom, history_to AS historyTo, status, seconds, series_count AS seriesCount, settings, notes
  FROM forecast_runs`;

export function listRuns(db: Database.Database): RunInfo[] {
  return (db.prepare(`${SELECT_RUN} ORDER BY id DESC`).all() as RunRow[]).map(toRunInfo);
}

export function getRun(db: Database.Database, runId: number): RunInfo {
  const row = db.prepare(`${SELECT_RUN} WHERE id = ?`).get(runId) as RunRow | undefined;
  if (!row) throw new AppError('not_found', `No forecast run ${runId}`, { runId });
  return toRunInfo(row);
}

/** Deletes a run with its series and values (cascade). */
export function deleteRun(db: Database.Database, runId: number): boolean {
  return db.prepare('DELETE FROM forecast_runs WHERE id = ?').run(runId).changes > 0;
}

function toRunInfo(row: RunRow): RunInfo {
  return { ...row, quantileLevels: JSON.parse(row.quantileLevels) as number[], settings: JSON.parse(row.settings) as Record<string, unknown> };
}

export interface SeriesRow {
  productId: number;
  sku: string;
  category: string | null;
  brand: string | null;
  locationId: number;
  method: string;
  demandClass: string;
  reason: ForecastReason;
  family: 'normal' | 'count';
  historyBuckets: number;
  censoredBuckets: number;
  cappedBuckets: number;
  promoShare: number;
  totalMean: number;
  calibrationFactor: number;
  analogues: AnalogueUsed[] | null;
  btPoints: number;
  btActual: number;
  mase: number | null;
  rmsse: number | null;
  wape: number | null;
  bias: number | null;
  pinball: number | null;
  coverage: number | null;
  snaiveMase: number | null;
  snaiveRmsse: number | null;
  snaiveWape: number | null;
  snaiveBias: number | null;
  snaivePinball: number | null;
  snaiveCoverage: number | null;
  scaleMae: number | null;
  scaleMse: number | null;
  snaiveVariance: number | null;
}

export interface SeriesFilter {
  productIds?: readonly number[];
  locationId?: number;
  limit?: number;
  offset?: number;
}

export function runSeries(db: Database.Database, runId: number, filter: SeriesFilter = {}): SeriesRow[] {
  const where = ['s.run_id = ?'];
  const params: unknown[] = [runId];
  if (filter.productIds) {
    where.push('s.product_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.productIds));
  }
  if (filter.locationId !== undefined) {
    where.push('s.location_id = ?');
    params.push(filter.locationId);
  }
  params.push(filter.limit ?? -1, filter.offset ?? 0);
  const rows = db
    .prepare(
      `SELECT s.product_id AS productId, p.sku, p.category, p.brand, s.location_id AS locationId, s.method, s.demand_class AS demandClass,
        s.explanation, s.family, s.history_buckets AS historyBuckets, s.censored_buckets AS censoredBuckets, s.capped_buckets AS cappedBuckets,
        s.promo_share AS promoShare, s.total_mean AS totalMean, s.calibration_factor AS calibrationFactor, s.analogues,
        s.bt_points AS btPoints, s.bt_actual AS btActual, s.mase, s.rmsse, s.wape, s.bias, s.pinball, s.coverage,
        s.snaive_mase AS snaiveMase, s.snaive_rmsse AS snaiveRmsse, s.snaive_wape AS snaiveWape, s.snaive_bias AS snaiveBias,
        s.snaive_pinball AS snaivePinball, s.snaive_coverage AS snaiveCoverage, s.scale_mae AS scaleMae, s.scale_mse AS scaleMse,
        s.snaive_variance AS snaiveVariance
       FROM forecast_series s JOIN products p ON p.id = s.product_id
       WHERE ${where.join(' AND ')}
       ORDER BY s.product_id, s.location_id LIMIT ? OFFSET ?`,
    )
    .all(...params) as (Omit<SeriesRow, 'analogues' | 'reason'> & { analogues: string | null; explanation: string })[];
  return rows.map(({ explanation, ...r }) => ({
    ...r,
    reason: parseStoredReason(explanation),
    analogues: r.analogues ? (JSON.parse(r.analogues) as AnalogueUsed[]) : null,
  }));
}
