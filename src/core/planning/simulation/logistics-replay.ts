/**
 * A/B by replay: past daily demand replayed per SKU across its warehouses, with the same ordering
 * policy (SupplyDesk's, at one service target) in each arm:
 *   single mode: every purchase ships on its default lane (the cheapest landed cost for about a
 *     month of demand, usually sea or truck), no transfers;
 *   mode choice: each purchase is shipped the way that costs least in freight + duty + the margin
 *     expected lost to stock-outs + the extra holding of early units, all over one horizon (the
 *     slowest lane's landing plus a review period), on the policy's own demand forecast: one lane,
 *     or an urgent part by a faster lane and the rest on the default one. A faster lane is thus paid
 *     only for the sales its own units can save in the days it gains;
 *   transfers: on review days, before the day's purchases, a warehouse lends what it physically
 *     holds beyond its demand until a purchase of its own could replace it, to one that will run
 *     short before a purchase placed today could land there, when the freight engine says the move
 *     pays; never back while the first move's stock is still needed; one fixed cost per lane and day
 *     (replay-transfers.ts).
 * Lead time of a lane = the supplier's production days (measured lead time − the default lane's
 * transit) + the lane's transit, drawn per SKU-location, day and mode (common random numbers).
 * Freight and duty are charged when the goods land inside the replay, as the sales they bring are
 * counted; a logistics decision whose payoff horizon runs past the replay's last day is not taken
 * (neither its cost nor its effect could be measured), so the arms differ only by what is measured.
 *   total cost = holding (average value × rate × years) + freight and duty + lost units × margin
 * Equal inventory is run-logistics-replay.ts's calibration of the single-mode arm.
 */

import { chooseMode, landedCost, type DailyDemand, type Landing, type PastTransfer } from '../../freight';
import { hashSeed, seededRandom } from '../../ground/random';
import { decide, orderUpToLevel, type SupplyDeskPolicy } from './policies';
import { drawLeadTime } from './random';
import type { ReplayLane, ReplayLanes } from './replay-lanes';
import { newTransferBook, reviewTransfers, type TransferBook, type TransferTrace } from './replay-transfers';
import type { ReplaySeries, ReplayState } from './replay-state';

export type { ReplaySeries, ReplayState } from './replay-state';

export interface ArmResult {
  fillRate: number;
  demandUnits: number;
  lostUnits: number;
  lostMargin: number;
  freightCost: number;
  holdingCost: number;
  totalCost: number;
  avgInventoryValue: number;
  orders: number;
  splitOrders: number;
  /** Units shipped by a lane faster than the default one (air, express). */
  expeditedUnits: number;
  transfers: number;
  transferUnits: number;
  serviceLevel: number;
}

/** What the logistics arm may do beyond the single-mode one. */
export interface ReplayFeatures {
  transfers: boolean;
  modeChoice: boolean;
}

export const SINGLE_MODE: ReplayFeatures = { transfers: false, modeChoice: false };
export const WITH_LOGISTICS: ReplayFeatures = { transfers: true, modeChoice: true };

export interface ReplayCosts {
  holdingRatePerYear: number;
  seed: number;
}

interface Totals {
  demand: number; lost: number; lostMargin: number; freight: number; inventoryValue: number;
  orders: number; splitOrders: number; expeditedUnits: number; transfers: number; transferUnits: number;
}


/** One arm over every SKU (its warehouses together); `features` switch transfers and mode choice on; `trace` sees every transfer considered. */
export function replayArm(
  groups: readonly (readonly ReplaySeries[])[],
  lanes: ReplayLanes,
  policy: SupplyDeskPolicy,
  features: ReplayFeatures,
  costs: ReplayCosts,
  onGroup?: (done: number) => void,
  trace?: (t: TransferTrace) => void,
): ArmResult {
  const totals: Totals = { demand: 0, lost: 0, lostMargin: 0, freight: 0, inventoryValue: 0, orders: 0, splitOrders: 0, expeditedUnits: 0, transfers: 0, transferUnits: 0 };
  let days = 0;
  const book = newTransferBook(trace);
  groups.forEach((group, g) => {
    for (const s of group) days = Math.max(days, s.demand.length - s.start);
    replayGroup(group, lanes, policy, features, costs, totals, book);
    onGroup?.(g + 1);
  });
  const avgInventory = days > 0 ? totals.inventoryValue / days : 0;
  const holding = avgInventory * costs.holdingRatePerYear * (days / 365);
  return {
    fillRate: totals.demand > 0 ? 1 - totals.lost / totals.demand : 1,
    demandUnits: totals.demand,
    lostUnits: totals.lost,
    lostMargin: totals.lostMargin,
    freightCost: totals.freight,
    holdingCost: holding,
    totalCost: holding + totals.freight + totals.lostMargin,
    avgInventoryValue: avgInventory,
    orders: totals.orders,
    splitOrders: totals.splitOrders,
    expeditedUnits: totals.expeditedUnits,
    transfers: totals.transfers,
    transferUnits: totals.transferUnits,
    serviceLevel: policy.serviceLevel,
  };
}

