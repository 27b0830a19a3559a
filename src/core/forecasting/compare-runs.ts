/**
 * Two runs side by side per series: demand summed over the buckets both runs cover, the
 * difference, and whether the method or demand class changed.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { getRun, type RunInfo } from './runs';

export interface CompareRow {
  productId: number;
  sku: string;
  locationId: number;
  /** The location's code; 'ALL' for a run summed over locations. */
  location: string;
  /** null when the series is not in that run. */
  totalA: number | null;
  totalB: number | null;
  /** (B − A) / A; null when A is missing or under half a unit. */
  diffPct: number | null;
  methodA: string | null;
  methodB: string | null;
  methodChanged: boolean;
  classA: string | null;
  classB: string | null;
}

export interface RunComparison {
  runA: RunInfo;
  runB: RunInfo;
  /** Bucket dates (inclusive) both runs forecast; totals are summed over them. */
  from: string;
  to: string;
  /** False when the runs use different frequencies: totals then cover the window only roughly. */
  sameFrequency: boolean;
  rows: CompareRow[];
  summary: { inBoth: number; onlyA: number; onlyB: number; totalA: number; totalB: number; diffPct: number | null; methodChanged: number };
}

/** Below half a unit a percentage change says nothing (0.0001 → 0.3 would read +300,000%). */
const MIN_BASE_UNITS = 0.5;

interface SideRow {
  productId: number;
  sku: string;
  locationId: number;
  location: string;
  total: number;
  method: string;
  demandClass: string;
}

export function compareRuns(db: Database.Database, runIdA: number, runIdB: number): RunComparison {
  const runA = getRun(db, runIdA);
  const runB = getRun(db, runIdB);
  const [fromA, toA] = dateSpan(db, runIdA);
  const [fromB, toB] = dateSpan(db, runIdB);
  const from = fromA > fromB ? fromA : fromB;
  const to = toA < toB ? toA : toB;
  if (from > to) {
    throw new AppError('invalid_input', `Runs ${runIdA} and ${runIdB} forecast periods that do not overlap`, { runIdA, runIdB });
  }
  const a = new Map(sideRows(db, runIdA, from, to).map((r) => [`${r.productId}:${r.locationId}`, r]));
  const b = new Map(sideRows(db, runIdB, from, to).map((r) => [`${r.productId}:${r.locationId}`, r]));
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const rows = keys.map((key) => toRow(a.get(key), b.get(key)));
  rows.sort((x, y) => x.productId - y.productId || x.locationId - y.locationId);
  const both = rows.filter((r) => r.totalA !== null && r.totalB !== null);
  const totalA = both.reduce((s, r) => s + (r.totalA as number), 0);
  const totalB = both.reduce((s, r) => s + (r.totalB as number), 0);
  return {
    runA,
    runB,
    from,
    to,
    sameFrequency: runA.frequency === runB.frequency,
    rows,
    summary: {
      inBoth: both.length,
      onlyA: rows.filter((r) => r.totalB === null).length,
      onlyB: rows.filter((r) => r.totalA === null).length,
      totalA,
      totalB,
      diffPct: totalA > 0 ? (totalB - totalA) / totalA : null,
      methodChanged: both.filter((r) => r.methodChanged).length,
    },
  };
}

function toRow(a: SideRow | undefined, b: SideRow | undefined): CompareRow {
  const any = (a ?? b) as SideRow;
  const totalA = a?.total ?? null;
  const totalB = b?.total ?? null;
  return {
    productId: any.productId,
    sku: any.sku,
    locationId: any.locationId,
    location: any.location,
    totalA,
    totalB,
    diffPct: totalA !== null && totalB !== null && totalA >= MIN_BASE_UNITS ? (totalB - totalA) / totalA : null,
    methodA: a?.method ?? null,
    methodB: b?.method ?? null,
    methodChanged: a !== undefined && b !== undefined && a.method !== b.method,
    classA: a?.demandClass ?? null,
    classB: b?.demandClass ?? null,
  };
}

function dateSpan(db: Database.Database, runId: number): [string, string] {
  const row = db.prepare('SELECT min(bucket_date) AS first, max(bucket_date) AS last FROM forecast_values WHERE run_id = ?').get(runId) as {
    first: string | null;
    last: string | null;
  };
  if (row.first === null || row.last === null) throw new AppError('not_found', `Run ${runId} has no forecast values`, { runId });
  return [row.first, row.last];
}

function sideRows(db: Database.Database, runId: number, from: string, to: string): SideRow[] {
  return db
    .prepare(
      `SELECT s.product_id AS productId, p.sku, s.location_id AS locationId, coalesce(l.code, 'ALL') AS location,
        s.method, s.demand_class AS demandClass,
        (SELECT coalesce(sum(v.mean), 0) FROM forecast_values v
          WHERE v.run_id = s.run_id AND v.product_id = s.product_id AND v.location_id = s.location_id
            AND v.bucket_date BETWEEN ? AND ?) AS total
       FROM forecast_series s JOIN products p ON p.id = s.product_id
       LEFT JOIN locations l ON l.id = s.location_id
       WHERE s.run_id = ?`,
    )
    .all(from, to, runId) as SideRow[];
}
