/** The workspace's active lanes with their tariffs, for planning's landed cost and the logistics replay. */

import type Database from 'better-sqlite3';
import { tariffFromColumns, type TariffColumns } from '../freight/tariff';
import type { LaneTariff } from '../freight/types';

export interface ActiveLane {
  id: number;
  originKind: 'supplier' | 'warehouse';
  supplierId: number | null;
  originLocationId: number | null;
  destinationLocationId: number;
  tariff: LaneTariff;
}

type LaneRow = Omit<ActiveLane, 'tariff'> & TariffColumns;

/** Every active lane, in id order. */
export function readActiveLanes(db: Database.Database): ActiveLane[] {
  const rows = db
    .prepare(
      `SELECT id, origin_kind AS originKind, supplier_id AS supplierId, origin_location_id AS originLocationId,
              destination_location_id AS destinationLocationId, mode, transit_days AS transitDays, transit_sd_days AS transitSdDays,
              cost_per_unit AS costPerUnit, cost_per_kg AS costPerKg, cost_per_m3 AS costPerM3, cost_per_20ft AS costPer20ft,
              cost_per_40ft AS costPer40ft, cost_per_40hc AS costPer40hc, fixed_cost AS fixedCost, duty_rate AS dutyRate
       FROM lanes WHERE active = 1 ORDER BY id`,
    )
    .all() as LaneRow[];
  return rows.map((r) => ({
    id: r.id, originKind: r.originKind, supplierId: r.supplierId, originLocationId: r.originLocationId,
    destinationLocationId: r.destinationLocationId, tariff: tariffFromColumns(r),
  }));
}
