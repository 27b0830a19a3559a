/**
 * A/B by replay: past daily demand replayed per SKU across its warehouses, with the same ordering
 * policy (SupplyDesk's, at one service target) in two arms:
 *   single mode: every purchase ships on its default lane (the cheapest landed cost for about a
 *     month of demand, usually sea or truck), no transfers;
 *   logistics: each purchase is priced on every inbound lane by the freight engine (freight + duty
 *     + the margin expected lost before it lands, on the policy's own demand forecast) and may be
 *     split (the urgent part by air, the rest by sea); then, on review days, a warehouse short
 *     before its next purchase can land takes what another holds above its own order-up-to level
 *     by a transfer lane, when the engine says the move pays (against the shortage and against buying).
 * Lead time of a lane = the supplier's production days (measured lead time − the default lane's
 * transit) + the lane's transit, drawn per SKU-location, day and mode (common random numbers).
 *   total cost = holding (average value × rate × years) + freight and duty + lost units × margin
 * Equal inventory is run-logistics-replay.ts's calibration of the single-mode arm.
 */

import { chooseMode, landedCost, proposeTransfer, type UnitFacts } from '../../freight';
import { hashSeed, seededRandom } from '../../ground/random';
import { decide, orderUpToLevel, type SupplyDeskPolicy } from './policies';
import { drawLeadTime } from './random';
import type { ReplayLane, ReplayLanes } from './replay-lanes';
import type { SimSeries } from './sim-input';

export interface ReplaySeries extends SimSeries {
  supplierId: number;
  unit: UnitFacts;
}

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

interface State {
  s: ReplaySeries;
  lanes: ReplayLane[];
  defaultLane: ReplayLane | null;
  productionDays: number;
  onHand: number;
  onOrder: number;
  arrivals: Float64Array;
}

