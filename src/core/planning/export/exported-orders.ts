/**
 * The purchase orders an export lists: one per supplier and location of the lines still to order
 * (status draft), and, when approved lines are exported too, one per purchase order they became
 * (status approved, with its PO number). Built from the lines' statuses, so an approved order is
 * never listed as a draft.
 */

import { buildDrafts } from '../po-drafts';
import type { Plan, PlanLine, SupplierDraft } from '../types';
import { exportedPlanLines, type ExportOptions, type ExportStatus } from './format';

export interface ExportedOrder {
  draft: SupplierDraft;
  status: ExportStatus;
  /** The purchase order's number once approved; null for a draft. */
  poNumber: string | null;
}

export function exportedOrders(plan: Pick<Plan, 'lines' | 'drafts'>, options: ExportOptions = {}): ExportedOrder[] {
  const suppliers = new Map(plan.drafts.map((d) => [d.supplierId, d]));
  // All unapproved lines, as the plan's drafts count them (lines the container limit cut to 0 included).
  const drafts = buildDrafts(
    plan.lines.filter((l) => l.status !== 'approved'),
    suppliers,
  ).map((draft): ExportedOrder => ({ draft, status: 'draft', poNumber: null }));
  const byPo = new Map<string, PlanLine[]>();
  for (const line of exportedPlanLines(plan.lines, options)) {
    if (line.status !== 'approved') continue;
    const po = line.poNumber ?? '';
    const group = byPo.get(po);
    if (group) group.push(line);
    else byPo.set(po, [line]);
  }
  const approved = [...byPo].flatMap(([po, group]) =>
    buildDrafts(group, suppliers).map((draft): ExportedOrder => ({ draft, status: 'approved', poNumber: po === '' ? null : po })),
  );
  return [...drafts, ...approved];
}

/** The plan as far as it still needs ordering: its unapproved lines and their drafts (for PO workbooks of drafts). */
export function stillToOrder<P extends Pick<Plan, 'lines' | 'drafts'>>(plan: P): P {
  return { ...plan, lines: plan.lines.filter((l) => l.status !== 'approved'), drafts: exportedOrders(plan).map((o) => o.draft) };
}
