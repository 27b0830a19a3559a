/**
 * Sea or air. For one quantity to ship, every lane is priced as freight + duty + the margin expected
 * to be lost to stock-outs until the slowest lane lands (demand over the lane's transit distribution
 * against the stock there is meanwhile, then against that stock plus the lane's units): a faster
 * lane wins only when the sales its own units save over the days it gains pay its extra freight. A split sends an urgent part on a fast lane to cover the gap until the
 * slow lane lands, and the rest on the slow lane; it is proposed only when it costs less than every
 * single lane. Pure: the caller gives the stock, demand, margins and tariffs.
 */

import { landedCost } from './landed-cost';
import { demandOver, expectedShort, shortBefore, type DailyDemand } from './shortage';
import type { FreightMode, LaneTariff, UnitFacts } from './types';

export interface ModeLane {
  /** The caller's id for the lane (echoed back). */
  id: number;
  tariff: LaneTariff;
}

export interface ModeNeed {
  quantity: number;
  /** Units available to sell from now until this shipment lands (on hand + earlier arrivals). */
  stock: number;
  demand: DailyDemand;
  /** Margin lost per unit short. */
  unitMargin: number;
  unit: UnitFacts;
  /** Days from now until the goods leave the origin (production). */
  readyInDays: number;
  /** The urgent part is a whole number of these. */
  orderMultiple: number;
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
  total: number;
}

export interface ModeChoice {
  kind: 'single' | 'split';
  parts: ModePart[];
  freight: number;
  duty: number;
  shortUnits: number;
  lostMargin: number;
  total: number;
  /** Every single lane priced (unpriceable lanes left out), cheapest first. */
  singles: ModeCost[];
  /** Lanes that could not be priced, and the unit figure they need. */
  unpriced: { laneId: number; mode: FreightMode; missing: 'volume' | 'weight' }[];
}

/** Fractions of the gap's demand tried for the urgent part. */
const URGENT_SHARES = [0.5, 0.75, 1, 1.25, 1.5, 2];

function part(lane: ModeLane, quantity: number, need: ModeNeed): ModePart | null {
  const cost = landedCost(lane.tariff, quantity, need.unit);
  if (cost.missing) return null;
  return {
    laneId: lane.id, mode: lane.tariff.mode, quantity, shipInDays: need.readyInDays,
    arriveInDays: need.readyInDays + lane.tariff.transitDays,
    freight: cost.freight, duty: cost.duty, landedUnitCost: cost.landedUnitCost,
  };
}

function transitFromNow(lane: ModeLane, need: ModeNeed) {
  return { days: need.readyInDays + lane.tariff.transitDays, sdDays: lane.tariff.transitSdDays };
}

/**
 * One lane for the whole quantity, its units short counted until `horizonDays` from now (at least
 * until it lands): short before it lands, then with its units against the demand until the horizon.
 * Priced over the slowest lane's landing, a faster lane is credited only with the sales its own units
 * can save in the days it gains, never with the whole gap when it carries less than the gap sells.
 */
export function priceSingle(lane: ModeLane, need: ModeNeed, horizonDays?: number): ModeCost | null {
  const p = part(lane, need.quantity, need);
  if (!p) return null;
  const own = transitFromNow(lane, need);
  const shortUnits = shortBefore(need.stock, need.demand, own) + shortAfterLanding(need, own, need.quantity, horizonDays);
  const lostMargin = shortUnits * need.unitMargin;
  return { laneId: lane.id, mode: lane.tariff.mode, freight: p.freight, duty: p.duty, shortUnits, lostMargin, total: p.freight + p.duty + lostMargin };
}

/** Units short after a landing at `own` (with `units` more in stock) until `horizonDays` from now. */
function shortAfterLanding(need: ModeNeed, own: { days: number; sdDays: number }, units: number, horizonDays: number | undefined): number {
  if (horizonDays === undefined || !(horizonDays > own.days)) return 0;
  const left = Math.max(0, need.stock - need.demand.mean * own.days);
  const d = demandOver(need.demand, { days: horizonDays - own.days, sdDays: own.sdDays });
  return expectedShort(left + units, d.mean, d.sd);
}

/** The slowest priceable landing: the one horizon every way of shipping is compared over. */
function horizonOf(lanes: readonly ModeLane[], need: ModeNeed): number {
  return Math.max(...lanes.map((l) => transitFromNow(l, need).days));
}

