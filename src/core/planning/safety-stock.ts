/**
 * Safety stock and target levels from uncertainty, not a flat number of days.
 *
 * Demand over the protection period P (lead time, plus the review period for order-up-to) comes
 * from the stored forecast: its mean and the variance of the summed forecast errors (which carries
 * the correlation between weeks). Lead-time variability measured from receipts adds
 * (daily demand rate)² × (lead-time sd)², the second term of the classic
 * Var = E[L]·σ_d² + μ_d²·σ_L². The target level is the service-level quantile of that
 * distribution: normal for smooth demand; a count distribution for count-family forecasts,
 * intermittent, lumpy or new items, and any item whose sd exceeds its mean (demand-distribution.ts).
 */

import { leadTimeDistribution } from '../forecast/lead-time-distribution';
import type { MethodForecast } from '../forecast/types';
import { demandQuantile, type DemandDistribution, type DemandShape } from './demand-distribution';

export interface ProtectionInput {
  forecast: MethodForecast;
  /** Days per forecast bucket (7 for weekly runs). */
  bucketDays: number;
  leadTimeMeanDays: number;
  leadTimeSdDays: number;
  /** Review period in days (0 for a continuously reviewed reorder point). */
  reviewDays: number;
  /** Demand class of the series: intermittent and lumpy demand always get the count shape. */
  demandClass: string;
}

export interface ProtectionDemand extends DemandDistribution {
  days: number;
  /** sd of demand from the forecast alone, and from lead-time variability alone. */
  forecastSd: number;
  leadTimeSd: number;
}

export interface TargetLevel {
  protection: ProtectionDemand;
  service: number;
  /** The service-level quantile of protection-period demand. */
  level: number;
  /** level − mean demand over the period (negative only for low targets on skewed items). */
  safetyStock: number;
}

const COUNT_CLASSES = new Set(['intermittent', 'lumpy', 'new', 'zero']);

export function protectionDemand(input: ProtectionInput): ProtectionDemand {
  const days = Math.max(0, input.leadTimeMeanDays) + Math.max(0, input.reviewDays);
  const dist = leadTimeDistribution(input.forecast, days / input.bucketDays, [0.5]);
  const dailyRate = days > 0 ? dist.mean / days : 0;
  const leadTimeVariance = dailyRate * dailyRate * input.leadTimeSdDays * input.leadTimeSdDays;
  const variance = dist.variance + leadTimeVariance;
  // A normal with sd above its mean puts much of its mass below zero: its quantiles mislead.
  const skewed = variance > dist.mean * dist.mean;
  const shape: DemandShape = input.forecast.family === 'count' || COUNT_CLASSES.has(input.demandClass) || skewed ? 'count' : 'normal';
  return {
    days,
    mean: dist.mean,
    variance,
    shape,
    forecastSd: Math.sqrt(dist.variance),
    leadTimeSd: Math.sqrt(leadTimeVariance),
  };
}

export function targetLevel(protection: ProtectionDemand, service: number): TargetLevel {
  const level = demandQuantile(protection, service);
  return { protection, service, level, safetyStock: level - protection.mean };
}

/**
 * Economic order quantity, the cycle stock of a reorder-point policy:
 * √(2 × annual demand × cost per order ÷ (holding rate × unit cost)); at least one unit.
 */
export function economicOrderQuantity(annualDemand: number, orderingCost: number, holdingRate: number, unitCost: number): number {
  if (!(annualDemand > 0)) return 0;
  const holding = holdingRate * unitCost;
  if (!(holding > 0)) return annualDemand / 12;
  return Math.max(1, Math.sqrt((2 * annualDemand * orderingCost) / holding));
}
