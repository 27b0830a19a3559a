/**
 * The demand a recommendation campaign creates, day by day, with its uncertainty. Buyers respond
 * over the campaign's window, most of them in the first days (an exponential fall with a third of
 * the window as its time constant). The number of buyers is binomial around audience × conversion,
 * and the conversion itself is uncertain — a planner's guess by half of itself, a rate learnt from
 * past campaigns by the spread those campaigns showed — which is common to every day of the window.
 */

import { dayFromIso } from '../ground/calendar';

export interface CampaignDemandInput {
  startDate: string;
  windowDays: number;
  audienceSize: number;
  conversion: number;
  conversionSource: 'entered' | 'learnt';
  /** Relative standard deviation of a learnt conversion (from past campaigns); default 0.3. */
  conversionSpread?: number;
  unitsPerBuyer: number;
}

export interface CampaignDemand {
  firstDay: number;
  /** Share of the expected units on each day of the window (sums to 1). */
  dayShares: Float64Array;
  expectedBuyers: number;
  expectedUnits: number;
  /** Variance of the units that does not repeat across days (binomial buyers, units per buyer). */
  independentVariance: number;
  /** Variance from the uncertain conversion rate, shared by every day of the window. */
  commonVariance: number;
}

/** Relative uncertainty of a conversion rate the planner typed in. */
export const ENTERED_CONVERSION_SPREAD = 0.5;
const DEFAULT_LEARNT_SPREAD = 0.3;

export function campaignDemand(c: CampaignDemandInput): CampaignDemand {
  const n = Math.max(0, c.audienceSize);
  const p = Math.min(1, Math.max(0, c.conversion));
  const perBuyer = Math.max(0, c.unitsPerBuyer);
  const buyers = n * p;
  const spread = c.conversionSource === 'entered' ? ENTERED_CONVERSION_SPREAD : (c.conversionSpread ?? DEFAULT_LEARNT_SPREAD);
  const binomial = n * p * (1 - p);
  // A buyer takes one or more units: Poisson-like extra units beyond the first.
  const unitsNoise = buyers * Math.max(0, perBuyer - 1);
  const independentVariance = binomial * perBuyer * perBuyer + unitsNoise;
  const commonVariance = (spread * buyers * perBuyer) ** 2;
  return {
    firstDay: dayFromIso(c.startDate),
    dayShares: responseShares(c.windowDays),
    expectedBuyers: buyers,
    expectedUnits: buyers * perBuyer,
    independentVariance,
    commonVariance,
  };
}

export function responseShares(windowDays: number): Float64Array {
  const days = Math.max(1, Math.round(windowDays));
  const tau = Math.max(1, days / 3);
  const shares = new Float64Array(days);
  let total = 0;
  for (let d = 0; d < days; d++) {
    shares[d] = Math.exp(-d / tau);
    total += shares[d]!;
  }
  for (let d = 0; d < days; d++) shares[d]! /= total;
  return shares;
}

/** Mean and variance of the campaign's units falling on days [fromDay, toDay]. */
export function demandBetween(demand: CampaignDemand, fromDay: number, toDay: number): { mean: number; variance: number } {
  let share = 0;
  const last = demand.firstDay + demand.dayShares.length - 1;
  for (let day = Math.max(fromDay, demand.firstDay); day <= Math.min(toDay, last); day++) share += demand.dayShares[day - demand.firstDay]!;
  return {
    mean: demand.expectedUnits * share,
    variance: demand.independentVariance * share + demand.commonVariance * share * share,
  };
}
