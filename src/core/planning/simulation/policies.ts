/**
 * The two policies a simulation compares, as decisions on one day given the position.
 *   supplydesk: periodic review every R days, order up to the service quantile of demand over
 *     L + R (rolling forecast, measured lead-time spread), rounded to the supplier's terms.
 *   current (min/max): the merchant's rule of thumb, reviewed daily: when the position is at or
 *     below min = rate × (promised lead time + min cover days), order up to max = rate × (promised
 *     lead time + max cover days), rate = the trailing 90 days' average daily sales; same rounding.
 */

import { demandQuantile } from '../demand-distribution';
import { roundToTerms } from '../rounding';
import { horizonError, rollingForecast } from './rolling-forecast';
import type { SimSeries } from './sim-input';

export interface SupplyDeskPolicy {
  kind: 'supplydesk';
  serviceLevel: number;
  reviewDays: number;
}

export interface MinMaxPolicy {
  kind: 'current';
  minCoverDays: number;
  maxCoverDays: number;
}

export type SimPolicy = SupplyDeskPolicy | MinMaxPolicy;

export const DEFAULT_MIN_MAX: MinMaxPolicy = { kind: 'current', minCoverDays: 14, maxCoverDays: 45 };

const RATE_DAYS = 90;

/** Units to order on day `t` (0 = none). `offset` is days since the start, for the review cycle. */
export function decide(policy: SimPolicy, s: SimSeries, t: number, position: number): number {
  const offset = t - s.start;
  if (policy.kind === 'supplydesk') {
    if (offset % policy.reviewDays !== 0) return 0;
    const level = orderUpToLevel(policy, s, t).level;
    return position < level ? roundToTerms(level - position, s.terms).quantity : 0;
  }
  const rate = trailingRate(s.demand, t);
  const min = rate * (s.promisedLeadTime + policy.minCoverDays);
  const max = rate * (s.promisedLeadTime + policy.maxCoverDays);
  return rate > 0 && position <= min ? roundToTerms(max - position, s.terms).quantity : 0;
}

/**
 * SupplyDesk's order-up-to level on day `t`: the service quantile of demand over L + R (rolling
 * forecast, measured lead-time spread), with the daily rate and sd it rests on (the logistics
 * replay keeps this much at a warehouse before it lets any go to another).
 */
export function orderUpToLevel(policy: SupplyDeskPolicy, s: SimSeries, t: number): { level: number; days: number; rate: number; dailySd: number; intermittent: boolean } {
  const f = rollingForecast(s.demand, t);
  const days = s.leadTimeMean + policy.reviewDays;
  const rate = f.weeklyMean / 7;
  const mean = rate * days;
  // Weekly spread scaled to the horizon assumes independent weeks; the level's own squared error over
  // past horizons also holds runs of weeks above it (seasons, trends) and its bias: take the larger.
  const past = horizonError(s.demand, t, days);
  const variance = Math.max((f.weeklyVariance * days) / 7, past?.meanSquare ?? 0) + rate * rate * s.leadTimeSd * s.leadTimeSd;
  const shape = f.intermittent || variance > mean * mean ? 'count' : 'normal';
  const level = demandQuantile({ mean, variance, shape }, policy.serviceLevel);
  return { level, days, rate, dailySd: Math.sqrt(f.weeklyVariance / 7), intermittent: f.intermittent };
}

function trailingRate(demand: Float64Array, t: number): number {
  const from = Math.max(0, t - RATE_DAYS);
  let sum = 0;
  for (let d = from; d < t; d++) sum += demand[d] as number;
  return t > from ? sum / (t - from) : 0;
}
