/**
 * Expected units short before a shipment arrives, with demand over an uncertain transit:
 * D(T) ~ Normal(d·T, σd²·T + d²·σT²) (the lead-time demand of the forecast's distribution), and
 * expected shortage E[max(0, D − S)] = σ·L((S − μ)/σ) with the standard normal loss function L.
 */

export interface DailyDemand {
  mean: number;
  sd: number;
}

export interface Transit {
  days: number;
  sdDays: number;
}

export function demandOver(demand: DailyDemand, transit: Transit): { mean: number; sd: number } {
  const days = Math.max(0, transit.days);
  const variance = demand.sd * demand.sd * days + demand.mean * demand.mean * transit.sdDays * transit.sdDays;
  return { mean: demand.mean * days, sd: Math.sqrt(Math.max(0, variance)) };
}

/** E[max(0, D − stock)] for D normal with the given mean and sd (deterministic when sd is 0). */
export function expectedShort(stock: number, mean: number, sd: number): number {
  if (!(sd > 1e-12)) return Math.max(0, mean - stock);
  const z = (stock - mean) / sd;
  return sd * normalLoss(z);
}

export function normalLoss(z: number): number {
  return Math.max(0, normalPdf(z) - z * (1 - normalCdf(z)));
}

function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Φ(z) by the Zelen–Severo approximation (error < 7.5e-8), enough for money figures. */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = normalPdf(z) * poly;
  return z >= 0 ? 1 - tail : tail;
}

/** Expected units short before arrival: stock `stock` against demand over the transit. */
export function shortBefore(stock: number, demand: DailyDemand, transit: Transit): number {
  const d = demandOver(demand, transit);
  return expectedShort(stock, d.mean, d.sd);
}
