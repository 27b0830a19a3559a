/** A plan as an XLSX workbook: its lines, its PO drafts and what the file is (write-export.ts writes it). */

import ExcelJS from 'exceljs';
import { fitColumnWidths, freezeRows, styleHeader } from '../../ground/files/xlsx-style';
import { addSafeRow } from '../../ground/files/safe-cell';
import { EXPORT_COLUMNS, EXPORT_FORMAT, EXPORT_MINOR_VERSION, EXPORT_VERSION, type ExportLine, type ExportLocale } from './format';
import { exportedOrders, type ExportedOrder } from './exported-orders';
import { draftRecord, type ExportablePlan } from './draft-record';

/** The PO drafts sheet's columns: the JSON purchase_orders fields, in that order. */
const DRAFT_COLUMNS = [
  'supplier', 'supplier_name', 'location', 'currency', 'order_date', 'expected_arrival', 'lines', 'units', 'value', 'min_order_value',
  'min_order_value_met', 'container_volume_m3', 'container_weight_kg', 'max_containers', 'container_status', 'containers', 'container_fill',
  'volume_m3', 'weight_kg', 'status', 'po_number',
] as const;

export function planWorkbook(plan: ExportablePlan, lines: readonly ExportLine[], orders: readonly ExportedOrder[] = exportedOrders(plan), locale: ExportLocale = 'en'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  const sheet = workbook.addWorksheet('Plan');
  styleHeader(addSafeRow(sheet, EXPORT_COLUMNS.map((c) => c.name)));
  for (const line of lines) addSafeRow(sheet, EXPORT_COLUMNS.map((c) => line[c.name]));
  freezeRows(sheet, 1);
  fitColumnWidths(sheet);
  const drafts = workbook.addWorksheet('PO drafts');
  styleHeader(addSafeRow(drafts, [...DRAFT_COLUMNS]));
  for (const order of orders) {
    const d = order.draft;
    const r = { ...draftRecord(order), supplier: d.supplier, supplier_name: d.supplierName, location: d.location, po_number: order.poNumber };
    const met = r.min_order_value_met === null ? 'no minimum' : r.min_order_value_met ? 'met' : 'not met';
    addSafeRow(drafts, DRAFT_COLUMNS.map((c) => (c === 'min_order_value_met' ? met : r[c])));
  }
  fitColumnWidths(drafts);
  const about = workbook.addWorksheet('About');
  addSafeRow(about, ['format', EXPORT_FORMAT]);
  addSafeRow(about, ['version', EXPORT_VERSION]);
  addSafeRow(about, ['minor_version', EXPORT_MINOR_VERSION]);
  addSafeRow(about, ['plan_id', plan.id ?? 0]);
  addSafeRow(about, ['plan_date', plan.planDate]);
  addSafeRow(about, ['locale', locale]);
  return workbook;
}
