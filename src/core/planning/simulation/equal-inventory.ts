/**
 * A fair comparison: the min/max policy scaled (its cover days multiplied by one factor) until it
 * holds the same average inventory value as a reference, so fill rates are compared at equal
 * investment. Bisection on the factor; average inventory rises with it.
 */

import { DEFAULT_MIN_MAX, type MinMaxPolicy } from './policies';
import { simulatePolicy, type CostSettings, type PolicyResult, DEFAULT_COSTS } from './simulate';
import type { SimSeries } from './sim-input';

export function minMaxAtInventory(
  series: readonly SimSeries[],
  targetValue: number,
  base: MinMaxPolicy = DEFAULT_MIN_MAX,
  costs: CostSettings = DEFAULT_COSTS,
): { policy: MinMaxPolicy; result: PolicyResult } {
  const at = (k: number) => {
    const policy: MinMaxPolicy = { kind: 'current', minCoverDays: base.minCoverDays * k, maxCoverDays: base.maxCoverDays * k };
    return { policy, result: simulatePolicy(series, policy, costs) };
  };
  let lo = 0.05;
  let hi = 8;
  let best = at(1);
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    const run = at(mid);
    if (Math.abs(run.result.avg_inventory_value - targetValue) < Math.abs(best.result.avg_inventory_value - targetValue)) best = run;
    if (run.result.avg_inventory_value < targetValue) lo = mid;
    else hi = mid;
  }
  return best;
}
