/**
 * Demand summed over a lead time, from a stored run: the distribution safety stock needs.
 * The run stores each bucket's mean, step variance and the variance of the running sum (which
 * carries the correlation between steps), so the engine's leadTimeDistribution can be fed the
 * forecast exactly as it was made. With overrides, the means are the overridden ones and each
 * step's variance scales with its mean; the running sum keeps the stored ratio of correlated to
 * independent variance.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { leadTimeDistribution, type LeadTimeDistribution } from '../forecast/lead-time-distribution';
import type { MethodForecast } from '../forecast/types';
import { daysToBuckets } from './bucket-grid';
import { effectiveForecast, type EffectiveRow } from './effective-forecast';
import { getRun } from './runs';

export interface LeadTimeOptions {
  /** Quantile levels; default p10, p50, p90, p95, p99. */
  levels?: readonly number[];
  /** Apply active overrides (default true). */
  applyOverrides?: boolean;
}

export interface LeadTimeDemand extends LeadTimeDistribution {
  runId: number;
  productId: number;
  locationId: number;
  frequency: string;
  method: string;
}

/** `leadTime` in buckets of the run's frequency (fractions allowed). */
export function leadTimeDemandFromRun(
  db: Database.Database,
  runId: number,
  productId: number,
  locationId: number,
  leadTime: number,
  options: LeadTimeOptions = {},
): LeadTimeDemand {
  const run = getRun(db, runId);
  const series = db
    .prepare('SELECT method, family FROM forecast_series WHERE run_id = ? AND product_id = ? AND location_id = ?')
    .get(runId, productId, locationId) as { method: string; family: MethodForecast['family'] } | undefined;
  if (!series) throw new AppError('not_found', `Run ${runId} has no forecast for product ${productId} at location ${locationId}`, { runId, productId, locationId });
  const rows = effectiveForecast(db, runId, { productIds: [productId], locationId });
  const dist = toDistribution(rows, series.family, options.applyOverrides ?? true);
  return {
    ...leadTimeDistribution(dist, leadTime, options.levels),
    runId,
    productId,
    locationId,
    frequency: run.frequency,
    method: series.method,
  };
}

/** Same, with the lead time in days. */
export function leadTimeDemandForDays(
  db: Database.Database,
  runId: number,
  productId: number,
  locationId: number,
  days: number,
  options: LeadTimeOptions = {},
): LeadTimeDemand {
  return leadTimeDemandFromRun(db, runId, productId, locationId, daysToBuckets(days, getRun(db, runId).frequency), options);
}

export function toDistribution(rows: readonly EffectiveRow[], family: MethodForecast['family'], applyOverrides: boolean): MethodForecast {
  const h = rows.length;
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  const cumVariance = new Float64Array(h);
  let storedSum = 0;
  let effectiveSum = 0;
  for (let t = 0; t < h; t++) {
    const row = rows[t] as EffectiveRow;
    mean[t] = applyOverrides ? row.mean : row.original.mean;
    variance[t] = applyOverrides ? row.variance : row.original.variance;
    storedSum += row.original.variance;
    effectiveSum += variance[t] as number;
    // Correlation between steps, as the stored running sum had it, carried over to the new variances.
    const correlation = storedSum > 0 ? row.original.cumVariance / storedSum : 1;
    cumVariance[t] = correlation * effectiveSum;
  }
  return { mean, variance, cumVariance, family };
}
