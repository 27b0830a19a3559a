/**
 * Landed cost of each plan line: unit cost + freight + duty per unit on the lane its supplier
 * usually ships by to the line's warehouse (the slowest lane, the one its lead time assumes), with
 * the lane's fixed cost per shipment shared by the lines of that supplier's draft. The budget spends
 * and the margins count landed cost; lines without a lane, or whose lane charges by a unit figure
 * the SKU lacks, keep their unit cost (landedUnitCost null).
 */

import type Database from 'better-sqlite3';
import { landedCost } from '../freight/landed-cost';
import type { ContainerKind, FreightMode, LaneTariff } from '../freight/types';
import type { PlanLine } from './types';

interface LaneRow {
  supplierId: number;
  locationId: number;
  mode: FreightMode;
  transitDays: number;
  transitSdDays: number;
  costPerUnit: number | null;
  costPerKg: number | null;
  costPerM3: number | null;
  c20: number | null;
  c40: number | null;
  c40hc: number | null;
  fixedCost: number;
  dutyRate: number;
}

/** The slowest active lane per supplier and warehouse. */
function usualLanes(db: Database.Database): Map<string, LaneTariff> {
  const rows = db
    .prepare(
      `SELECT supplier_id AS supplierId, destination_location_id AS locationId, mode, transit_days AS transitDays, transit_sd_days AS transitSdDays,
         cost_per_unit AS costPerUnit, cost_per_kg AS costPerKg, cost_per_m3 AS costPerM3, cost_per_20ft AS c20, cost_per_40ft AS c40,
         cost_per_40hc AS c40hc, fixed_cost AS fixedCost, duty_rate AS dutyRate
       FROM lanes WHERE origin_kind = 'supplier' AND active = 1 ORDER BY transit_days DESC, id`,
    )
    .all() as LaneRow[];
  const out = new Map<string, LaneTariff>();
  for (const r of rows) {
    const key = `${r.supplierId}>${r.locationId}`;
    if (out.has(key)) continue;
    const containerCosts: Partial<Record<ContainerKind, number>> = {};
    if (r.c20 !== null) containerCosts['20ft'] = r.c20;
    if (r.c40 !== null) containerCosts['40ft'] = r.c40;
    if (r.c40hc !== null) containerCosts['40hc'] = r.c40hc;
    out.set(key, {
      mode: r.mode, transitDays: r.transitDays, transitSdDays: r.transitSdDays, costPerUnit: r.costPerUnit, costPerKg: r.costPerKg,
      costPerM3: r.costPerM3, containerCosts, fixedCost: r.fixedCost, dutyRate: r.dutyRate,
    });
  }
  return out;
}

export function applyLandedCosts(db: Database.Database, lines: PlanLine[]): void {
  const lanes = usualLanes(db);
  if (lanes.size === 0) return;
  const sharing = new Map<string, number>();
  for (const l of lines) {
    if (l.supplierId !== null && l.quantity > 0) sharing.set(`${l.supplierId}>${l.locationId}`, (sharing.get(`${l.supplierId}>${l.locationId}`) ?? 0) + 1);
  }
  for (const line of lines) {
    line.landedUnitCost = null;
    line.landedMode = null;
    if (line.supplierId === null || line.unitCost === null) continue;
    const key = `${line.supplierId}>${line.locationId}`;
    const lane = lanes.get(key);
    if (!lane) continue;
    const units = line.quantity > 0 ? line.quantity : Math.max(line.suggestedQty, line.orderMultiple, 1);
    const tariff = { ...lane, fixedCost: lane.fixedCost / Math.max(1, sharing.get(key) ?? 1) };
    const cost = landedCost(tariff, units, { unitCost: line.unitCost, volumeM3: line.unitVolume, weightKg: line.unitWeight });
    if (cost.missing) continue;
    line.landedUnitCost = Math.round(cost.landedUnitCost * 10_000) / 10_000;
    line.landedMode = lane.mode;
  }
}

/** What a unit costs in cash: landed when known, else the purchase price. */
export function cashUnitCost(line: Pick<PlanLine, 'unitCost' | 'landedUnitCost'>): number | null {
  return line.landedUnitCost ?? line.unitCost;
}
