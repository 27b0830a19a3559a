/**
 * Replays actual daily demand under a policy. Each morning orders due arrive, the policy may order
 * (from the history before that day only), then the day's demand is served from stock; what cannot
 * be served is lost. Lead times are drawn from the measured distribution with a seed per
 * SKU-location, so every policy meets the same suppliers (common random numbers).
 *   fill rate = units served ÷ units demanded
 *   cycle service level = replenishment cycles (arrival to next arrival) without a stock-out ÷ cycles
 *   stock-out days = SKU-location days with demand lost
 *   average inventory value = mean over days of Σ on hand × unit cost (end of day)
 *   total cost = holding (average value × rate × years) + orders × cost per order + lost units × margin
 */

import { decide, type SimPolicy } from './policies';
import { seededRandom } from '../../ground/random';
import { drawLeadTime } from './random';
import type { SimSeries } from './sim-input';

export interface CostSettings {
  holdingRatePerYear: number;
  orderingCost: number;
  seed: number;
}

export const DEFAULT_COSTS: CostSettings = { holdingRatePerYear: 0.25, orderingCost: 50, seed: 1 };

export interface PolicyResult {
  policy: string;
  fill_rate: number;
  cycle_service_level: number;
  stockout_days: number;
  avg_inventory_value: number;
  orders: number;
  total_cost: number;
  holding_cost: number;
  ordering_cost: number;
  lost_margin: number;
  demand_units: number;
  lost_units: number;
}

interface Totals {
  demand: number; lost: number; stockoutDays: number; cycles: number; failedCycles: number;
  inventoryValue: number; orders: number; lostMargin: number;
}

export function simulatePolicy(series: readonly SimSeries[], policy: SimPolicy, costs: CostSettings = DEFAULT_COSTS): PolicyResult {
  const totals: Totals = { demand: 0, lost: 0, stockoutDays: 0, cycles: 0, failedCycles: 0, inventoryValue: 0, orders: 0, lostMargin: 0 };
  let days = 0;
  for (const s of series) {
    days = Math.max(days, s.demand.length - s.start);
    simulateSeries(s, policy, costs.seed, totals);
  }
  const avgInventory = days > 0 ? totals.inventoryValue / days : 0;
  const holding = avgInventory * costs.holdingRatePerYear * (days / 365);
  const ordering = totals.orders * costs.orderingCost;
  return {
    policy: policy.kind,
    fill_rate: totals.demand > 0 ? 1 - totals.lost / totals.demand : 1,
    cycle_service_level: totals.cycles > 0 ? 1 - totals.failedCycles / totals.cycles : 1,
    stockout_days: totals.stockoutDays,
    avg_inventory_value: avgInventory,
    orders: totals.orders,
    total_cost: holding + ordering + totals.lostMargin,
    holding_cost: holding,
    ordering_cost: ordering,
    lost_margin: totals.lostMargin,
    demand_units: totals.demand,
    lost_units: totals.lost,
  };
}

function simulateSeries(s: SimSeries, policy: SimPolicy, seed: number, totals: Totals): void {
  const random = seededRandom(seed * 1_000_003 + s.productId * 131 + s.locationId);
  const n = s.demand.length;
  const arrivals = new Float64Array(n + 1);
  let onHand = s.onHand;
  let onOrder = 0;
  for (const [day, units] of s.pipeline) {
    arrivals[day] = (arrivals[day] as number) + units;
    onOrder += units;
  }
  let cycleDemand = 0;
  let cycleFailed = false;
  for (let t = s.start; t < n; t++) {
    const arriving = arrivals[t] as number;
    if (arriving > 0) {
      onHand += arriving;
      onOrder -= arriving;
      closeCycle();
    }
    const q = decide(policy, s, t, onHand + onOrder);
    if (q > 0) {
      const due = t + drawLeadTime(random, s.leadTimeMean, s.leadTimeSd);
      // Orders arriving after the end still count as placed (and as on order).
      if (due < n) arrivals[due] = (arrivals[due] as number) + q;
      onOrder += q;
      totals.orders++;
    }
    const demand = s.demand[t] as number;
    const served = Math.min(onHand, demand);
    const lost = demand - served;
    onHand -= served;
    totals.demand += demand;
    cycleDemand += demand;
    if (lost > 1e-9) {
      totals.lost += lost;
      totals.lostMargin += lost * s.margin;
      totals.stockoutDays++;
      cycleFailed = true;
    }
    totals.inventoryValue += onHand * s.unitCost;
  }
  closeCycle();

  function closeCycle(): void {
    if (cycleDemand > 0) {
      totals.cycles++;
      if (cycleFailed) totals.failedCycles++;
    }
    cycleDemand = 0;
    cycleFailed = false;
  }
}

export interface CurvePoint {
  target: number;
  cycle_service_level: number;
  fill_rate: number;
  avg_inventory_value: number;
}

/** Service achieved against inventory investment, for a range of SupplyDesk targets. */
export function serviceCurve(series: readonly SimSeries[], targets: readonly number[], reviewDays: number, costs: CostSettings = DEFAULT_COSTS): CurvePoint[] {
  return targets.map((target) => {
    const r = simulatePolicy(series, { kind: 'supplydesk', serviceLevel: target, reviewDays }, costs);
    return { target, cycle_service_level: r.cycle_service_level, fill_rate: r.fill_rate, avg_inventory_value: r.avg_inventory_value };
  });
}
