/** Launch plans: what the planner expects a new SKU to sell in its first weeks. Every change is audited. */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso } from '../ground/calendar';
import { writeAudit } from './audit';
import { MEAN_BUCKET_DAYS } from './bucket-grid';
import type { Frequency } from './types';

export interface LaunchPlan {
  id: number;
  productId: number;
  /** null = all locations together. */
  locationId: number | null;
  /** Planned launch (YYYY-MM-DD); null = the product's launch date or its first sale. */
  startDate: string | null;
  weeks: number;
  unitsPerWeek: number | null;
  totalUnits: number | null;
  notes: string | null;
  createdAt: string;
  createdBy: string;
}

export type LaunchPlanInput = Pick<LaunchPlan, 'productId' | 'weeks'> &
  Partial<Pick<LaunchPlan, 'locationId' | 'startDate' | 'unitsPerWeek' | 'totalUnits' | 'notes' | 'createdBy'>>;

const SELECT = `SELECT id, product_id AS productId, location_id AS locationId, start_date AS startDate, weeks,
  units_per_week AS unitsPerWeek, total_units AS totalUnits, notes, created_at AS createdAt, created_by AS createdBy
  FROM launch_plans`;

export function listLaunchPlans(db: Database.Database, productId?: number): LaunchPlan[] {
  return (productId === undefined
    ? db.prepare(`${SELECT} ORDER BY product_id, location_id`).all()
    : db.prepare(`${SELECT} WHERE product_id = ? ORDER BY location_id`).all(productId)) as LaunchPlan[];
}

/** Creates or replaces the plan for a SKU and location (null = all locations). */
export function setLaunchPlan(db: Database.Database, input: LaunchPlanInput): LaunchPlan {
  const hasRate = input.unitsPerWeek !== undefined && input.unitsPerWeek !== null;
  const hasTotal = input.totalUnits !== undefined && input.totalUnits !== null;
  if (hasRate === hasTotal) {
    throw new AppError('invalid_input', 'A launch plan gives either units per week or a total, not both', { field: 'unitsPerWeek' });
  }
  if (!(Number.isInteger(input.weeks) && input.weeks > 0) || !((input.unitsPerWeek ?? input.totalUnits ?? -1) >= 0)) {
    throw new AppError('invalid_input', 'A launch plan needs a whole number of weeks and non-negative units', { field: 'weeks' });
  }
  if (input.startDate && Number.isNaN(dayFromIso(input.startDate))) {
    throw new AppError('invalid_input', 'startDate must be a date written YYYY-MM-DD', { field: 'startDate', value: input.startDate });
  }
  return db.transaction(() => {
    const before = findPlan(db, input.productId, input.locationId ?? null);
    if (before) db.prepare('DELETE FROM launch_plans WHERE id = ?').run(before.id);
    const id = db
      .prepare(
        `INSERT INTO launch_plans (product_id, location_id, start_date, weeks, units_per_week, total_units, notes, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.productId, input.locationId ?? null, input.startDate ?? null, input.weeks, input.unitsPerWeek ?? null,
        input.totalUnits ?? null, input.notes ?? null, new Date().toISOString(), input.createdBy ?? 'user').lastInsertRowid;
    const after = db.prepare(`${SELECT} WHERE id = ?`).get(id) as LaunchPlan;
    writeAudit(db, { actor: after.createdBy, action: before ? 'launch_plan.replace' : 'launch_plan.add', entity: 'launch_plan', entityId: after.id, before, after });
    return after;
  })();
}

export function removeLaunchPlan(db: Database.Database, productId: number, locationId: number | null, actor = 'user'): boolean {
  return db.transaction(() => {
    const before = findPlan(db, productId, locationId);
    if (!before) return false;
    db.prepare('DELETE FROM launch_plans WHERE id = ?').run(before.id);
    writeAudit(db, { actor, action: 'launch_plan.remove', entity: 'launch_plan', entityId: before.id, before, after: null });
    return true;
  })();
}

function findPlan(db: Database.Database, productId: number, locationId: number | null): LaunchPlan | undefined {
  return db.prepare(`${SELECT} WHERE product_id = ? AND location_id IS ?`).get(productId, locationId) as LaunchPlan | undefined;
}

/** Planned units per bucket from launch (age 0) to the end of the plan, at `share` of the plan. */
export function planPerBucket(plan: LaunchPlan, frequency: Frequency, share = 1): Float64Array {
  const planDays = plan.weeks * 7;
  const perDay = ((plan.unitsPerWeek ?? 0) * plan.weeks + (plan.totalUnits ?? 0)) / planDays;
  const bucketDays = MEAN_BUCKET_DAYS[frequency];
  const buckets = Math.ceil(planDays / bucketDays - 1e-9);
  const out = new Float64Array(buckets);
  for (let k = 0; k < buckets; k++) out[k] = share * perDay * Math.min(bucketDays, planDays - k * bucketDays);
  return out;
}
