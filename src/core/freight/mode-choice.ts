/**
 * Sea or air: the one rule for how a purchase ships, used by the plan and by the replay alike. Every
 * way of shipping a quantity (one lane, or an urgent part on a faster lane and the rest on the base
 * lane) is priced as freight + duty + the margin expected lost to stock-outs + the holding of units
 * landing before the base lane would, all counted over one horizon: the slowest lane's landing plus
 * the review period (when the next purchase can land). A faster lane is thus paid only for the sales
 * its own units save in the days it gains. Pure: the caller gives the stock, what is already on its
 * way and when it lands, demand, margins and tariffs.
 */

import { landedCost } from './landed-cost';
import { demandOver, expectedShort, type DailyDemand } from './shortage';
import type { FreightMode, LaneTariff, UnitFacts } from './types';

export interface ModeLane {
  /** The caller's id for the lane (echoed back). */
  id: number;
  tariff: LaneTariff;
}

/** Units landing `day` days from now. */
export interface Landing {
  day: number;
  units: number;
}

export interface ModeNeed {
  quantity: number;
  /** Units on hand now (plus, when `arrivals` is not given, whatever will land before this shipment). */
  stock: number;
  /** Earlier orders still on their way, each counted from its landing on. */
  arrivals?: readonly Landing[];
  demand: DailyDemand;
  /** Margin lost per unit short. */
  unitMargin: number;
  unit: UnitFacts;
  /** Days from now until the goods leave the origin (production). */
  readyInDays: number;
  /** The urgent part is a whole number of these. */
  orderMultiple: number;
  /** Days past the slowest landing that the comparison runs: the review period until the next purchase can land. */
  reviewDays?: number;
  /** Holding cost of one unit for one day: units landing before the base lane would are charged for the wait. */
  holdingPerUnitDay?: number;
  /** The lane goods take when nobody pays to hurry (default: the slowest priced lane); a split's rest goes on it. */
  baseLaneId?: number;
}

export interface ModePart {
  laneId: number;
  mode: FreightMode;
  quantity: number;
  /** Days from now: leaves the origin, lands (mean transit). */
  shipInDays: number;
  arriveInDays: number;
  freight: number;
  duty: number;
  landedUnitCost: number;
}

export interface ModeCost {
  laneId: number;
  mode: FreightMode;
  freight: number;
  duty: number;
  shortUnits: number;
  lostMargin: number;
  /** Holding of units landing before the base lane would. */
  holding: number;
  total: number;
}

export interface ModeChoice {
  kind: 'single' | 'split';
  parts: ModePart[];
  freight: number;
  duty: number;
  shortUnits: number;
  lostMargin: number;
  holding: number;
  total: number;
  /** Every single lane priced (unpriceable lanes left out), cheapest first. */
  singles: ModeCost[];
  /** Lanes that could not be priced, and the unit figure they need. */
  unpriced: { laneId: number; mode: FreightMode; missing: 'volume' | 'weight' }[];
}

/** Fractions of the demand of the days a fast lane gains, tried for the urgent part. */
const URGENT_SHARES = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

const landsIn = (lane: ModeLane, need: ModeNeed) => need.readyInDays + lane.tariff.transitDays;

function part(lane: ModeLane, quantity: number, need: ModeNeed): ModePart | null {
  const cost = landedCost(lane.tariff, quantity, need.unit);
  if (cost.missing) return null;
  return {
    laneId: lane.id, mode: lane.tariff.mode, quantity, shipInDays: need.readyInDays, arriveInDays: landsIn(lane, need),
    freight: cost.freight, duty: cost.duty, landedUnitCost: cost.landedUnitCost,
  };
}

interface NewLanding extends Landing {
  sdDays: number;
}

/**
 * Expected units short from now to `horizon` days ahead: the stock, then segment by segment between
 * landings (earlier orders and the new shipment's parts, at their mean day) the demand against what
 * is there; a new part's transit spread widens the demand before it lands. The stock left at a
 * landing is its mean.
 */
export function shortUntil(need: ModeNeed, landings: readonly NewLanding[], horizon: number): number {
  const earlier = (need.arrivals ?? []).filter((a) => a.day > 0).map((a) => ({ ...a, sdDays: 0 }));
  const points = [...earlier, ...landings].filter((l) => l.day < horizon).sort((a, b) => a.day - b.day);
  let stock = need.stock;
  let from = 0;
  let short = 0;
  for (const next of [...points, { day: horizon, sdDays: 0, units: 0 }]) {
    const days = next.day - from;
    if (days > 0) {
      const d = demandOver(need.demand, { days, sdDays: next.sdDays });
      short += expectedShort(stock, d.mean, d.sd);
      stock = Math.max(0, stock - d.mean);
      from = next.day;
    }
    stock += next.units;
  }
  return short;
}

/** The horizon every way of shipping is compared over: the slowest priced landing plus the review period. */
function horizonOf(lanes: readonly ModeLane[], need: ModeNeed): number {
  return Math.max(...lanes.map((l) => landsIn(l, need))) + (need.reviewDays ?? 0);
}

