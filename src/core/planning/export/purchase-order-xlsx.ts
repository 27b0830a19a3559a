/**
 * One purchase order workbook per supplier draft: a header (supplier, ship-to, order date, expected
 * arrival, totals, container fill, the supplier minimum) and the lines (SKU, name, quantity, unit
 * cost, amount, terms). Written by the CLI's --po-dir for every draft and by the Replenishment page
 * for one draft (draft-purchase-order.ts). Text cells are formula-escaped.
 */

import path from 'node:path';
import ExcelJS from 'exceljs';
import { fitColumnWidths, styleHeader, styleTitle } from '../../ground/files/xlsx-style';
import { addSafeRow } from '../../ground/files/safe-cell';
import { writeAtomically } from '../../ground/files/write-atomically';
import { containerFillText } from '../containers';
import type { Plan, PlanLine, SupplierDraft } from '../types';

/** Product names by id, for the lines (a SKU code alone is hard for a supplier to read). */
export type ProductNames = ReadonlyMap<number, string>;

export const PURCHASE_ORDER_LINE_COLUMNS = ['line', 'sku', 'name', 'quantity', 'unit_cost', 'amount', 'moq', 'order_multiple', 'expected_arrival', 'rounding'] as const;

export function purchaseOrderWorkbook(plan: Pick<Plan, 'id' | 'lines'>, draft: SupplierDraft, names: ProductNames = new Map()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  const sheet = workbook.addWorksheet('Purchase order');
  styleTitle(addSafeRow(sheet, [`Purchase order draft: ${draft.supplier} ${draft.supplierName}`]));
  addSafeRow(sheet, ['Supplier', draft.supplier, draft.supplierName]);
  addSafeRow(sheet, ['Plan', plan.id ?? 0]);
  addSafeRow(sheet, ['Ship to', draft.location]);
  addSafeRow(sheet, ['Order date', draft.orderDate]);
  addSafeRow(sheet, ['Expected arrival', draft.expectedArrival]);
  addSafeRow(sheet, ['Total', draft.value, draft.currency]);
  addSafeRow(sheet, ['Units', draft.units]);
  addSafeRow(sheet, ['Lines', draft.lines]);
  addSafeRow(sheet, ['Containers', draft.container ? containerFillText(draft.container) : 'no container limit']);
  const minimum = draft.minOrderValue === null ? 'no minimum order value' : `minimum order value ${draft.minOrderValue}: ${draft.minOrderValueMet ? 'met' : 'NOT met'}`;
  addSafeRow(sheet, ['Supplier minimum', minimum]);
  addSafeRow(sheet, []);
  styleHeader(addSafeRow(sheet, [...PURCHASE_ORDER_LINE_COLUMNS]));
  draftLines(plan.lines, draft).forEach((l, i) => {
    addSafeRow(sheet, [
      i + 1, l.sku, names.get(l.productId) ?? '', l.quantity, l.unitCost, Math.round(l.quantity * (l.unitCost ?? 0) * 100) / 100,
      l.moq, l.orderMultiple, l.expectedArrival, l.rounding,
    ]);
  });
  addSafeRow(sheet, []);
  addSafeRow(sheet, ['Total', '', '', draft.units, '', draft.value, draft.currency]);
  fitColumnWidths(sheet);
  return workbook;
}

/** The lines of one draft: its supplier and location, ordering something. */
export function draftLines(lines: readonly PlanLine[], draft: Pick<SupplierDraft, 'supplierId' | 'locationId'>): PlanLine[] {
  return lines.filter((l) => l.quantity > 0 && l.supplierId === draft.supplierId && l.locationId === draft.locationId);
}

export function purchaseOrderFileName(draft: Pick<SupplierDraft, 'supplier' | 'location'>): string {
  return `PO-${`${draft.supplier}-${draft.location}`.replace(/[^A-Za-z0-9._-]+/g, '_')}.xlsx`;
}

export async function writePurchaseOrderFile(plan: Pick<Plan, 'id' | 'lines'>, draft: SupplierDraft, file: string, names: ProductNames): Promise<void> {
  const workbook = purchaseOrderWorkbook(plan, draft, names);
  await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
}

/** Writes PO-<supplier>-<location>.xlsx per draft into `dir`; returns the files written. */
export async function writePurchaseOrderFiles(plan: Pick<Plan, 'id' | 'lines' | 'drafts'>, dir: string, names: ProductNames = new Map()): Promise<string[]> {
  const files: string[] = [];
  for (const draft of plan.drafts) {
    const file = path.join(dir, purchaseOrderFileName(draft));
    await writePurchaseOrderFile(plan, draft, file, names);
    files.push(file);
  }
  return files;
}
