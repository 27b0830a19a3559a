/**
 * A lane as the page edits it (origin and destination by code), checked like a row of the lanes
 * import before anything is written: the origin is a supplier or a warehouse of the workspace, the
 * destination a warehouse, a warehouse does not ship to itself, and the lane has a tariff.
 */

import type Database from 'better-sqlite3';
import type { LaneInput as LaneEdit, LaneRow } from '../../shared/contract/schemas/logistics';
import { AppError } from '../ground/errors/app-error';
import { deleteLane, listLanes, saveLane } from './lanes';
import type { Lane } from './types';

export function laneRows(db: Database.Database): LaneRow[] {
  return listLanes(db).map(laneRow);
}

function laneRow(l: Lane): LaneRow {
  return {
    id: l.id, originKind: l.originKind, origin: l.origin, destination: l.destination, mode: l.mode, originPort: l.originPort,
    transitDays: l.transitDays, transitSdDays: l.transitSdDays, transitSource: l.transitSource,
    costPerUnit: l.costPerUnit, costPerKg: l.costPerKg, costPerM3: l.costPerM3,
    costPer20ft: l.costPer20ft, costPer40ft: l.costPer40ft, costPer40hc: l.costPer40hc,
    fixedCost: l.fixedCost, dutyRate: l.dutyRate, currency: l.currency,
  };
}

export function saveLaneEdit(db: Database.Database, edit: LaneEdit): LaneRow {
  const destination = db.prepare("SELECT id FROM locations WHERE code = ? AND kind = 'warehouse'").pluck().get(edit.destination) as number | undefined;
  if (destination === undefined) throw new AppError('invalid_input', `"${edit.destination}" is not a warehouse of this workspace`, { field: 'destination' });
  let supplierId: number | null = null;
  let originLocationId: number | null = null;
  if (edit.originKind === 'supplier') {
    supplierId = (db.prepare('SELECT id FROM suppliers WHERE code = ?').pluck().get(edit.origin) as number | undefined) ?? null;
    if (supplierId === null) throw new AppError('invalid_input', `"${edit.origin}" is not a supplier code of this workspace`, { field: 'origin' });
  } else {
    originLocationId = (db.prepare("SELECT id FROM locations WHERE code = ? AND kind = 'warehouse'").pluck().get(edit.origin) as number | undefined) ?? null;
    if (originLocationId === null) throw new AppError('invalid_input', `"${edit.origin}" is not a warehouse of this workspace`, { field: 'origin' });
    if (originLocationId === destination) throw new AppError('invalid_input', 'A transfer lane goes from one warehouse to another', { field: 'destination' });
  }
  const tariffs = [edit.costPerUnit, edit.costPerKg, edit.costPerM3, edit.costPer20ft, edit.costPer40ft, edit.costPer40hc];
  if (tariffs.every((c) => c === null || c === undefined) && !(edit.fixedCost && edit.fixedCost > 0)) {
    throw new AppError('invalid_input', 'A lane needs a cost: per unit, kg, m³, container or a fixed cost per shipment', { field: 'costPerUnit' });
  }
  const previous = edit.id === undefined ? undefined : listLanes(db).find((l) => l.id === edit.id);
  if (edit.id !== undefined && !previous) throw new AppError('not_found', `There is no lane ${edit.id}`, { id: edit.id });
  const currency = previous?.currency ?? ((db.prepare('SELECT currency FROM products GROUP BY currency ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined) ?? 'CNY');
  let id: number;
  try {
    id = saveLane(db, {
      ...(edit.id !== undefined ? { id: edit.id } : {}),
      originKind: edit.originKind, supplierId, originLocationId, destinationLocationId: destination, mode: edit.mode,
      originPort: edit.originPort ?? null, transitDays: edit.transitDays, transitSdDays: edit.transitSdDays ?? 0,
      costPerUnit: edit.costPerUnit ?? null, costPerKg: edit.costPerKg ?? null, costPerM3: edit.costPerM3 ?? null,
      costPer20ft: edit.costPer20ft ?? null, costPer40ft: edit.costPer40ft ?? null, costPer40hc: edit.costPer40hc ?? null,
      fixedCost: edit.fixedCost ?? 0, dutyRate: edit.dutyRate ?? 0, currency, active: previous?.active ?? true, notes: previous?.notes ?? null,
    });
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message)) {
      throw new AppError('invalid_input', `There is already a ${edit.mode} lane from ${edit.origin} to ${edit.destination}: edit that one`, { field: 'mode' });
    }
    throw error;
  }
  return laneRow(listLanes(db).find((l) => l.id === id)!);
}

export function removeLane(db: Database.Database, id: number): void {
  deleteLane(db, id);
}
