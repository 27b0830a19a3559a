/**
 * The replenishment plan export format, version 1.2 (docs/export-format.md, docs/plan-export.schema.json).
 * Minor versions only add fields at the end; readers ignore what they do not know.
 * One row per plan line that still needs ordering (approved lines only on request, with their PO
 * number: a platform taking the file must never order an approved line twice). CSV, XLSX ("Plan"
 * sheet) and JSON ("lines") carry the same fields under the same names; JSON adds the plan header
 * and the purchase orders.
 */

import type { Locale } from '../../../shared/contract/schemas/app';
import { exportReason } from '../reason';
import type { Plan, PlanLine } from '../types';

export const EXPORT_FORMAT = 'supplydesk-plan';
export const EXPORT_VERSION = 1;
/** 1: container figures (line volume and weight, PO container fill). 2: status and PO number. 3: landed unit cost. 4: `locale` (the language of `reason`). */
export const EXPORT_MINOR_VERSION = 4;

/** The language of the `reason` column; English unless asked. */
export type ExportLocale = Locale;

/** What a line is in the export: still to order, or already a purchase order. */
export type ExportStatus = 'draft' | 'approved';

export interface ExportOptions {
  /** Also export approved lines (status approved, with their PO number); default: only what still needs ordering. */
  includeApproved?: boolean;
  /** The language of the `reason` column (English by default). */
  locale?: ExportLocale;
}

export interface ExportLine {
  plan_id: number;
  plan_date: string;
  sku: string;
  location: string;
  supplier: string;
  quantity: number;
  unit_cost: number | null;
  currency: string;
  moq: number;
  order_multiple: number;
  max_order_qty: number | null;
  order_date: string;
  expected_arrival: string;
  service_level: number;
  policy: string;
  safety_stock: number;
  rounding: string;
  reason: string;
  line_volume_m3: number | null;
  line_weight_kg: number | null;
  status: ExportStatus;
  po_number: string;
  landed_unit_cost: number | null;
}

export type ColumnKind = 'text' | 'number' | 'nullable-number' | 'integer';

/** Column order of the CSV and the XLSX Plan sheet. */
export const EXPORT_COLUMNS: readonly { name: keyof ExportLine; kind: ColumnKind }[] = [
  { name: 'plan_id', kind: 'integer' },
  { name: 'plan_date', kind: 'text' },
  { name: 'sku', kind: 'text' },
  { name: 'location', kind: 'text' },
  { name: 'supplier', kind: 'text' },
  { name: 'quantity', kind: 'number' },
  { name: 'unit_cost', kind: 'nullable-number' },
  { name: 'currency', kind: 'text' },
  { name: 'moq', kind: 'number' },
  { name: 'order_multiple', kind: 'number' },
  { name: 'max_order_qty', kind: 'nullable-number' },
  { name: 'order_date', kind: 'text' },
  { name: 'expected_arrival', kind: 'text' },
  { name: 'service_level', kind: 'number' },
  { name: 'policy', kind: 'text' },
  { name: 'safety_stock', kind: 'number' },
  { name: 'rounding', kind: 'text' },
  { name: 'reason', kind: 'text' },
  { name: 'line_volume_m3', kind: 'nullable-number' },
  { name: 'line_weight_kg', kind: 'nullable-number' },
  { name: 'status', kind: 'text' },
  { name: 'po_number', kind: 'text' },
  { name: 'landed_unit_cost', kind: 'nullable-number' },
];

/** The lines a file carries: drafts that order something, and approved lines when asked for. */
export function exportedPlanLines(lines: readonly PlanLine[], options: ExportOptions = {}): PlanLine[] {
  return lines.filter((l) => l.quantity > 0 && l.supplier !== null && l.status !== 'cut' && (l.status !== 'approved' || options.includeApproved === true));
}

export function exportLines(plan: Pick<Plan, 'id' | 'planDate' | 'lines'>, options: ExportOptions = {}): ExportLine[] {
  return exportedPlanLines(plan.lines, options).map((l) => toExportLine(plan.id ?? 0, plan.planDate, l, options.locale ?? 'en'));
}

function toExportLine(planId: number, planDate: string, l: PlanLine, locale: ExportLocale): ExportLine {
  return {
    plan_id: planId,
    plan_date: planDate,
    sku: l.sku,
    location: l.location,
    supplier: l.supplier ?? '',
    quantity: l.quantity,
    unit_cost: l.unitCost,
    currency: l.currency,
    moq: l.moq,
    order_multiple: l.orderMultiple,
    max_order_qty: l.maxOrderQty,
    order_date: l.orderDate,
    expected_arrival: l.expectedArrival,
    service_level: l.serviceLevel,
    policy: l.policy,
    safety_stock: Math.round(l.safetyStock * 100) / 100,
    rounding: l.rounding,
    reason: exportReason(l, locale),
    line_volume_m3: l.unitVolume != null ? Math.round(l.quantity * l.unitVolume * 1e4) / 1e4 : null,
    line_weight_kg: l.unitWeight != null ? Math.round(l.quantity * l.unitWeight * 100) / 100 : null,
    status: l.status === 'approved' ? 'approved' : 'draft',
    po_number: l.status === 'approved' ? (l.poNumber ?? '') : '',
    landed_unit_cost: l.landedUnitCost ?? null,
  };
}
