/** A lane's stored tariff columns turned into the engine's LaneTariff: one place for every reader of lanes. */

import type { ContainerKind, FreightMode, LaneTariff } from './types';

/** A lane's columns as every reader selects them (camelCase). */
export interface TariffColumns {
  mode: FreightMode;
  transitDays: number;
  transitSdDays: number;
  costPerUnit: number | null;
  costPerKg: number | null;
  costPerM3: number | null;
  costPer20ft: number | null;
  costPer40ft: number | null;
  costPer40hc: number | null;
  fixedCost: number;
  dutyRate: number;
}

export function tariffFromColumns(c: TariffColumns): LaneTariff {
  const containerCosts: Partial<Record<ContainerKind, number>> = {};
  if (c.costPer20ft !== null) containerCosts['20ft'] = c.costPer20ft;
  if (c.costPer40ft !== null) containerCosts['40ft'] = c.costPer40ft;
  if (c.costPer40hc !== null) containerCosts['40hc'] = c.costPer40hc;
  return {
    mode: c.mode, transitDays: c.transitDays, transitSdDays: c.transitSdDays,
    costPerUnit: c.costPerUnit, costPerKg: c.costPerKg, costPerM3: c.costPerM3,
    containerCosts, fixedCost: c.fixedCost, dutyRate: c.dutyRate,
  };
}
