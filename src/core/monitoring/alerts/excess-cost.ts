import { DEFAULT_HOLDING_RATE } from '../../planning/build-plan';

/**
 * Share of its cost a unit still unsold after the year ahead loses when it is cleared (marked down,
 * sold off or written off). An assumption, shown with every excess alert so a planner can judge it.
 */
export const CLEARANCE_LOSS_RATE = 0.5;

export interface ExcessCost {
  /** Units the demand of the first `coverWeeks` weeks does not absorb. */
  excessUnits: number;
  /** Units the demand of the whole year ahead does not absorb. */
  unsoldUnits: number;
  /** Weeks until the stock is sold at the demand ahead (beyond the year: at the year's average rate); null when nothing sells. */
  weeksOfCover: number | null;
  /** Demand over the cover limit and over the whole year ahead, units. */
  demandCover: number;
  demandYear: number;
  /** Cost of carrying the stock beyond the cover limit until it sells (or to the year's end). */
  holdingCost: number;
  /** Clearance loss on the units the year ahead does not sell. */
  clearanceCost: number;
  money: number;
}

/**
 * What excess stock costs: not its value (it is still an asset) but the holding cost of the units
 * beyond the cover limit for the weeks they wait to sell, plus the clearance loss on the units the
 * year's demand (seasons counted) will not absorb. Stock sells first-in first-out against the weekly demand.
 */
export function excessCost(onHand: number, weeklyDemand: ArrayLike<number>, coverWeeks: number, unitCost: number, holdingRate = DEFAULT_HOLDING_RATE): ExcessCost {
  const weeks = weeklyDemand.length;
  const cover = Math.max(0, Math.min(weeks, Math.floor(coverWeeks)));
  let sold = 0;
  let demandCover = 0;
  let demandYear = 0;
  let holdingUnitWeeks = 0;
  let weeksOfCover: number | null = null;
  for (let w = 0; w < weeks; w++) {
    const remaining = Math.max(0, onHand - sold);
    if (w >= cover) holdingUnitWeeks += remaining;
    const d = Math.max(0, weeklyDemand[w] as number);
    if (weeksOfCover === null && d > 0 && remaining > 0 && remaining <= d) weeksOfCover = w + remaining / d;
    sold += d;
    demandYear += d;
    if (w < cover) demandCover += d;
  }
  const excessUnits = Math.max(0, onHand - demandCover);
  const unsoldUnits = Math.max(0, onHand - demandYear);
  if (weeksOfCover === null && onHand > 0) weeksOfCover = demandYear > 0 ? (onHand / demandYear) * weeks : null;
  if (onHand <= 0) weeksOfCover = 0;
  const holdingCost = (holdingUnitWeeks * unitCost * holdingRate) / 52;
  const clearanceCost = unsoldUnits * unitCost * CLEARANCE_LOSS_RATE;
  return { excessUnits, unsoldUnits, weeksOfCover, demandCover, demandYear, holdingCost, clearanceCost, money: holdingCost + clearanceCost };
}
