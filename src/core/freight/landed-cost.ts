/**
 * Freight, duty and landed unit cost of units on one lane, for one shipment of its own
 * (a container-only lane books the cheapest container mix for it). A tariff measured in a unit the
 * SKU lacks (per kg without a weight) cannot be priced: `missing` says which figure is needed.
 */

import { cheapestMix } from './containers';
import { VOLUMETRIC_KG_PER_M3, type LaneTariff, type UnitFacts } from './types';

export interface FreightCost {
  /** Freight of the shipment, fixed cost included. NaN when `missing` is set. */
  freight: number;
  duty: number;
  /** Unit cost + (freight + duty) / units. */
  landedUnitCost: number;
  missing: 'volume' | 'weight' | null;
}

/** Kilograms the lane bills for these units: actual, or volumetric for air and express when greater. */
export function chargeableKg(tariff: LaneTariff, units: number, unit: UnitFacts): number | null {
  const actual = unit.weightKg !== null ? unit.weightKg * units : null;
  if (tariff.mode !== 'air' && tariff.mode !== 'express') return actual;
  const volumetric = unit.volumeM3 !== null ? unit.volumeM3 * units * VOLUMETRIC_KG_PER_M3 : null;
  if (actual === null) return volumetric;
  return volumetric === null ? actual : Math.max(actual, volumetric);
}

function hasVariableTariff(t: LaneTariff): boolean {
  return t.costPerUnit !== null || t.costPerKg !== null || t.costPerM3 !== null;
}

/** Freight of `units` shipped alone on the lane (no sharing of containers or the fixed cost). */
export function shipmentFreight(tariff: LaneTariff, units: number, unit: UnitFacts): { freight: number; missing: 'volume' | 'weight' | null } {
  if (!(units > 0)) return { freight: 0, missing: null };
  let freight = tariff.fixedCost;
  if (hasVariableTariff(tariff)) {
    if (tariff.costPerUnit !== null) freight += tariff.costPerUnit * units;
    if (tariff.costPerKg !== null) {
      const kg = chargeableKg(tariff, units, unit);
      if (kg === null) return { freight: NaN, missing: 'weight' };
      freight += tariff.costPerKg * kg;
    }
    if (tariff.costPerM3 !== null) {
      if (unit.volumeM3 === null) return { freight: NaN, missing: 'volume' };
      freight += tariff.costPerM3 * unit.volumeM3 * units;
    }
    return { freight, missing: null };
  }
  if (Object.keys(tariff.containerCosts).length > 0) {
    if (unit.volumeM3 === null) return { freight: NaN, missing: 'volume' };
    const mix = cheapestMix(unit.volumeM3 * units, (unit.weightKg ?? 0) * units, tariff.containerCosts);
    if (mix) freight += mix.cost;
  }
  return { freight, missing: null };
}

export function dutyOf(tariff: LaneTariff, units: number, unit: UnitFacts): number {
  return tariff.dutyRate * unit.unitCost * Math.max(0, units);
}

export function landedCost(tariff: LaneTariff, units: number, unit: UnitFacts): FreightCost {
  const { freight, missing } = shipmentFreight(tariff, units, unit);
  const duty = dutyOf(tariff, units, unit);
  const landedUnitCost = units > 0 ? unit.unitCost + (freight + duty) / units : unit.unitCost;
  return { freight, duty, landedUnitCost, missing };
}
