/** One purchase order workbook per supplier draft: header, lines, total and the minimum check. */

import path from 'node:path';
import ExcelJS from 'exceljs';
import { addSafeRow, fitColumnWidths, styleHeader, styleTitle } from '../../suppliers/pack/xlsx-style';
import { writeAtomically } from '../../suppliers/write-atomically';
import { containerFillText } from '../containers';
import type { Plan, SupplierDraft } from '../types';

export function purchaseOrderWorkbook(plan: Pick<Plan, 'id' | 'lines'>, draft: SupplierDraft): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  const sheet = workbook.addWorksheet('Purchase order');
  styleTitle(addSafeRow(sheet, [`Purchase order draft: ${draft.supplier} ${draft.supplierName}`]));
  addSafeRow(sheet, ['Plan', plan.id ?? 0]);
  addSafeRow(sheet, ['Ship to', draft.location]);
  addSafeRow(sheet, ['Order date', draft.orderDate]);
  addSafeRow(sheet, ['Expected arrival', draft.expectedArrival]);
  addSafeRow(sheet, []);
  styleHeader(addSafeRow(sheet, ['line', 'sku', 'quantity', 'unit_cost', 'amount', 'moq', 'order_multiple', 'expected_arrival', 'rounding']));
  const lines = plan.lines.filter((l) => l.quantity > 0 && l.supplierId === draft.supplierId && l.locationId === draft.locationId);
  lines.forEach((l, i) => {
    addSafeRow(sheet, [i + 1, l.sku, l.quantity, l.unitCost, Math.round(l.quantity * (l.unitCost ?? 0) * 100) / 100, l.moq, l.orderMultiple, l.expectedArrival, l.rounding]);
  });
  addSafeRow(sheet, []);
  addSafeRow(sheet, ['Total', '', draft.units, '', draft.value, draft.currency]);
  const minimum = draft.minOrderValue === null ? 'no minimum order value' : `minimum order value ${draft.minOrderValue}: ${draft.minOrderValueMet ? 'met' : 'NOT met'}`;
  addSafeRow(sheet, ['Supplier minimum', minimum]);
  if (draft.container) addSafeRow(sheet, ['Containers', containerFillText(draft.container)]);
  fitColumnWidths(sheet);
  return workbook;
}

/** Writes PO-<supplier>-<location>.xlsx per draft into `dir`; returns the files written. */
export async function writePurchaseOrderFiles(plan: Pick<Plan, 'id' | 'lines' | 'drafts'>, dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const draft of plan.drafts) {
    const safeName = `${draft.supplier}-${draft.location}`.replace(/[^A-Za-z0-9._-]+/g, '_');
    const file = path.join(dir, `PO-${safeName}.xlsx`);
    const workbook = purchaseOrderWorkbook(plan, draft);
    await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
    files.push(file);
  }
  return files;
}