/** The lane a single-mode merchant ships on: cheapest landed cost for about a month of demand. */
function defaultLaneOf(s: ReplaySeries, lanes: readonly ReplayLane[]): ReplayLane | null {
  const dailyMean = s.demand.slice(0, s.start).reduce((a, b) => a + b, 0) / Math.max(1, s.start);
  const quantity = Math.max(s.terms.moq, s.terms.orderMultiple, Math.ceil(dailyMean * 30), 1);
  let best: ReplayLane | null = null;
  let bestCost = Infinity;
  for (const lane of lanes) {
    const cost = landedCost(lane.tariff, quantity, s.unit);
    if (cost.missing) continue;
    if (cost.landedUnitCost < bestCost) {
      best = lane;
      bestCost = cost.landedUnitCost;
    }
  }
  return best;
}

const MODE_SALT: Record<string, number> = { sea: 1, rail: 2, air: 3, truck: 4, express: 5 };

/**
 * Production + the lane's transit for an order placed on day `t`. The draw depends only on the
 * SKU-location, the day and the mode (common random numbers): the same order placed the same day
 * meets the same supplier and ship in both arms, so the arms differ by their decisions, not by luck.
 */
function transitDraw(st: ReplayState, lane: ReplayLane, t: number, seed: number): number {
  const sd = lane.tariff.transitSdDays > 0 ? lane.tariff.transitSdDays : st.s.leadTimeSd;
  const random = seededRandom(hashSeed(seed, st.s.productId, st.s.locationId, t, MODE_SALT[lane.tariff.mode] ?? 0));
  return st.productionDays + drawLeadTime(random, lane.tariff.transitDays, sd);
}

function replayGroup(group: readonly ReplaySeries[], lanes: ReplayLanes, policy: SupplyDeskPolicy, features: ReplayFeatures, costs: ReplayCosts, totals: Totals, book: TransferBook): void {
  const past: PastTransfer[] = [];
  const states: ReplayState[] = group.map((s) => {
    const inbound = lanes.inbound.get(`${s.supplierId}:${s.locationId}`) ?? [];
    const defaultLane = defaultLaneOf(s, inbound);
    const st: ReplayState = {
      s, lanes: inbound, defaultLane,
      productionDays: defaultLane ? Math.max(0, Math.round(s.leadTimeMean - defaultLane.tariff.transitDays)) : 0,
      onHand: s.onHand, onOrder: 0, arrivals: new Float64Array(s.demand.length + 1), freightAt: new Float64Array(s.demand.length),
    };
    for (const [day, units] of s.pipeline) {
      st.arrivals[day] = (st.arrivals[day] as number) + units;
      st.onOrder += units;
    }
    return st;
  });
  const start = Math.min(...group.map((s) => s.start));
  const n = Math.max(...group.map((s) => s.demand.length));
  for (let t = start; t < n; t++) {
    for (const st of states) {
      if (t < st.freightAt.length) totals.freight += st.freightAt[t] as number;
      const arriving = st.arrivals[t] as number;
      if (arriving > 0) {
        st.onHand += arriving;
        st.onOrder -= arriving;
      }
    }
    // Transfers before purchases: the day's purchases then count what left and what is on its way.
    if (features.transfers && states.length > 1 && (t - start) % policy.reviewDays === 0) reviewTransfers(states, lanes, t, policy, costs.holdingRatePerYear, costs.seed, book, past, totals);
    for (const st of states) order(st, t, policy, features.modeChoice, costs, totals);
    for (const st of states) {
      const demand = st.s.demand[t] as number;
      const served = Math.min(st.onHand, demand);
      const lost = demand - served;
      st.onHand -= served;
      totals.demand += demand;
      if (lost > 1e-9) {
        totals.lost += lost;
        totals.lostMargin += lost * st.s.margin;
      }
      totals.inventoryValue += st.onHand * st.s.unitCost;
    }
  }
}

