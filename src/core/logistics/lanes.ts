/** Lanes in the workspace: read with their codes, written one at a time (the UI) with an audit entry. */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { tariffFromColumns } from '../freight/tariff';
import type { LaneTariff } from '../freight/types';
import type { Lane, LaneInput } from './types';

const SELECT = `
  SELECT l.id, l.origin_kind AS originKind, l.supplier_id AS supplierId, l.origin_location_id AS originLocationId,
    COALESCE(s.code, o.code) AS origin, l.destination_location_id AS destinationLocationId, d.code AS destination,
    l.mode, l.origin_port AS originPort, l.transit_days AS transitDays, l.transit_sd_days AS transitSdDays,
    l.transit_source AS transitSource, l.transit_samples AS transitSamples, l.entered_transit_days AS enteredTransitDays,
    l.cost_per_unit AS costPerUnit, l.cost_per_kg AS costPerKg, l.cost_per_m3 AS costPerM3,
    l.cost_per_20ft AS costPer20ft, l.cost_per_40ft AS costPer40ft, l.cost_per_40hc AS costPer40hc,
    l.fixed_cost AS fixedCost, l.duty_rate AS dutyRate, l.currency, l.active, l.notes
  FROM lanes l
  LEFT JOIN suppliers s ON s.id = l.supplier_id
  LEFT JOIN locations o ON o.id = l.origin_location_id
  JOIN locations d ON d.id = l.destination_location_id`;

export function listLanes(db: Database.Database, options: { activeOnly?: boolean } = {}): Lane[] {
  const rows = db.prepare(`${SELECT}${options.activeOnly ? ' WHERE l.active = 1' : ''} ORDER BY l.origin_kind, origin, destination, l.mode`).all() as (Omit<Lane, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export function laneCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM lanes WHERE active = 1').pluck().get() as number;
}

/** The engine's view of a lane. */
export function tariffOf(lane: Lane): LaneTariff {
  return tariffFromColumns(lane);
}

/** Inserts or updates one lane in one transaction; returns its id. */
export function saveLane(db: Database.Database, input: LaneInput, actor = 'user'): number {
  const row = {
    origin_kind: input.originKind,
    supplier_id: input.originKind === 'supplier' ? input.supplierId : null,
    origin_location_id: input.originKind === 'warehouse' ? input.originLocationId : null,
    destination_location_id: input.destinationLocationId,
    mode: input.mode,
    origin_port: input.originPort,
    transit_days: input.transitDays,
    transit_sd_days: input.transitSdDays,
    entered_transit_days: input.transitDays,
    cost_per_unit: input.costPerUnit,
    cost_per_kg: input.costPerKg,
    cost_per_m3: input.costPerM3,
    cost_per_20ft: input.costPer20ft,
    cost_per_40ft: input.costPer40ft,
    cost_per_40hc: input.costPer40hc,
    fixed_cost: input.fixedCost,
    duty_rate: input.dutyRate,
    currency: input.currency,
    active: input.active ? 1 : 0,
    notes: input.notes,
  };
  return db.transaction(() => {
    let id: number;
    if (input.id !== undefined) {
      const set = Object.keys(row).map((c) => `${c} = @${c}`).join(', ');
      const changed = db.prepare(`UPDATE lanes SET ${set}, transit_source = 'entered', transit_samples = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`).run({ ...row, id: input.id }).changes;
      if (changed === 0) throw new AppError('not_found', `No lane ${input.id}`, { laneId: input.id });
      id = input.id;
    } else {
      const columns = Object.keys(row);
      id = Number(db.prepare(`INSERT INTO lanes (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
    }
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'lane.save', 'lanes', ?, ?)").run(actor, String(id), JSON.stringify(row));
    return id;
  })();
}

export function deleteLane(db: Database.Database, laneId: number, actor = 'user'): void {
  db.transaction(() => {
    const changed = db.prepare('DELETE FROM lanes WHERE id = ?').run(laneId).changes;
    if (changed === 0) throw new AppError('not_found', `No lane ${laneId}`, { laneId });
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'lane.delete', 'lanes', ?, '{}')").run(actor, String(laneId));
  })();
}
