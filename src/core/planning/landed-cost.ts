/**
 * Landed cost of each plan line: unit cost + freight + duty per unit on the lane its supplier
 * usually ships by to the line's warehouse (the slowest lane, the one its lead time assumes), with
 * the lane's fixed cost per shipment shared by the lines of that supplier's draft. The budget spends
 * and the margins count landed cost; lines without a lane, or whose lane charges by a unit figure
 * the SKU lacks, keep their unit cost (landedUnitCost null).
 */

import type Database from 'better-sqlite3';
import { landedCost } from '../freight/landed-cost';
import type { LaneTariff } from '../freight/types';
import { readActiveLanes } from './active-lanes';
import type { PlanLine } from './types';

/** The slowest active lane per supplier and warehouse (ties: the first entered). */
function usualLanes(db: Database.Database): Map<string, LaneTariff> {
  const lanes = readActiveLanes(db)
    .filter((l) => l.originKind === 'supplier')
    .sort((a, b) => b.tariff.transitDays - a.tariff.transitDays || a.id - b.id);
  const out = new Map<string, LaneTariff>();
  for (const l of lanes) {
    const key = `${l.supplierId}>${l.destinationLocationId}`;
    if (!out.has(key)) out.set(key, l.tariff);
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