function baseOf(lanes: readonly ModeLane[], need: ModeNeed): ModeLane {
  return lanes.find((l) => l.id === need.baseLaneId) ?? lanes.reduce((a, b) => (landsIn(b, need) > landsIn(a, need) ? b : a));
}

type Priced = Omit<ModeChoice, 'kind' | 'singles' | 'unpriced'>;

/** Freight, duty, shortage and holding of shipping `parts` (lane, units), or null when a lane cannot be priced. */
function price(parts: readonly { lane: ModeLane; quantity: number }[], base: ModeLane, need: ModeNeed, horizon: number): Priced | null {
  const priced: ModePart[] = [];
  let holding = 0;
  for (const p of parts) {
    const one = part(p.lane, p.quantity, need);
    if (!one) return null;
    priced.push(one);
    holding += p.quantity * (need.holdingPerUnitDay ?? 0) * Math.max(0, landsIn(base, need) - one.arriveInDays);
  }
  const shortUnits = shortUntil(need, parts.map((p) => ({ day: landsIn(p.lane, need), sdDays: p.lane.tariff.transitSdDays, units: p.quantity })), horizon);
  const freight = priced.reduce((a, p) => a + p.freight, 0);
  const duty = priced.reduce((a, p) => a + p.duty, 0);
  const lostMargin = shortUnits * need.unitMargin;
  return { parts: priced, freight, duty, shortUnits, lostMargin, holding, total: freight + duty + lostMargin + holding };
}

/**
 * One lane for the whole quantity, counted until `horizonDays` from now (at least until it lands).
 * Over a slower lane's landing, a faster lane is credited only with the sales its own units save.
 */
export function priceSingle(lane: ModeLane, need: ModeNeed, horizonDays?: number): ModeCost | null {
  const p = price([{ lane, quantity: need.quantity }], lane, need, Math.max(horizonDays ?? 0, landsIn(lane, need)));
  if (!p) return null;
  return { laneId: lane.id, mode: lane.tariff.mode, freight: p.freight, duty: p.duty, shortUnits: p.shortUnits, lostMargin: p.lostMargin, holding: 0, total: p.freight + p.duty + p.lostMargin };
}

export function chooseMode(lanes: readonly ModeLane[], need: ModeNeed): ModeChoice | null {
  const unpriced: ModeChoice['unpriced'] = [];
  const pricedLanes: ModeLane[] = [];
  for (const lane of lanes) {
    const missing = landedCost(lane.tariff, need.quantity, need.unit).missing;
    if (missing) unpriced.push({ laneId: lane.id, mode: lane.tariff.mode, missing });
    else pricedLanes.push(lane);
  }
  if (pricedLanes.length === 0) return null;
  const horizon = horizonOf(pricedLanes, need);
  const base = baseOf(pricedLanes, need);
  const singles: ModeCost[] = [];
  let best: (Priced & { kind: ModeChoice['kind'] }) | null = null;
  for (const lane of pricedLanes) {
    const p = price([{ lane, quantity: need.quantity }], base, need, horizon);
    if (!p) continue;
    singles.push({ laneId: lane.id, mode: lane.tariff.mode, freight: p.freight, duty: p.duty, shortUnits: p.shortUnits, lostMargin: p.lostMargin, holding: p.holding, total: p.total });
    // The base lane wins ties: nobody pays to hurry for nothing.
    if (!best || p.total < best.total - 1e-6 || (lane === base && p.total <= best.total + 1e-6)) best = { ...p, kind: 'single' };
  }
  if (!best) return null;
  singles.sort((a, b) => a.total - b.total || a.freight - b.freight);
  const split = bestSplit(pricedLanes, base, need, horizon);
  if (split && split.total < best.total - 1e-6) best = { ...split, kind: 'split' };
  return { ...best, singles, unpriced };
}

/** An urgent part on a lane faster than the base, the rest on the base lane; the cheapest such split. */
function bestSplit(lanes: readonly ModeLane[], base: ModeLane, need: ModeNeed, horizon: number): Priced | null {
  let best: Priced | null = null;
  const step = need.orderMultiple > 0 ? need.orderMultiple : 1;
  for (const fast of lanes) {
    const gapDays = landsIn(base, need) - landsIn(fast, need);
    if (!(gapDays > 0)) continue;
    // About the demand of the days the fast lane gains, with or without what the stock still holds then.
    const leftAtFast = Math.max(0, need.stock - need.demand.mean * landsIn(fast, need));
    const gains = [need.demand.mean * gapDays, need.demand.mean * gapDays - leftAtFast].filter((g) => g > 0);
    const tried = new Set<number>();
    for (const gain of gains) {
      for (const share of URGENT_SHARES) {
        const urgent = Math.ceil((gain * share) / step - 1e-9) * step;
        if (urgent <= 0 || urgent >= need.quantity || tried.has(urgent)) continue;
        tried.add(urgent);
        const p = price([{ lane: fast, quantity: urgent }, { lane: base, quantity: need.quantity - urgent }], base, need, horizon);
        if (p && (!best || p.total < best.total)) best = p;
      }
    }
  }
  return best;
}
