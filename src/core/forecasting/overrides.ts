/**
 * Planner overrides: change the forecast of a SKU (one location, or all) for the buckets ending
 * within a date range, either to a value or by a percentage, always with a reason. Removing one
 * deactivates it rather than deleting it, so the accuracy report can still judge it. Every
 * change is written to the audit log with the row before and after.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso } from '../ground/calendar';
import { writeAudit } from './audit';
import type { Frequency } from './types';

export interface ForecastOverride {
  id: number;
  productId: number;
  /** null = all locations of the SKU. */
  locationId: number | null;
  fromDate: string;
  toDate: string;
  kind: 'set' | 'percent';
  /** 'set': units per `valuePer` bucket; 'percent': +20 = 20% more, −100 = nothing. */
  value: number;
  valuePer: Frequency | null;
  reason: string;
  createdAt: string;
  createdBy: string;
  active: boolean;
  removedAt: string | null;
  removedBy: string | null;
}

export type OverrideInput = Pick<ForecastOverride, 'productId' | 'fromDate' | 'toDate' | 'kind' | 'value' | 'reason'> &
  Partial<Pick<ForecastOverride, 'locationId' | 'valuePer' | 'createdBy'>>;

const SELECT = `SELECT id, product_id AS productId, location_id AS locationId, from_date AS fromDate, to_date AS toDate, kind, value,
  value_per AS valuePer, reason, created_at AS createdAt, created_by AS createdBy, active, removed_at AS removedAt, removed_by AS removedBy
  FROM forecast_overrides`;

type OverrideRow = Omit<ForecastOverride, 'active'> & { active: number };

export function addOverride(db: Database.Database, input: OverrideInput): ForecastOverride {
  validate(db, input);
  return db.transaction(() => {
    const id = db
      .prepare(
        `INSERT INTO forecast_overrides (product_id, location_id, from_date, to_date, kind, value, value_per, reason, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.productId, input.locationId ?? null, input.fromDate, input.toDate, input.kind, input.value,
        input.kind === 'set' ? input.valuePer : null, input.reason.trim(), new Date().toISOString(), input.createdBy ?? 'user').lastInsertRowid;
    const after = getOverride(db, Number(id));
    writeAudit(db, { actor: after.createdBy, action: 'forecast_override.add', entity: 'forecast_override', entityId: after.id, before: null, after });
    return after;
  })();
}

/** Deactivates an override (kept for the accuracy report); returns it as it now is. */
export function removeOverride(db: Database.Database, id: number, actor = 'user'): ForecastOverride {
  return db.transaction(() => {
    const before = getOverride(db, id);
    if (!before.active) return before;
    db.prepare('UPDATE forecast_overrides SET active = 0, removed_at = ?, removed_by = ? WHERE id = ?').run(new Date().toISOString(), actor, id);
    const after = getOverride(db, id);
    writeAudit(db, { actor, action: 'forecast_override.remove', entity: 'forecast_override', entityId: id, before, after });
    return after;
  })();
}

export function getOverride(db: Database.Database, id: number): ForecastOverride {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as OverrideRow | undefined;
  if (!row) throw new AppError('not_found', `No forecast override ${id}`, { id });
  return { ...row, active: row.active === 1 };
}

export interface OverrideFilter {
  productIds?: readonly number[];
  /** Default true. */
  activeOnly?: boolean;
}

export function listOverrides(db: Database.Database, filter: OverrideFilter = {}): ForecastOverride[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.activeOnly ?? true) where.push('active = 1');
  if (filter.productIds) {
    where.push('product_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.productIds));
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return (db.prepare(sql).all(...params) as OverrideRow[]).map((row) => ({ ...row, active: row.active === 1 }));
}

function validate(db: Database.Database, input: OverrideInput): void {
  const fail = (field: string, message: string): never => {
    throw new AppError('invalid_input', message, { field });
  };
  if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(input.productId)) fail('productId', `No product ${input.productId}`);
  if (input.locationId != null && !db.prepare('SELECT 1 FROM locations WHERE id = ?').get(input.locationId)) {
    fail('locationId', `No location ${input.locationId}`);
  }
  const from = dayFromIso(input.fromDate);
  const to = dayFromIso(input.toDate);
  if (Number.isNaN(from) || Number.isNaN(to)) fail('fromDate', 'Dates must be written YYYY-MM-DD');
  if (to < from) fail('toDate', 'The period ends before it starts');
  if (!input.reason || !input.reason.trim()) fail('reason', 'Every override needs a reason');
  if (!Number.isFinite(input.value)) fail('value', 'The value must be a number');
  if (input.kind === 'set') {
    if (input.value < 0) fail('value', 'A forecast cannot be set below zero');
    if (!input.valuePer || !['day', 'week', 'month'].includes(input.valuePer)) fail('valuePer', "A 'set' override says per day, week or month");
  } else if (input.kind === 'percent') {
    if (input.value < -100) fail('value', 'A percentage change cannot go below −100%');
  } else {
    fail('kind', "kind is 'set' or 'percent'");
  }
}
