/**
 * A stored run with the planners' active overrides applied on top, then the demand of
 * recommendation campaigns added (campaign-effect.ts). A 'set' override replaces
 * the mean (split over locations by their forecast share when entered for all of them) and
 * moves the quantiles in proportion; a 'percent' override scales mean and quantiles alike.
 * Overrides apply in the order they were made, to buckets whose last day is in their range.
 * A run summed over locations takes only the overrides entered for all locations.
 */

import type Database from 'better-sqlite3';
import { stepQuantiles } from '../forecast/quantiles';
import { MEAN_BUCKET_DAYS } from './bucket-grid';
import { applyCampaigns } from './campaign-effect';
import { listOverrides, type ForecastOverride } from './overrides';
import { getRun } from './runs';
import { STORED_KEYS, STORED_LEVELS, type Frequency } from './types';

export interface ForecastValues {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  variance: number;
}

export interface EffectiveRow extends ForecastValues {
  productId: number;
  sku: string;
  locationId: number;
  bucketDate: string;
  /** As stored by the run, before overrides (cumVariance: of the sum over steps 1..this one). */
  original: ForecastValues & { cumVariance: number; snaive: number };
  /** Overrides that changed this bucket, in the order applied. */
  overrideIds: number[];
  /** Units added by recommendation campaigns (after overrides) and the campaigns that added them. */
  campaignMean: number;
  campaignIds: number[];
}

export interface ForecastFilter {
  productIds?: readonly number[];
  locationId?: number;
  from?: string;
  to?: string;
}

export function effectiveForecast(db: Database.Database, runId: number, filter: ForecastFilter = {}): EffectiveRow[] {
  const run = getRun(db, runId);
  const rows = readValues(db, runId, filter);
  const overrides = listOverrides(db, filter.productIds ? { productIds: filter.productIds } : {});
  const byProduct = new Map<number, EffectiveRow[]>();
  for (const row of rows) {
    const list = byProduct.get(row.productId);
    if (list) list.push(row);
    else byProduct.set(row.productId, [row]);
  }
  for (const override of overrides) {
    const productRows = byProduct.get(override.productId);
    if (productRows) applyOverride(override, productRows, run.frequency);
  }
  applyCampaigns(db, rows, run.frequency, filter.productIds);
  return rows;
}

/** Applies one override to the rows of its SKU (all locations and buckets of the run). */
export function applyOverride(override: ForecastOverride, rows: EffectiveRow[], frequency: Frequency): void {
  const inRange = rows.filter(
    (r) => r.bucketDate >= override.fromDate && r.bucketDate <= override.toDate && (override.locationId === null || r.locationId === override.locationId),
  );
  if (override.kind === 'percent') {
    for (const row of inRange) scaleRow(row, 1 + override.value / 100, override.id);
    return;
  }
  const byBucket = new Map<string, EffectiveRow[]>();
  for (const row of inRange) {
    const list = byBucket.get(row.bucketDate);
    if (list) list.push(row);
    else byBucket.set(row.bucketDate, [row]);
  }
  for (const [bucketDate, bucketRows] of byBucket) {
    const target = perBucket(override, frequency, bucketDate);
    const total = bucketRows.reduce((s, r) => s + r.mean, 0);
    for (const row of bucketRows) {
      const share = total > 0 ? row.mean / total : 1 / bucketRows.length;
      setRow(row, target * share, override.id);
    }
  }
}

/** A 'set' value in units per bucket of the run's frequency (months by their real length). */
function perBucket(override: ForecastOverride, frequency: Frequency, bucketDate: string): number {
  const per = override.valuePer ?? frequency;
  if (per === frequency) return override.value;
  const bucketDays = frequency === 'month' ? Number(bucketDate.slice(8, 10)) : MEAN_BUCKET_DAYS[frequency];
  return (override.value / MEAN_BUCKET_DAYS[per]) * bucketDays;
}

function scaleRow(row: EffectiveRow, factor: number, overrideId: number): void {
  const f = Math.max(0, factor);
  row.mean *= f;
  for (const key of STORED_KEYS) row[key] *= f;
  row.variance *= f * f;
  row.overrideIds.push(overrideId);
}

/** New mean; quantiles move in proportion, or (from zero) follow a Poisson around it. */
function setRow(row: EffectiveRow, mean: number, overrideId: number): void {
  if (row.mean > 0) {
    const f = mean / row.mean;
    for (const key of STORED_KEYS) row[key] *= f;
    row.variance *= f * f;
  } else {
    const out = new Float64Array(STORED_LEVELS.length);
    stepQuantiles(mean, mean, 'count', STORED_LEVELS, true, out);
    STORED_KEYS.forEach((key, i) => (row[key] = out[i] as number));
    row.variance = mean;
  }
  row.mean = mean;
  row.overrideIds.push(overrideId);
}

function readValues(db: Database.Database, runId: number, filter: ForecastFilter): EffectiveRow[] {
  const where = ['v.run_id = ?'];
  const params: unknown[] = [runId];
  if (filter.productIds) {
    where.push('v.product_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.productIds));
  }
  if (filter.locationId !== undefined) {
    where.push('v.location_id = ?');
    params.push(filter.locationId);
  }
  if (filter.from) {
    where.push('v.bucket_date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('v.bucket_date <= ?');
    params.push(filter.to);
  }
  const raw = db
    .prepare(
      `SELECT v.product_id AS productId, p.sku, v.location_id AS locationId, v.bucket_date AS bucketDate, v.mean, v.p10, v.p50, v.p90,
        v.p95, v.p99, v.variance, v.cum_variance AS cumVariance, v.snaive
       FROM forecast_values v JOIN products p ON p.id = v.product_id
       WHERE ${where.join(' AND ')} ORDER BY v.product_id, v.location_id, v.bucket_date`,
    )
    .all(...params) as (Omit<EffectiveRow, 'original' | 'overrideIds'> & { cumVariance: number; snaive: number })[];
  return raw.map(({ cumVariance, snaive, ...r }) => {
    const { mean, p10, p50, p90, p95, p99, variance } = r;
    return { ...r, original: { mean, p10, p50, p90, p95, p99, variance, cumVariance, snaive }, overrideIds: [], campaignMean: 0, campaignIds: [] };
  });
}
