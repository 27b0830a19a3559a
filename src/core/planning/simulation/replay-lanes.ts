/**
 * The lanes a logistics replay ships on, read once: inbound lanes per supplier and warehouse, and
 * transfer lanes per pair of warehouses, as the freight engine's tariffs. Inactive lanes are left out.
 */

import type Database from 'better-sqlite3';
import type { ContainerKind, FreightMode, LaneTariff } from '../../freight';

export interface ReplayLane {
  id: number;
  tariff: LaneTariff;
}

export interface ReplayLanes {
  /** `supplierId:locationId` → lanes. */
  inbound: Map<string, ReplayLane[]>;
  /** `fromLocationId:toLocationId` → lanes, cheapest per unit first is the caller's choice. */
  transfer: Map<string, ReplayLane[]>;
  count: number;
}

interface LaneSql {
  id: number;
  originKind: 'supplier' | 'warehouse';
  supplierId: number | null;
  originLocationId: number | null;
  destinationLocationId: number;
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

export function loadReplayLanes(db: Database.Database): ReplayLanes {
  const rows = db
    .prepare(
      `SELECT id, origin_kind AS originKind, supplier_id AS supplierId, origin_location_id AS originLocationId,
              destination_location_id AS destinationLocationId, mode, transit_days AS transitDays, transit_sd_days AS transitSdDays,
              cost_per_unit AS costPerUnit, cost_per_kg AS costPerKg, cost_per_m3 AS costPerM3,
              cost_per_20ft AS c20, cost_per_40ft AS c40, cost_per_40hc AS c40hc, fixed_cost AS fixedCost, duty_rate AS dutyRate
       FROM lanes WHERE active = 1 ORDER BY id`,
    )
    .all() as LaneSql[];
  const inbound = new Map<string, ReplayLane[]>();
  const transfer = new Map<string, ReplayLane[]>();
  for (const r of rows) {
    const containerCosts: Partial<Record<ContainerKind, number>> = {};
    if (r.c20 !== null) containerCosts['20ft'] = r.c20;
    if (r.c40 !== null) containerCosts['40ft'] = r.c40;
    if (r.c40hc !== null) containerCosts['40hc'] = r.c40hc;
    const lane: ReplayLane = {
      id: r.id,
      tariff: {
        mode: r.mode, transitDays: r.transitDays, transitSdDays: r.transitSdDays, costPerUnit: r.costPerUnit, costPerKg: r.costPerKg,
        costPerM3: r.costPerM3, containerCosts, fixedCost: r.fixedCost, dutyRate: r.dutyRate,
      },
    };
    const key = r.originKind === 'supplier' ? `${r.supplierId}:${r.destinationLocationId}` : `${r.originLocationId}:${r.destinationLocationId}`;
    const into = r.originKind === 'supplier' ? inbound : transfer;
    const list = into.get(key);
    if (list) list.push(lane);
    else into.set(key, [lane]);
  }
  return { inbound, transfer, count: rows.length };
}
