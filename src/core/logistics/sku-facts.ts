import { dayFromIso } from '../ground/calendar';
/** Per-SKU figures the steps share: unit cost and size, margin per unit short, replenishment time, safety stock. */

import type { DatedArrival } from '../freight/transfers';
import type { UnitFacts } from '../freight/types';
import type { LogisticsInputs, SkuLocation } from './inputs';

/** z for a 95% cycle service, the planner's default, when a SKU-location has no plan line. */
const DEFAULT_Z = 1.645;
/** Days until a purchase lands when nothing says (no terms, no plan line). */
const DEFAULT_REPLENISH_DAYS = 30;

export function unitFactsOf(inputs: LogisticsInputs, productId: number, unitCost?: number | null): UnitFacts {
  const product = inputs.products.get(productId);
  const cost = unitCost ?? inputs.suppliers.get(productId)?.unitCost ?? product?.unitCost ?? 0;
  return { unitCost: cost, volumeM3: product?.unitVolume ?? null, weightKg: product?.unitWeight ?? null };
}

/** Margin lost per unit short: price − cost, or the cost itself when the price is unknown (the planner's convention). */
export function unitMarginOf(inputs: LogisticsInputs, productId: number, unitCost: number): { margin: number; known: boolean } {
  const price = inputs.products.get(productId)?.price ?? null;
  return price !== null ? { margin: Math.max(0, price - unitCost), known: true } : { margin: unitCost, known: false };
}

export function replenishDaysOf(inputs: LogisticsInputs, entry: SkuLocation): number {
  if (entry.line) return Math.max(1, entry.line.leadTime.meanDays + (entry.line.policy === 'order_up_to' ? entry.line.reviewDays : 0));
  const promised = inputs.suppliers.get(entry.productId)?.promisedLeadTimeDays;
  return Math.max(1, promised ?? DEFAULT_REPLENISH_DAYS);
}

/** Days until a purchase placed today lands (no review period): how long the origin of a transfer must hold out. */
export function purchaseLeadDaysOf(inputs: LogisticsInputs, entry: SkuLocation): number {
  if (entry.line) return Math.max(1, entry.line.leadTime.meanDays);
  const promised = inputs.suppliers.get(entry.productId)?.promisedLeadTimeDays;
  return Math.max(1, promised ?? DEFAULT_REPLENISH_DAYS);
}

/** What is on its way to a SKU-location, by days from the plan date (lots due before it count as landing tomorrow). */
export function datedArrivals(inputs: LogisticsInputs, entry: SkuLocation): DatedArrival[] {
  if (!entry.position) return [];
  return entry.position.arrivals.map((a) => ({ day: Math.max(1, dayFromIso(a.date) - inputs.planDay), units: a.quantity }));
}

export function safetyStockOf(entry: SkuLocation, replenishDays: number): number {
  if (entry.line) return Math.max(0, entry.line.safetyStock);
  return DEFAULT_Z * entry.demand.sd * Math.sqrt(replenishDays);
}

/** Units arriving at a SKU-location within `days` of the plan date (open POs, transfers on their way). */
export function arrivingWithin(inputs: LogisticsInputs, entry: SkuLocation, days: number): number {
  if (!entry.position) return 0;
  const last = inputs.planDay + days;
  let units = 0;
  for (const a of entry.position.arrivals) if (dayFromIso(a.date) <= last) units += a.quantity;
  return units;
}