function order(st: ReplayState, t: number, policy: SupplyDeskPolicy, modeChoice: boolean, costs: ReplayCosts, totals: Totals): void {
  const q = decide(policy, st.s, t, st.onHand + st.onOrder);
  if (!(q > 0)) return;
  totals.orders++;
  st.onOrder += q;
  const schedule = (due: number, units: number, freight = 0) => {
    if (due < st.arrivals.length) st.arrivals[due] = (st.arrivals[due] as number) + units;
    if (due < st.freightAt.length) st.freightAt[due] = (st.freightAt[due] as number) + freight;
  };
  if (!st.defaultLane) {
    schedule(t + drawLeadTime(seededRandom(hashSeed(costs.seed, st.s.productId, st.s.locationId, t)), st.s.leadTimeMean, st.s.leadTimeSd), q);
    return;
  }
  // The policy's own view of demand (rolling forecast), so the lanes are priced on the same risk it
  // orders for. Intermittent items stay on the default lane: the normal shortage model sees risk in
  // their spread where mostly nothing sells.
  const view = modeChoice && st.lanes.length > 1 ? orderUpToLevel(policy, st.s, t) : null;
  if (view && !view.intermittent) {
    const plan = cheapestShipping(st, t, q, { mean: view.rate, sd: view.dailySd }, policy.reviewDays, costs);
    if (plan) {
      if (plan.parts.length > 1) totals.splitOrders++;
      for (const part of plan.parts) {
        schedule(t + transitDraw(st, part.lane, t, costs.seed), part.quantity, part.freight);
        if (part.lane.tariff.transitDays < st.defaultLane.tariff.transitDays) totals.expeditedUnits += part.quantity;
      }
      return;
    }
  }
  const cost = landedCost(st.defaultLane.tariff, q, st.s.unit);
  schedule(t + transitDraw(st, st.defaultLane, t, costs.seed), q, cost.freight + cost.duty);
}

interface ShippingPart { lane: ReplayLane; quantity: number; freight: number }

/**
 * How to ship a purchase of `q` units: the freight engine's one rule (chooseMode), given what the
 * replay knows — the stock on hand, the orders already moving and the day each lands, the policy's
 * demand view, the review period and the holding rate — with the default lane as the base. Null when
 * the default lane alone is the choice, or when the decision's payoff would run past the replay's
 * last day (neither its freight nor the sales it buys could be measured).
 */
function cheapestShipping(st: ReplayState, t: number, q: number, demand: DailyDemand, reviewDays: number, costs: ReplayCosts): { parts: ShippingPart[] } | null {
  const def = st.defaultLane!;
  const lanes = st.lanes.map((lane) => ({ id: lane.id, tariff: { ...lane.tariff, transitSdDays: lane.tariff.transitSdDays > 0 ? lane.tariff.transitSdDays : st.s.leadTimeSd } }));
  const horizon = Math.max(...st.lanes.map((lane) => st.productionDays + lane.tariff.transitDays)) + reviewDays;
  if (t + horizon > st.s.demand.length) return null;
  const arrivals: Landing[] = [];
  const end = Math.min(st.arrivals.length - 1, t + Math.ceil(horizon));
  for (let d = t + 1; d <= end; d++) if ((st.arrivals[d] as number) > 0) arrivals.push({ day: d - t, units: st.arrivals[d] as number });
  const choice = chooseMode(lanes, {
    quantity: q, stock: st.onHand, arrivals, demand, unitMargin: st.s.margin, unit: st.s.unit, readyInDays: st.productionDays,
    orderMultiple: Math.max(1, st.s.terms.orderMultiple), reviewDays, holdingPerUnitDay: (st.s.unitCost * costs.holdingRatePerYear) / 365, baseLaneId: def.id,
  });
  if (!choice || (choice.kind === 'single' && choice.parts[0]!.laneId === def.id)) return null;
  const byId = new Map(st.lanes.map((lane) => [lane.id, lane]));
  return { parts: choice.parts.map((p) => ({ lane: byId.get(p.laneId)!, quantity: p.quantity, freight: p.freight + p.duty })) };
}
