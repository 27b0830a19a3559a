/**
 * The lanes a logistics replay ships on, read once: inbound lanes per supplier and warehouse, and
 * transfer lanes per pair of warehouses, as the freight engine's tariffs. Inactive lanes are left out.
 */

import type Database from 'better-sqlite3';
import type { LaneTariff } from '../../freight';
import { readActiveLanes } from '../active-lanes';

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

export function loadReplayLanes(db: Database.Database): ReplayLanes {
  const rows = readActiveLanes(db);
  const inbound = new Map<string, ReplayLane[]>();
  const transfer = new Map<string, ReplayLane[]>();
  for (const r of rows) {
    const lane: ReplayLane = { id: r.id, tariff: r.tariff };
    const key = r.originKind === 'supplier' ? `${r.supplierId}:${r.destinationLocationId}` : `${r.originLocationId}:${r.destinationLocationId}`;
    const into = r.originKind === 'supplier' ? inbound : transfer;
    const list = into.get(key);
    if (list) list.push(lane);
    else into.set(key, [lane]);
  }
  return { inbound, transfer, count: rows.length };
}
