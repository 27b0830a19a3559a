/**
 * Planner control over a saved plan: edit a line's quantity, lock or unlock it, and approve the
 * plan into open purchase orders (one per supplier and location) that then count as on order.
 * Approved lines can no longer change. Every action is written to audit_log.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { moveDataVersion } from '../db/data-versions';
import { parseStoredLine } from './plan-store';
import { lineReason } from './reason';
import type { PlanLine } from './types';

interface LineRow {
  id: number;
  planId: number;
  status: string;
  quantity: number;
  explanation: string;
  locked: number;
  edited: number;
}

function readLine(db: Database.Database, lineId: number): LineRow {
  const row = db
    .prepare(
      `SELECT l.id, l.plan_id AS planId, l.status, l.quantity, l.explanation, l.locked, l.edited, p.status AS planStatus
       FROM plan_lines l JOIN plans p ON p.id = l.plan_id WHERE l.id = ?`,
    )
    .get(lineId) as (LineRow & { planStatus: string }) | undefined;
  if (!row) throw new AppError('not_found', `No plan line ${lineId}`, { lineId });
  if (row.planStatus === 'archived') throw replaced(row.planId);
  if (row.status === 'approved') throw new AppError('invalid_input', `Plan line ${lineId} is approved and can no longer change`, { lineId });
  return row;
}

function replaced(planId: number): AppError {
  return new AppError('invalid_input', `Plan ${planId} was replaced by a newer plan: work in the newest plan`, { planId });
}

function audit(db: Database.Database, actor: string, action: string, entity: string, id: number, details: object): void {
  db.prepare('INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)').run(actor, action, entity, String(id), JSON.stringify(details));
}

/** Sets a line's quantity by hand (no rounding is forced: the reason shows the edit). */
export function editLineQuantity(db: Database.Database, lineId: number, quantity: number, actor = 'user'): void {
  if (!(quantity >= 0) || !Number.isFinite(quantity)) throw new AppError('invalid_input', 'A quantity must be a number of 0 or more', { field: 'quantity' });
  db.transaction(() => {
    const row = readLine(db, lineId);
    const line: PlanLine = { ...parseStoredLine(row.explanation), quantity, edited: true, locked: row.locked === 1 };
    line.status = quantity > 0 ? 'draft' : 'cut';
    line.reason = lineReason(line);
    db.prepare('UPDATE plan_lines SET quantity = ?, edited = 1, status = ?, reason = ?, explanation = ? WHERE id = ?')
      .run(quantity, line.status, line.reason, JSON.stringify({ ...line, reason: undefined }), lineId);
    audit(db, actor, 'plan.line.edit', 'plan_lines', lineId, { planId: row.planId, from: row.quantity, to: quantity });
  })();
}

export function setLineLocked(db: Database.Database, lineId: number, locked: boolean, actor = 'user'): void {
  db.transaction(() => {
    const row = readLine(db, lineId);
    db.prepare('UPDATE plan_lines SET locked = ? WHERE id = ?').run(locked ? 1 : 0, lineId);
    audit(db, actor, locked ? 'plan.line.lock' : 'plan.line.unlock', 'plan_lines', lineId, { planId: row.planId });
  })();
}

export interface ApprovalResult {
  purchaseOrders: { poNumber: string; supplierId: number; locationId: number; lines: number }[];
  lines: number;
}

/** Turns the plan's draft lines with a quantity (optionally of one supplier) into open purchase orders. */
export function approvePlan(db: Database.Database, planId: number, options: { supplierId?: number; locationId?: number; actor?: string } = {}): ApprovalResult {
  const actor = options.actor ?? 'user';
  return db.transaction(() => {
    const plan = db.prepare('SELECT id, status FROM plans WHERE id = ?').get(planId) as { id: number; status: string } | undefined;
    if (!plan) throw new AppError('not_found', `No plan ${planId}`, { planId });
    if (plan.status === 'archived') throw replaced(planId);
    const lines = db
      .prepare(
        `SELECT id, product_id AS productId, location_id AS locationId, supplier_id AS supplierId, quantity, unit_cost AS unitCost,
           currency, order_date AS orderDate, expected_arrival AS expectedArrival
         FROM plan_lines WHERE plan_id = ? AND status = 'draft' AND quantity > 0 AND supplier_id IS NOT NULL
           AND (? IS NULL OR supplier_id = ?) AND (? IS NULL OR location_id = ?) ORDER BY supplier_id, location_id, id`,
      )
      .all(planId, options.supplierId ?? null, options.supplierId ?? null, options.locationId ?? null, options.locationId ?? null) as {
      id: number; productId: number; locationId: number; supplierId: number; quantity: number; unitCost: number | null;
      currency: string; orderDate: string; expectedArrival: string;
    }[];
    const groups = new Map<string, typeof lines>();
    for (const line of lines) {
      const key = `${line.supplierId}:${line.locationId}`;
      const list = groups.get(key);
      if (list) list.push(line);
      else groups.set(key, [line]);
    }
    const insertPo = db.prepare(
      "INSERT INTO purchase_orders (po_number, supplier_id, location_id, order_date, promised_date, status, currency, notes) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
    );
    const insertLine = db.prepare(
      "INSERT INTO po_lines (po_id, line_no, product_id, qty_ordered, unit_cost, promised_date, status) VALUES (?, ?, ?, ?, ?, ?, 'open')",
    );
    const markLine = db.prepare("UPDATE plan_lines SET status = 'approved', po_line_id = ? WHERE id = ?");
    const result: ApprovalResult = { purchaseOrders: [], lines: 0 };
    let n = (db.prepare("SELECT count(*) FROM purchase_orders WHERE po_number LIKE ?").pluck().get(`SD-${planId}-%`) as number) + 1;
    for (const group of groups.values()) {
      const first = group[0]!;
      const poNumber = `SD-${planId}-${String(n++).padStart(3, '0')}`;
      const arrival = group.reduce((d, l) => (l.expectedArrival > d ? l.expectedArrival : d), first.expectedArrival);
      const locationId = first.locationId > 0 ? first.locationId : null;
      const poId = Number(insertPo.run(poNumber, first.supplierId, locationId, first.orderDate, arrival, first.currency, `From SupplyDesk plan ${planId}`).lastInsertRowid);
      group.forEach((line, i) => {
        const poLineId = Number(insertLine.run(poId, i + 1, line.productId, line.quantity, line.unitCost, line.expectedArrival).lastInsertRowid);
        markLine.run(poLineId, line.id);
      });
      result.purchaseOrders.push({ poNumber, supplierId: first.supplierId, locationId: first.locationId, lines: group.length });
      result.lines += group.length;
      audit(db, actor, 'plan.approve', 'purchase_orders', poId, { planId, poNumber, lines: group.map((l) => l.id) });
    }
    if (result.lines > 0) moveDataVersion(db, 'purchases');
    const open = db.prepare("SELECT count(*) FROM plan_lines WHERE plan_id = ? AND status = 'draft' AND quantity > 0").pluck().get(planId) as number;
    if (open === 0) db.prepare("UPDATE plans SET status = 'approved' WHERE id = ?").run(planId);
    return result;
  })();
}
