import type { SimulationRow } from '../../../shared/contract/schemas/planning';
import type { StoredSimulation } from './run-simulation';
import type { CurvePoint, PolicyResult } from './simulate';

/**
 * A stored simulation as the API shows it. Workspaces store the simulator's results as JSON in
 * snake_case (as the CLI prints them); the contract's names are camelCase.
 */
export function simulationView(stored: StoredSimulation): SimulationRow {
  const { results } = stored;
  return {
    ...stored,
    results: {
      skuLocations: results.skuLocations,
      current: policyView(results.current),
      supplydesk: policyView(results.supplydesk),
      curve: results.curve.map(curveView),
    },
  };
}

function policyView(r: PolicyResult): SimulationRow['results']['current'] {
  return {
    policy: r.policy,
    fillRate: r.fill_rate,
    cycleServiceLevel: r.cycle_service_level,
    stockoutDays: r.stockout_days,
    avgInventoryValue: r.avg_inventory_value,
    orders: r.orders,
    totalCost: r.total_cost,
    holdingCost: r.holding_cost,
    orderingCost: r.ordering_cost,
    lostMargin: r.lost_margin,
    demandUnits: r.demand_units,
    lostUnits: r.lost_units,
  };
}

function curveView(p: CurvePoint): SimulationRow['results']['curve'][number] {
  return { target: p.target, cycleServiceLevel: p.cycle_service_level, fillRate: p.fill_rate, avgInventoryValue: p.avg_inventory_value };
}
