/**
 * Demand over a protection period as a distribution: its quantile (the order-up-to level for a
 * cycle-service target) and its expected shortage above a stock level (what an order protects).
 * Smooth items use the normal distribution; slow and intermittent items use a count distribution
 * (negative binomial by moment matching, Poisson when not over-dispersed), because the normal
 * formula puts the level too low for them at high targets and can go negative at low ones.
 */

import { countQuantiles, normalQuantile } from '../forecast/distributions';

export type DemandShape = 'normal' | 'count';

export interface DemandDistribution {
  mean: number;
  variance: number;
  shape: DemandShape;
}

/** Beyond this mean, count distributions are computed by their normal approximation (as the engine does). */
const COUNT_NORMAL_THRESHOLD = 400;

/** The smallest level with P(demand ≤ level) ≥ service. */
export function demandQuantile(d: DemandDistribution, service: number): number {
  if (!(d.mean > 0)) return 0;
  if (d.shape === 'count') {
    const out = new Float64Array(1);
    countQuantiles(d.mean, d.variance, [service], out);
    return out[0] as number;
  }
  return Math.max(0, d.mean + Math.sqrt(Math.max(0, d.variance)) * normalQuantile(service));
}

/** P(demand ≤ level): the cycle service level a stock level gives. */
export function cycleServiceAt(d: DemandDistribution, level: number): number {
  if (!(d.mean > 0)) return 1;
  if (useNormal(d)) return normalCdf((level - d.mean) / Math.sqrt(Math.max(d.variance, 1e-12)));
  let cdf = 0;
  for (const p of countPmf(d, Math.floor(level))) cdf += p;
  return Math.min(1, cdf);
}

/** E[(demand − level)+]: units expected short when `level` units are available over the period. */
export function expectedShortage(d: DemandDistribution, level: number): number {
  if (!(d.mean > 0)) return 0;
  if (level <= 0) return d.mean - level;
  if (useNormal(d)) {
    const sd = Math.sqrt(Math.max(d.variance, 1e-12));
    const z = (level - d.mean) / sd;
    return Math.max(0, sd * (normalPdf(z) - z * (1 - normalCdf(z))));
  }
  // E[(D − x)+] = mean − E[min(D, x)] and E[min(D, x)] = Σ_{k<x} P(D > k).
  // Demand comes in whole units, so a fractional level protects as its whole part.
  let cdf = 0;
  let expectedMin = 0;
  for (const p of countPmf(d, Math.floor(level) - 1)) {
    cdf += p;
    expectedMin += 1 - cdf;
  }
  return Math.max(0, d.mean - expectedMin);
}

function useNormal(d: DemandDistribution): boolean {
  return d.shape === 'normal' || d.mean > COUNT_NORMAL_THRESHOLD;
}

/** P(D = 0 … upTo) of the count distribution. */
function* countPmf(d: DemandDistribution, upTo: number): Generator<number> {
  const overdispersed = d.variance > d.mean * 1.0001;
  const r = overdispersed ? (d.mean * d.mean) / (d.variance - d.mean) : 0;
  const p = overdispersed ? r / (r + d.mean) : 0;
  let pmf = overdispersed ? Math.exp(r * Math.log(p)) : Math.exp(-d.mean);
  for (let x = 0; x <= upTo; x++) {
    yield pmf;
    pmf *= overdispersed ? ((x + r) / (x + 1)) * (1 - p) : d.mean / (x + 1);
  }
}

export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Standard normal CDF (Zelen & Severo 26.2.17, |error| < 7.5e-8: ample for service levels). */
export function normalCdf(z: number): number {
  if (z < -8) return 0;
  if (z > 8) return 1;
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = normalPdf(z) * poly;
  return z >= 0 ? 1 - upper : upper;
}