/** Units short with `urgent` units landing by the fast lane and the rest by the slow one. */
export function splitShortUnits(need: ModeNeed, fast: ModeLane, slow: ModeLane, urgent: number, horizonDays?: number): number {
  const fastT = transitFromNow(fast, need);
  const slowT = transitFromNow(slow, need);
  const beforeFast = shortBefore(need.stock, need.demand, fastT);
  // Between the landings: what the stock has left at the fast landing (at its mean) plus the urgent part.
  const leftAtFast = Math.max(0, need.stock - need.demand.mean * fastT.days);
  const gap = { days: Math.max(0, slowT.days - fastT.days), sdDays: Math.sqrt(slowT.sdDays ** 2 + fastT.sdDays ** 2) };
  const d = demandOver(need.demand, gap);
  const short = beforeFast + expectedShort(leftAtFast + urgent, d.mean, d.sd);
  // After the slow landing, until the horizon (when a third, slower lane sets it): what is left plus the rest.
  if (horizonDays === undefined || !(horizonDays > slowT.days)) return short;
  const leftAtSlow = Math.max(0, leftAtFast + urgent - d.mean);
  const tail = demandOver(need.demand, { days: horizonDays - slowT.days, sdDays: slowT.sdDays });
  return short + expectedShort(leftAtSlow + need.quantity - urgent, tail.mean, tail.sd);
}

export function chooseMode(lanes: readonly ModeLane[], need: ModeNeed): ModeChoice | null {
  const unpriced: ModeChoice['unpriced'] = [];
  const singles: ModeCost[] = [];
  const pricedLanes = lanes.filter((l) => !landedCost(l.tariff, need.quantity, need.unit).missing);
  const horizon = pricedLanes.length > 0 ? horizonOf(pricedLanes, need) : undefined;
  for (const lane of lanes) {
    const priced = priceSingle(lane, need, horizon);
    if (priced) singles.push(priced);
    else unpriced.push({ laneId: lane.id, mode: lane.tariff.mode, missing: landedCost(lane.tariff, need.quantity, need.unit).missing ?? 'volume' });
  }
  if (singles.length === 0) return null;
  singles.sort((a, b) => a.total - b.total || a.freight - b.freight);
  const bestSingle = singles[0]!;
  const bestLane = lanes.find((l) => l.id === bestSingle.laneId)!;
  let choice: ModeChoice = {
    kind: 'single', parts: [part(bestLane, need.quantity, need)!], freight: bestSingle.freight, duty: bestSingle.duty,
    shortUnits: bestSingle.shortUnits, lostMargin: bestSingle.lostMargin, total: bestSingle.total, singles, unpriced,
  };
  const split = bestSplit(lanes, singles, need, horizon);
  if (split && split.total < choice.total - 1e-6) choice = { ...split, singles, unpriced };
  return choice;
}

function bestSplit(lanes: readonly ModeLane[], singles: readonly ModeCost[], need: ModeNeed, horizonDays: number | undefined): Omit<ModeChoice, 'singles' | 'unpriced'> | null {
  const priced = lanes.filter((l) => singles.some((s) => s.laneId === l.id));
  let best: Omit<ModeChoice, 'singles' | 'unpriced'> | null = null;
  const step = need.orderMultiple > 0 ? need.orderMultiple : 1;
  for (const fast of priced) {
    for (const slow of priced) {
      const gapDays = slow.tariff.transitDays - fast.tariff.transitDays;
      if (!(gapDays > 0)) continue;
      const leftAtFast = Math.max(0, need.stock - need.demand.mean * (need.readyInDays + fast.tariff.transitDays));
      const gapDemand = need.demand.mean * gapDays - leftAtFast;
      if (!(gapDemand > 0)) continue;
      const tried = new Set<number>();
      for (const share of URGENT_SHARES) {
        const urgent = Math.ceil((gapDemand * share) / step - 1e-9) * step;
        if (urgent <= 0 || urgent >= need.quantity || tried.has(urgent)) continue;
        tried.add(urgent);
        const a = part(fast, urgent, need);
        const b = part(slow, need.quantity - urgent, need);
        if (!a || !b) continue;
        const shortUnits = splitShortUnits(need, fast, slow, urgent, horizonDays);
        const lostMargin = shortUnits * need.unitMargin;
        const freight = a.freight + b.freight;
        const duty = a.duty + b.duty;
        const total = freight + duty + lostMargin;
        if (!best || total < best.total) best = { kind: 'split', parts: [a, b], freight, duty, shortUnits, lostMargin, total };
      }
    }
  }
  return best;
}
