/**
 * Transfers before purchases. One SKU, two warehouses: the origin holds more than it needs until
 * its own next replenishment can land (its keep: demand over the transfer's transit + its
 * replenishment lead time, + safety, with what is already on its way to it counted on the day it
 * lands), the destination will run short before its next purchase can land. Moving the excess pays
 * when the move costs less than the margin of the shortage it prevents AND less than buying those
 * units instead (their inbound freight and duty, plus carrying the origin's excess meanwhile).
 */

import { landedCost } from './landed-cost';
import { demandOver, expectedShort, shortBefore, type DailyDemand } from './shortage';
import type { FreightMode, LaneTariff, UnitFacts } from './types';

/** Units landing `day` days from today (1 = tomorrow). */
export interface DatedArrival {
  day: number;
  units: number;
}

export interface WarehouseSide {
  /** Units on hand now, and arriving before the horizon (open orders, transfers already moving). */
  onHand: number;
  arriving: number;
  /**
   * As the origin: what is on its way to it, by landing day. Each lot is counted from the day it
   * lands, so stock held today is lent only where it is not needed before the next lot arrives.
   */
  arrivals?: readonly DatedArrival[];
  demand: DailyDemand;
  /** Days until a purchase placed today could land there: the horizon a transfer must bridge. */
  replenishDays: number;
  /** Units kept for safety on top of the mean demand until then. */
  safetyStock: number;
}

export interface TransferCase {
  from: WarehouseSide;
  to: WarehouseSide;
  lane: LaneTariff;
  unit: UnitFacts;
  unitMargin: number;
  holdingRatePerYear: number;
  /** Inbound freight + duty per unit of buying for the destination instead; null when unknown. */
  purchaseExtraPerUnit: number | null;
  /** Transfers move whole multiples of this (a case). */
  multiple: number;
}

export type TransferVerdict =
  | {
      kind: 'transfer';
      quantity: number;
      transitDays: number;
      excessUnits: number;
      shortUnitsBefore: number;
      shortUnitsPrevented: number;
      marginSaved: number;
      transferCost: number;
      orderingCost: number;
      /** Missing inputs that left a comparison out (e.g. no inbound lane to price the purchase). */
      unknown: ('purchase_freight')[];
    }
  | { kind: 'no_excess' | 'no_shortage' | 'unpriced'; excessUnits: number; shortUnitsBefore: number }
  | {
      kind: 'costs_more_than_shortage' | 'costs_more_than_ordering';
      quantity: number;
      excessUnits: number;
      shortUnitsBefore: number;
      marginSaved: number;
      transferCost: number;
      orderingCost: number;
    };

/**
 * What the origin can spare: the stock it physically holds above what it needs until its own next
 * replenishment can land (the transfer's transit + its replenishment lead time: the units leave
 * today, its purchase to replace them lands that much later at the earliest), safety included.
 * Lots already on their way to it count from their landing day, so the projected stock never dips
 * below the safety stock before any of them lands. Stock still arriving is itself never lent: a
 * transfer never exceeds what the origin holds on the ship date.
 */
export function excessUnits(side: WarehouseSide, transitDays = 0): number {
  const horizon = Math.max(0, transitDays) + side.replenishDays;
  const rate = side.demand.mean;
  let spare = side.onHand + arrivedBy(side.arrivals, horizon) - rate * horizon;
  // The stock just before each lot lands may bind harder than the stock at the horizon.
  for (const a of side.arrivals ?? []) {
    if (a.day > horizon) continue;
    spare = Math.min(spare, side.onHand + arrivedBy(side.arrivals, a.day - 1) - rate * a.day);
  }
  return Math.max(0, Math.min(side.onHand, spare - side.safetyStock));
}

function arrivedBy(arrivals: readonly DatedArrival[] | undefined, day: number): number {
  let units = 0;
  for (const a of arrivals ?? []) if (a.day <= day) units += a.units;
  return units;
}

/** Units the destination needs until its own replenishment lands, safety included. */
export function shortfallUnits(side: WarehouseSide): number {
  const keep = side.demand.mean * side.replenishDays + side.safetyStock;
  return Math.max(0, keep - side.onHand - side.arriving);
}

/** Expected units short at the destination within its horizon, with `moved` units landing after the transit. */
export function shortWithTransfer(to: WarehouseSide, transitDays: number, transitSdDays: number, moved: number): number {
  const stock = to.onHand + to.arriving;
  const horizon = { days: to.replenishDays, sdDays: 0 };
  if (moved <= 0 || transitDays >= to.replenishDays) return shortBefore(stock, to.demand, horizon);
  const beforeLanding = shortBefore(stock, to.demand, { days: transitDays, sdDays: transitSdDays });
  const left = Math.max(0, stock - to.demand.mean * transitDays);
  const d = demandOver(to.demand, { days: to.replenishDays - transitDays, sdDays: transitSdDays });
  return beforeLanding + expectedShort(left + moved, d.mean, d.sd);
}

export function proposeTransfer(c: TransferCase): TransferVerdict {
  const excess = excessUnits(c.from, c.lane.transitDays);
  const toStock = c.to.onHand + c.to.arriving;
  const shortUnitsBefore = shortBefore(toStock, c.to.demand, { days: c.to.replenishDays, sdDays: 0 });
  const step = c.multiple > 0 ? c.multiple : 1;
  const quantity = Math.floor(Math.min(excess, shortfallUnits(c.to)) / step + 1e-9) * step;
  if (!(excess >= step)) return { kind: 'no_excess', excessUnits: excess, shortUnitsBefore };
  if (!(shortUnitsBefore > 1e-6) || !(quantity > 0)) return { kind: 'no_shortage', excessUnits: excess, shortUnitsBefore };
  const cost = landedCost(c.lane, quantity, c.unit);
  if (cost.missing) return { kind: 'unpriced', excessUnits: excess, shortUnitsBefore };
  const transferCost = cost.freight + cost.duty;
  const shortAfter = shortWithTransfer(c.to, c.lane.transitDays, c.lane.transitSdDays, quantity);
  const prevented = Math.max(0, shortUnitsBefore - shortAfter);
  const marginSaved = prevented * c.unitMargin;
  // Buying instead: the units' inbound freight and duty, the origin's excess carried meanwhile, and
  // the shortage itself: a purchase placed today lands only as the destination's horizon ends, so
  // it prevents none of what the transfer does.
  const holding = quantity * c.unit.unitCost * c.holdingRatePerYear * (c.to.replenishDays / 365);
  const orderingCost = quantity * (c.purchaseExtraPerUnit ?? 0) + holding + marginSaved;
  const figures = { quantity, excessUnits: excess, shortUnitsBefore, marginSaved, transferCost, orderingCost };
  if (!(transferCost < marginSaved)) return { kind: 'costs_more_than_shortage', ...figures };
  if (!(transferCost < orderingCost)) return { kind: 'costs_more_than_ordering', ...figures };
  return {
    kind: 'transfer', ...figures, transitDays: c.lane.transitDays, shortUnitsPrevented: prevented,
    unknown: c.purchaseExtraPerUnit === null ? ['purchase_freight'] : [],
  };
}

export type { FreightMode };