/** One arm over every SKU (its warehouses together); `features` switch transfers and mode choice on. */
export function replayArm(
  groups: readonly (readonly ReplaySeries[])[],
  lanes: ReplayLanes,
  policy: SupplyDeskPolicy,
  features: ReplayFeatures,
  costs: ReplayCosts,
  onGroup?: (done: number) => void,
): ArmResult {
  const totals: Totals = { demand: 0, lost: 0, lostMargin: 0, freight: 0, inventoryValue: 0, orders: 0, splitOrders: 0, expeditedUnits: 0, transfers: 0, transferUnits: 0 };
  let days = 0;
  groups.forEach((group, g) => {
    for (const s of group) days = Math.max(days, s.demand.length - s.start);
    replayGroup(group, lanes, policy, features, costs, totals);
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

function arrivingWithin(st: State, t: number, days: number): number {
  let sum = 0;
  const end = Math.min(st.arrivals.length - 1, t + Math.ceil(days));
  for (let d = t + 1; d <= end; d++) sum += st.arrivals[d] as number;
  return sum;
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
function transitDraw(st: State, lane: ReplayLane, t: number, seed: number): number {
  const sd = lane.tariff.transitSdDays > 0 ? lane.tariff.transitSdDays : st.s.leadTimeSd;
  const random = seededRandom(hashSeed(seed, st.s.productId, st.s.locationId, t, MODE_SALT[lane.tariff.mode] ?? 0));
  return st.productionDays + drawLeadTime(random, lane.tariff.transitDays, sd);
}

function replayGroup(group: readonly ReplaySeries[], lanes: ReplayLanes, policy: SupplyDeskPolicy, features: ReplayFeatures, costs: ReplayCosts, totals: Totals): void {
  const states: State[] = group.map((s) => {
    const inbound = lanes.inbound.get(`${s.supplierId}:${s.locationId}`) ?? [];
    const defaultLane = defaultLaneOf(s, inbound);
    const st: State = {
      s, lanes: inbound, defaultLane,
      productionDays: defaultLane ? Math.max(0, Math.round(s.leadTimeMean - defaultLane.tariff.transitDays)) : 0,
      onHand: s.onHand, onOrder: 0, arrivals: new Float64Array(s.demand.length + 1),
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
      const arriving = st.arrivals[t] as number;
      if (arriving > 0) {
        st.onHand += arriving;
        st.onOrder -= arriving;
      }
    }
    for (const st of states) order(st, t, policy, features.modeChoice, costs.seed, totals);
    // After the day's purchases: a transfer bridges only what they (by air or sea) cannot.
    if (features.transfers && states.length > 1 && (t - start) % policy.reviewDays === 0) transfers(states, lanes, t, policy, costs, totals);
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

function order(st: State, t: number, policy: SupplyDeskPolicy, modeChoice: boolean, seed: number, totals: Totals): void {
  const q = decide(policy, st.s, t, st.onHand + st.onOrder);
  if (!(q > 0)) return;
  totals.orders++;
  st.onOrder += q;
  const schedule = (due: number, units: number) => {
    if (due < st.arrivals.length) st.arrivals[due] = (st.arrivals[due] as number) + units;
  };
  if (!st.defaultLane) {
    schedule(t + drawLeadTime(seededRandom(hashSeed(seed, st.s.productId, st.s.locationId, t)), st.s.leadTimeMean, st.s.leadTimeSd), q);
    return;
  }
  // The policy's own view of demand (rolling forecast), so the lanes are priced on the same risk it
  // orders for. Intermittent items stay on the default lane: the engine's normal shortage model
  // sees risk in their spread where mostly nothing sells.
  const view = modeChoice && st.lanes.length > 1 ? orderUpToLevel(policy, st.s, t) : null;
  if (view && !view.intermittent) {
    const demand = { mean: view.rate, sd: view.dailySd };
    const slowest = Math.max(...st.lanes.map((l) => l.tariff.transitDays));
    const stock = st.onHand + arrivingWithin(st, t, st.productionDays + slowest);
    // A faster lane is considered only when the stock runs out (at the forecast rate) before the
    // default lane lands: otherwise the safety stock covers the tail risk the engine would pay for.
    const defaultLands = st.productionDays + st.defaultLane.tariff.transitDays;
    const choice = stock >= view.rate * defaultLands ? null : chooseMode(st.lanes, {
      quantity: q, stock, demand,
      unitMargin: st.s.margin, unit: st.s.unit, readyInDays: st.productionDays, orderMultiple: st.s.terms.orderMultiple,
    });
    if (choice) {
      if (choice.kind === 'split') totals.splitOrders++;
      for (const part of choice.parts) {
        const lane = st.lanes.find((l) => l.id === part.laneId)!;
        schedule(t + transitDraw(st, lane, t, seed), part.quantity);
        totals.freight += part.freight + part.duty;
        if (lane.tariff.transitDays < st.defaultLane.tariff.transitDays) totals.expeditedUnits += part.quantity;
      }
      return;
    }
  }
  const cost = landedCost(st.defaultLane.tariff, q, st.s.unit);
  totals.freight += cost.freight + cost.duty;
  schedule(t + transitDraw(st, st.defaultLane, t, seed), q);
}

/**
 * Review-day transfers: a warehouse lends only what it holds above its own order-up-to level (the
 * policy would not keep it), to one that will run short before its next purchase can land; the
 * freight engine says whether the move pays (against the shortage's margin and against buying).
 */
function transfers(states: State[], lanes: ReplayLanes, t: number, policy: SupplyDeskPolicy, costs: ReplayCosts, totals: Totals): void {
  const sides = states.map((st) => {
    const { level, days, rate, dailySd } = orderUpToLevel(policy, st.s, t);
    return { onHand: st.onHand, arriving: arrivingWithin(st, t, days), demand: { mean: rate, sd: dailySd }, replenishDays: days, safetyStock: Math.max(0, level - rate * days) };
  });
  for (let to = 0; to < states.length; to++) {
    for (let from = 0; from < states.length; from++) {
      if (from === to) continue;
      const a = states[from]!;
      const b = states[to]!;
      const lane = cheapestTransferLane(lanes.transfer.get(`${a.s.locationId}:${b.s.locationId}`), b.s.unit);
      if (!lane) continue;
      const inbound = b.defaultLane ? landedCost(b.defaultLane.tariff, 1, b.s.unit) : null;
      const verdict = proposeTransfer({
        from: { ...sides[from]!, onHand: a.onHand },
        to: { ...sides[to]!, onHand: b.onHand, arriving: arrivingWithin(b, t, sides[to]!.replenishDays) },
        lane: lane.tariff, unit: b.s.unit, unitMargin: b.s.margin, holdingRatePerYear: costs.holdingRatePerYear,
        purchaseExtraPerUnit: inbound && !inbound.missing ? inbound.landedUnitCost - b.s.unit.unitCost : null,
        multiple: 1,
      });
      if (verdict.kind !== 'transfer') continue;
      const q = verdict.quantity;
      a.onHand -= q;
      const due = t + drawLeadTime(seededRandom(hashSeed(costs.seed, b.s.productId, a.s.locationId, b.s.locationId, t)), lane.tariff.transitDays, lane.tariff.transitSdDays);
      if (due < b.arrivals.length) b.arrivals[due] = (b.arrivals[due] as number) + q;
      b.onOrder += q;
      totals.freight += verdict.transferCost;
      totals.transfers++;
      totals.transferUnits += q;
    }
  }
}

function cheapestTransferLane(list: readonly ReplayLane[] | undefined, unit: UnitFacts): ReplayLane | null {
  if (!list || list.length === 0) return null;
  let best: ReplayLane | null = null;
  let bestCost = Infinity;
  for (const lane of list) {
    const cost = landedCost(lane.tariff, 10, unit);
    if (!cost.missing && cost.freight < bestCost) {
      best = lane;
      bestCost = cost.freight;
    }
  }
  return best;
}
