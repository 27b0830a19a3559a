/**
 * What the Replenishment page shows of a stored plan: grid rows, one line's explanation with its
 * projected stock (with and without the order), supplier drafts with the budget's effect, and the
 * plan list. Read-only; the shapes are the contract's (src/shared/contract/schemas/planning.ts).
 */

import type Database from 'better-sqlite3';
import type { PlanDrafts, PlanLineDetail, PlanLineRow, PlanListItem } from '../../shared/contract/schemas/planning';
import { AppError } from '../ground/errors/app-error';
import { MEAN_BUCKET_DAYS } from '../forecasting/bucket-grid';
import { effectiveForecast } from '../forecasting/effective-forecast';
import { getRun } from '../forecasting/runs';
import { emptyPosition, loadPositions } from './inventory-position';
import { seriesKey } from './load-forecasts';
import { lineFromRow, listPlans, loadPlan, type StoredLineRow } from './plan-store';
import { buildDrafts } from './po-drafts';
import { projectStock } from './projection';
import { hasReasonData, planReason, roundingParts } from './reason';
import type { PlanLine, PlanSummary } from './types';

const money = (x: number) => Math.round(x * 100) / 100;

export function planList(db: Database.Database): PlanListItem[] {
  const summaries = new Map(
    (db.prepare('SELECT id, summary FROM plans').raw(true).all() as [number, string][]).map(([id, s]) => [id, JSON.parse(s) as PlanSummary]),
  );
  return listPlans(db).map((p) => ({ ...p, summary: summaries.get(p.id)! }));
}

export function planLineRows(db: Database.Database, planId: number): PlanLineRow[] {
  const plan = loadPlan(db, planId);
  const names = productNames(db);
  const suppliers = supplierNames(db);
  return plan.lines.map((line, i) => toRow(line, plan.lineIds[i]!, names, suppliers));
}

export function planLineRow(db: Database.Database, planId: number, lineId: number): PlanLineRow {
  const { line } = findLine(db, planId, lineId);
  return toRow(line, lineId, productNames(db, line.productId), supplierNames(db));
}

export function planLineDetail(db: Database.Database, planId: number, lineId: number): PlanLineDetail {
  const { plan, line } = findLine(db, planId, lineId);
  const run = getRun(db, plan.runId);
  const forecast = effectiveForecast(db, plan.runId, { productIds: [line.productId], ...(line.locationId > 0 ? { locationId: line.locationId } : {}) });
  // A run summed over locations has location 0 rows; a per-location run has the line's own.
  const rows = forecast.filter((r) => r.locationId === line.locationId).sort((a, b) => a.bucketDate.localeCompare(b.bucketDate));
  const position = loadPositions(db, plan.planDate, line.locationId === 0, line.productId).get(seriesKey(line.productId, line.locationId)) ?? emptyPosition();
  const dates = rows.map((r) => r.bucketDate);
  const mean = rows.map((r) => r.mean);
  const bucketDays = MEAN_BUCKET_DAYS[run.frequency];
  const without = projectStock(position, mean, dates, bucketDays, plan.planDate);
  // An approved line is an open PO now: already among the arrivals.
  const order = line.status === 'approved' || !(line.quantity > 0) ? [] : [{ date: line.expectedArrival, quantity: line.quantity, poNumber: 'plan', overdue: false }];
  const withOrder = projectStock({ onHand: position.onHand, arrivals: [...position.arrivals, ...order] }, mean, dates, bucketDays, plan.planDate);
  return {
    row: toRow(line, lineId, productNames(db, line.productId), supplierNames(db)),
    explanation: {
      coverDays: line.coverDays,
      coverMean: line.coverMean,
      coverSd: Math.sqrt(line.coverVariance),
      reviewDays: line.policy === 'order_up_to' ? line.reviewDays : 0,
      leadTime: line.leadTime,
      shape: line.shape,
      targetLevel: line.targetLevel,
      orderUpTo: line.orderUpTo,
      maxOrderQty: line.maxOrderQty,
      roundingSteps: line.roundingSteps,
    },
    projection: without.periods.map((p, i) => {
      const r = rows.find((x) => x.bucketDate === p.date);
      return { date: p.date, stock: p.stock, stockWithOrder: withOrder.periods[i]?.stock ?? p.stock, arrivals: p.arrivals, p50: r?.p50 ?? p.demand, p10: r?.p10 ?? p.demand, p90: r?.p90 ?? p.demand };
    }),
    stockOutDateWithOrder: withOrder.runOutDate,
  };
}

/** Drafts per supplier and location (still to approve, and approved), and what the budget did. */
export function planDrafts(db: Database.Database, planId: number): PlanDrafts {
  const plan = loadPlan(db, planId);
  const info = new Map(
    (db.prepare('SELECT id, name, min_order_value FROM suppliers').raw(true).all() as [number, string, number | null][]).map(([id, name, min]) => [
      id,
      { supplierName: name, minOrderValue: min },
    ]),
  );
  // Lines the container limit cut to nothing still count among the open draft's cut lines.
  const open = buildDrafts(plan.lines.filter((l) => l.status === 'draft' || (l.status === 'cut' && l.containerCut)), info).map((d) => ({
    ...d,
    status: 'draft' as const,
    poNumbers: [],
  }));
  const approvedLines = plan.lines.filter((l) => l.status === 'approved');
  const approved = buildDrafts(approvedLines, info).map((d) => ({ ...d, status: 'approved' as const, poNumbers: poNumbersOf(approvedLines, d.supplierId, d.locationId) }));
  const value = (l: PlanLine) => l.quantity * (l.unitCost ?? 0);
  const cutLines = plan.lines.map((line, i) => ({ line, lineId: plan.lineIds[i]! })).filter(({ line }) => line.budget !== null);
  const cutValue = cutLines.reduce((s, { line }) => s + (line.budget!.from - line.budget!.to) * (line.unitCost ?? 0), 0);
  const planValue = plan.lines.filter((l) => l.status !== 'cut').reduce((s, l) => s + value(l), 0);
  return {
    drafts: [...open, ...approved],
    budget: {
      budget: plan.summary.budget,
      planValue: money(planValue),
      uncutValue: money(planValue + cutValue),
      cutLines: cutLines.length,
      cutValue: money(cutValue),
      cut: cutLines
        .map(({ line, lineId }) => ({
          lineId, sku: line.sku, location: line.location, from: line.budget!.from, to: line.budget!.to,
          value: money((line.budget!.from - line.budget!.to) * (line.unitCost ?? 0)), fillBefore: line.budget!.fillBefore, fillAfter: line.budget!.fillAfter,
        }))
        .sort((a, b) => b.value - a.value),
    },
  };
}

