/**
 * Re-planning keeps the planner's decisions: lines locked in an earlier plan (and not yet approved)
 * keep their quantity in the new plan, stay locked, and say where they came from. Approved lines
 * need nothing: they are open purchase orders now, so they count as on order.
 */

import type Database from 'better-sqlite3';
import { seriesKey } from './load-forecasts';
import { lineReason } from './reason';
import type { PlanLine } from './types';

export interface LockedLine {
  productId: number;
  locationId: number;
  quantity: number;
}

/** The newest plan that still has draft lines: the one a re-plan replaces. */
export function latestDraftPlanId(db: Database.Database): number | null {
  return (db.prepare("SELECT max(id) FROM plans WHERE status = 'draft'").pluck().get() as number | null) ?? null;
}

export function lockedLinesOf(db: Database.Database, planId: number): Map<string, LockedLine> {
  const rows = db
    .prepare("SELECT product_id AS productId, location_id AS locationId, quantity FROM plan_lines WHERE plan_id = ? AND locked = 1 AND status <> 'approved'")
    .all(planId) as LockedLine[];
  return new Map(rows.map((r) => [seriesKey(r.productId, r.locationId), r]));
}

/** Applies the kept quantity to a freshly computed line (before any budget cut, which funds locked lines first). */
export function keepLocked(line: PlanLine, kept: LockedLine, fromPlanId: number): void {
  line.quantity = kept.quantity;
  line.locked = true;
  line.edited = kept.quantity !== line.suggestedQty;
  line.status = kept.quantity > 0 ? 'draft' : 'cut';
  line.flags.push({ kind: 'lockedFrom', planId: fromPlanId });
  line.reason = lineReason(line);
}

/**
 * A new plan replaces the draft plans before it: they are archived in the same transaction, so an
 * older plan's drafts cannot be approved as well (ordering the same need twice). Approved lines
 * stay as they are: their purchase orders exist.
 */
export function replaceDraftPlans(db: Database.Database, newPlanId: number, actor = 'user'): number[] {
  const older = db.prepare("SELECT id FROM plans WHERE status = 'draft' AND id <> ?").pluck().all(newPlanId) as number[];
  if (older.length === 0) return older;
  db.prepare(`UPDATE plans SET status = 'archived' WHERE id IN (${older.map(() => '?').join(', ')})`).run(...older);
  db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'plan.archive', 'plans', ?, ?)")
    .run(actor, String(newPlanId), JSON.stringify({ replaced: older }));
  return older;
}
