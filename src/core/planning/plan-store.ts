/**
 * Plans in the workspace: a plan row with its settings and summary, one plan_lines row per
 * SKU-location that orders or was cut (lines with nothing to order are not stored). The line's
 * figures are kept whole in `explanation`; the columns hold what is queried, edited and exported.
 */

import type Database from 'better-sqlite3';
import { alreadyRead, keepRead, sharedRead, sharesReads } from './shared-reads';
import { AppError } from '../ground/errors/app-error';
import { jsonExact } from '../ground/json-exact';
import { buildDrafts } from './po-drafts';
import { storedFlags } from './reason';
import type { Plan, PlanLine, PlanOptions, PlanSummary } from './types';

export function savePlan(db: Database.Database, plan: Plan, actor = 'user'): number {
  // In a shared-reads scope the steps after the save (the alerts' logistics, the `plan` command's
  // file) read this plan next: it is kept as loadPlan would read it back, from the rows as written.
  const written: WrittenLine[] | null = sharesReads(db) ? [] : null;
  const settings = JSON.stringify(plan.settings);
  const summary = JSON.stringify(plan.summary);
  const insertLine = db.prepare(
    `INSERT INTO plan_lines (plan_id, product_id, location_id, supplier_id, policy, abc, xyz, service_level, need_qty, suggested_qty,
       quantity, unit_cost, currency, moq, order_multiple, max_order_qty, order_date, expected_arrival, reason, explanation, locked,
       edited, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const planId = db.transaction(() => {
    const planId = Number(
      db
        .prepare('INSERT INTO plans (created_at, plan_date, forecast_run_id, settings, summary) VALUES (?, ?, ?, ?, ?)')
        .run(plan.createdAt, plan.planDate, plan.runId, settings, summary).lastInsertRowid,
    );
    for (const line of storedLines(plan.lines)) {
      // The figures without the reason (a column of its own): the field blanked for the moment
      // rather than the line's sixty fields copied into a new object.
      const reason = line.reason;
      (line as { reason: string | undefined }).reason = undefined;
      const explanation = JSON.stringify(line);
      line.reason = reason;
      // Positional: a named-parameter object copied every line's sixty fields once more.
      const { lastInsertRowid } = insertLine.run(
        planId, line.productId, line.locationId, line.supplierId, line.policy, line.abc, line.xyz, line.serviceLevel, line.needQty,
        line.suggestedQty, line.quantity, line.unitCost, line.currency, line.moq, line.orderMultiple, line.maxOrderQty, line.orderDate,
        line.expectedArrival, line.reason, explanation, line.locked ? 1 : 0, line.edited ? 1 : 0, line.status,
      );
      written?.push({ id: Number(lastInsertRowid), supplierId: line.supplierId, line: writtenLine(line, explanation) });
    }
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'plan.create', 'plans', ?, ?)")
      .run(actor, String(planId), JSON.stringify({ runId: plan.runId, planDate: plan.planDate, ...plan.summary }));
    plan.id = planId;
    return planId;
  })();
  if (written) {
    const head: PlanRow = { id: planId, createdAt: plan.createdAt, planDate: plan.planDate, runId: plan.runId, status: 'draft', settings, summary };
    const stored = storedPlanOf(head, written, supplierTerms(db, written));
    keepRead(db, planKey(planId), stored);
    keepRead(db, savedKey(planId), stored);
  }
  return planId;
}

/**
 * The line lineFromRow reads back from the row savePlan wrote of it: its figures (`explanation`) with
 * the row's state on top. Copied from the built line rather than parsed again when JSON gives its
 * figures back as they are (finite numbers, no undefined fields: a plan's lines are); nested
 * figures are the built line's own, which nothing changes once the plan is saved.
 */
function writtenLine(line: PlanLine, explanation: string): PlanLine {
  const { reason, ...figures } = line;
  if (!jsonExact(figures)) return lineFromRow({ explanation, quantity: line.quantity, locked: line.locked ? 1 : 0, edited: line.edited ? 1 : 0, status: line.status, reason, poNumber: null });
  // As lineFromRow orders the keys: the figures' own, then the PO number and the reason.
  const read = figures as PlanLine;
  read.flags = storedFlags(read.flags);
  read.locked = Boolean(line.locked);
  read.edited = Boolean(line.edited);
  read.poNumber = null;
  read.reason = reason;
  return read;
}

/** A stored line's figures; flags of lines stored before flags were data stay as their sentences. */
export function parseStoredLine(explanation: string): PlanLine {
  const line = JSON.parse(explanation) as PlanLine;
  line.flags = storedFlags(line.flags);
  return line;
}

/** A plan_lines row's columns as read with its PO number: the stored figures with the row's own state on top. */
export interface StoredLineRow {
  quantity: number;
  locked: number;
  edited: number;
  status: PlanLine['status'];
  reason: string;
  explanation: string;
  poNumber: string | null;
}

export function lineFromRow(row: StoredLineRow): PlanLine {
  return {
    ...parseStoredLine(row.explanation),
    quantity: row.quantity,
    locked: row.locked === 1,
    edited: row.edited === 1,
    status: row.status,
    poNumber: row.poNumber,
    reason: row.reason,
  };
}

/** The lines a plan keeps: those that order, were cut by the budget or a container limit, or were changed by hand. */
export function storedLines(lines: readonly PlanLine[]): PlanLine[] {
  return lines.filter((l) => l.quantity > 0 || l.suggestedQty > 0 || l.budget !== null || Boolean(l.containerCut) || l.edited || l.locked);
}

interface PlanRow {
  id: number;
  createdAt: string;
  planDate: string;
  runId: number | null;
  status: string;
  settings: string;
  summary: string;
}

export interface StoredPlan extends Plan {
  id: number;
  status: string;
  lineIds: number[];
}

const planKey = (planId: number) => `plan:${planId}`;
const savedKey = (planId: number) => `saved:${planId}`;

/**
 * The plan savePlan wrote in the open shared-reads scope on `db`, as loadPlan would read it back, or
 * undefined (no scope, another plan, or one read rather than written here). Only a plan written
 * here: its lines' columns are the figures they were written from (a plan read back may hold a
 * supplier its row no longer names), so a reader of those columns may take its lines instead.
 */
export function savedPlanInScope(db: Database.Database, planId: number): StoredPlan | undefined {
  return alreadyRead<StoredPlan>(db, savedKey(planId));
}

/**
 * A stored plan; read once per shared-reads scope, and not at all after savePlan wrote it in the
 * same scope (the alerts' logistics and the `plan` command's file take what it kept).
 */
export function loadPlan(db: Database.Database, planId: number): StoredPlan {
  return sharedRead(db, planKey(planId), () => readPlan(db, planId));
}

/** A plan_lines row as a stored plan is built from, with its supplier (the drafts' name and minimum order value). */
interface LineRow extends StoredLineRow {
  id: number;
  supplierId: number | null;
}

/** A stored line with its row's id and supplier column. */
interface WrittenLine {
  id: number;
  supplierId: number | null;
  line: PlanLine;
}

interface SupplierTerms {
  supplierName: string;
  minOrderValue: number | null;
}

function readPlan(db: Database.Database, planId: number): StoredPlan {
  const row = db
    .prepare('SELECT id, created_at AS createdAt, plan_date AS planDate, forecast_run_id AS runId, status, settings, summary FROM plans WHERE id = ?')
    .get(planId) as PlanRow | undefined;
  if (!row) throw new AppError('not_found', `No plan ${planId}`, { planId });
  const rows = db
    .prepare(
      `SELECT l.id, l.quantity, l.locked, l.edited, l.status, l.reason, l.explanation, l.supplier_id AS supplierId, s.name AS supplierName,
         s.min_order_value AS minOrderValue, po.po_number AS poNumber
       FROM plan_lines l LEFT JOIN suppliers s ON s.id = l.supplier_id
         LEFT JOIN po_lines pl ON pl.id = l.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE l.plan_id = ? ORDER BY l.id`,
    )
    .all(planId) as (LineRow & { supplierName: string | null; minOrderValue: number | null })[];
  const terms = new Map(rows.map((r) => [r.supplierId, { supplierName: r.supplierName ?? '', minOrderValue: r.minOrderValue }]));
  return storedPlanOf(row, rows.map((r) => ({ id: r.id, supplierId: r.supplierId, line: lineFromRow(r) })), terms);
}

/** The terms of the suppliers of lines just written, as readPlan's join reads them. */
function supplierTerms(db: Database.Database, rows: readonly WrittenLine[]): Map<number | null, SupplierTerms> {
  const read = db.prepare('SELECT name AS supplierName, min_order_value AS minOrderValue FROM suppliers WHERE id = ?');
  const terms = new Map<number | null, SupplierTerms>();
  for (const { supplierId } of rows) {
    if (supplierId === null || terms.has(supplierId)) continue;
    const found = read.get(supplierId) as SupplierTerms | undefined;
    terms.set(supplierId, { supplierName: found?.supplierName ?? '', minOrderValue: found?.minOrderValue ?? null });
  }
  return terms;
}

function storedPlanOf(row: PlanRow, rows: readonly WrittenLine[], terms: ReadonlyMap<number | null, SupplierTerms>): StoredPlan {
  const suppliers = new Map<number, SupplierTerms>();
  const lines = rows.map(({ supplierId, line }) => {
    if (line.supplierId !== null) suppliers.set(line.supplierId, terms.get(supplierId)!);
    return line;
  });
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    planDate: row.planDate,
    runId: row.runId ?? 0,
    settings: JSON.parse(row.settings) as PlanOptions,
    summary: JSON.parse(row.summary) as PlanSummary,
    lines,
    lineIds: rows.map((r) => r.id),
    drafts: buildDrafts(lines, suppliers),
  };
}

export interface PlanListItem {
  id: number;
  createdAt: string;
  planDate: string;
  runId: number | null;
  status: string;
  lines: number;
}

/**
 * The plan the rest of the app acts on (alerts, logistics): the newest that is not archived. One
 * query for every reader, so the alerts check and the Logistics page never disagree on which plan it is.
 */
export function newestActivePlan(db: Database.Database): { id: number; planDate: string } | null {
  const row = db
    .prepare("SELECT id, plan_date AS planDate FROM plans WHERE status <> 'archived' ORDER BY created_at DESC, id DESC LIMIT 1")
    .get() as { id: number; planDate: string } | undefined;
  return row ?? null;
}

export function listPlans(db: Database.Database): PlanListItem[] {
  return db
    .prepare(
      `SELECT p.id, p.created_at AS createdAt, p.plan_date AS planDate, p.forecast_run_id AS runId, p.status,
        (SELECT count(*) FROM plan_lines l WHERE l.plan_id = p.id) AS lines
       FROM plans p ORDER BY p.id DESC`,
    )
    .all() as PlanListItem[];
}