/** The purchase orders a supplier's approved lines for one location became. */
function poNumbersOf(lines: readonly PlanLine[], supplierId: number, locationId: number): string[] {
  const numbers = lines.filter((l) => l.supplierId === supplierId && l.locationId === locationId && l.poNumber).map((l) => l.poNumber!);
  return [...new Set(numbers)].sort();
}

/**
 * Some lines of one plan, whole, in the order given (a page of the plan grid): one read for all of
 * them, names only of their SKUs.
 */
export function planLineRowsById(db: Database.Database, planId: number, lineIds: readonly number[]): PlanLineRow[] {
  if (lineIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT l.id, l.quantity, l.locked, l.edited, l.status, l.reason, l.explanation, n.name, po.po_number AS poNumber
       FROM plan_lines l JOIN products n ON n.id = l.product_id
         LEFT JOIN po_lines pl ON pl.id = l.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE l.plan_id = ? AND l.id IN (SELECT value FROM json_each(?))`,
    )
    .all(planId, JSON.stringify(lineIds)) as (StoredLineRow & { id: number; name: string })[];
  const suppliers = supplierNames(db);
  const byId = new Map(
    rows.map((row) => {
      const line = lineFromRow(row);
      return [row.id, toRow(line, row.id, new Map([[line.productId, row.name]]), suppliers)] as const;
    }),
  );
  return lineIds.flatMap((id) => byId.get(id) ?? []);
}

/** One line of one plan, read alone (an edit must not parse a 10,000-line plan). */
function findLine(db: Database.Database, planId: number, lineId: number): { plan: { planDate: string; runId: number }; line: PlanLine } {
  const row = db
    .prepare(
      `SELECT p.plan_date AS planDate, p.forecast_run_id AS runId, l.quantity, l.locked, l.edited, l.status, l.reason, l.explanation, po.po_number AS poNumber
       FROM plan_lines l JOIN plans p ON p.id = l.plan_id
         LEFT JOIN po_lines pl ON pl.id = l.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE l.id = ? AND l.plan_id = ?`,
    )
    .get(lineId, planId) as
    | (StoredLineRow & { planDate: string; runId: number | null })
    | undefined;
  if (!row) throw new AppError('not_found', `Plan ${planId} has no line ${lineId}`, { planId, lineId });
  return { plan: { planDate: row.planDate, runId: row.runId ?? 0 }, line: lineFromRow(row) };
}

function productNames(db: Database.Database, productId?: number): Map<number, string> {
  const rows = (productId === undefined
    ? db.prepare('SELECT id, name FROM products').raw(true).all()
    : db.prepare('SELECT id, name FROM products WHERE id = ?').raw(true).all(productId)) as [number, string][];
  return new Map(rows);
}

function supplierNames(db: Database.Database): Map<number, string> {
  return new Map(db.prepare('SELECT id, name FROM suppliers').raw(true).all() as [number, string][]);
}

function toRow(line: PlanLine, lineId: number, names: ReadonlyMap<number, string>, suppliers: ReadonlyMap<number, string>): PlanLineRow {
  return {
    lineId,
    productId: line.productId,
    locationId: line.locationId,
    sku: line.sku,
    name: names.get(line.productId) ?? '',
    location: line.location,
    supplierId: line.supplierId,
    supplier: line.supplier,
    supplierName: line.supplierId !== null ? (suppliers.get(line.supplierId) ?? null) : null,
    currency: line.currency,
    abc: line.abc,
    xyz: line.xyz,
    policy: line.policy,
    serviceLevel: line.serviceLevel,
    onHand: line.onHand,
    hasSnapshot: line.hasSnapshot,
    onOrder: line.onOrder,
    position: line.position,
    daysOfCover: line.daysOfCover,
    stockOutDate: line.runOutDate,
    safetyStock: line.safetyStock,
    reorderPoint: line.reorderPoint,
    needQty: Math.max(0, line.needQty),
    suggestedQty: line.suggestedQty,
    quantity: line.quantity,
    rounding: line.rounding,
    roundingParts: roundingParts(line),
    moq: line.moq,
    orderMultiple: line.orderMultiple,
    unitCost: line.unitCost,
    value: money(line.quantity * (line.unitCost ?? 0)),
    orderDate: line.orderDate,
    expectedArrival: line.expectedArrival,
    locked: line.locked,
    edited: line.edited,
    status: line.status,
    poNumber: line.status === 'approved' ? (line.poNumber ?? null) : null,
    budget: line.budget,
    unitVolume: line.unitVolume ?? null,
    unitWeight: line.unitWeight ?? null,
    container: line.container ?? null,
    containerCut: line.containerCut ?? null,
    flags: line.flags,
    reason: line.reason,
    reasonData: hasReasonData(line) ? planReason(line) : null,
  };
}
