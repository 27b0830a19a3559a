/**
 * Writes a plan as CSV (UTF-8 with BOM, CRLF), JSON or XLSX. Text cells starting with = + - @
 * (or tab / carriage return) get a leading apostrophe against formula injection; numbers stay numbers.
 */

import ExcelJS from 'exceljs';
import { fitColumnWidths, freezeRows, styleHeader } from '../../ground/files/xlsx-style';
import { addSafeRow, csvRecord, escapeCellText } from '../../ground/files/safe-cell';
import { writeAtomically, writeTextAtomically } from '../../ground/files/write-atomically';
import type { Plan } from '../types';
import { EXPORT_COLUMNS, EXPORT_FORMAT, EXPORT_MINOR_VERSION, EXPORT_VERSION, exportLines, type ExportLine, type ExportLocale, type ExportOptions } from './format';
import { exportedOrders, type ExportedOrder } from './exported-orders';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

type ExportablePlan = Pick<Plan, 'id' | 'planDate' | 'createdAt' | 'runId' | 'lines' | 'drafts'>;

/** Writes the plan's lines still to order (and, asked for, its approved lines with their PO numbers); returns how many lines. */
export async function writePlanFile(plan: ExportablePlan, file: string, format: ExportFormat, options: ExportOptions = {}): Promise<number> {
  const lines = exportLines(plan, options);
  const orders = exportedOrders(plan, options);
  if (format === 'csv') await writeTextAtomically(file, `\uFEFF${planCsv(lines)}`);
  else if (format === 'json') await writeTextAtomically(file, `${JSON.stringify(planJson(plan, lines, orders, options.locale), null, 2)}\n`);
  else {
    const workbook = planWorkbook(plan, lines, orders, options.locale);
    await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
  }
  return lines.length;
}

export function planCsv(lines: readonly ExportLine[]): string {
  const rows = [csvRecord(EXPORT_COLUMNS.map((c) => c.name))];
  for (const line of lines) rows.push(csvRecord(EXPORT_COLUMNS.map((c) => line[c.name])));
  return `${rows.join('\r\n')}\r\n`;
}

/** JSON text is data, not a spreadsheet: escaped too, so a JSON → spreadsheet hop stays safe. */
export function planJson(plan: ExportablePlan, lines: readonly ExportLine[], orders: readonly ExportedOrder[] = exportedOrders(plan), locale: ExportLocale = 'en') {
  const safe = (v: unknown) => (typeof v === 'string' ? escapeCellText(v) : v);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    minor_version: EXPORT_MINOR_VERSION,
    locale,
    plan: { id: plan.id ?? 0, plan_date: plan.planDate, created_at: plan.createdAt, forecast_run_id: plan.runId },
    lines: lines.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, safe(v)]))),
    purchase_orders: orders.map((o) => draftRecord(o)),
  };
}

function draftRecord({ draft: d, status, poNumber }: ExportedOrder) {
  const c = d.container;
  return {
    supplier: escapeCellText(d.supplier), supplier_name: escapeCellText(d.supplierName), location: escapeCellText(d.location),
    currency: d.currency, order_date: d.orderDate, expected_arrival: d.expectedArrival, lines: d.lines, units: d.units,
    value: d.value, min_order_value: d.minOrderValue, min_order_value_met: d.minOrderValueMet,
    container_volume_m3: c?.volumeM3 ?? null, container_weight_kg: c?.weightKg ?? null, max_containers: c?.maxContainers ?? null,
    container_status: c?.status ?? null, containers: c && c.status !== 'no_data' ? c.containers : null,
    container_fill: c && c.status !== 'no_data' ? Math.round(c.fill * 1e4) / 1e4 : null,
    volume_m3: c ? c.volume : null, weight_kg: c ? c.weight : null,
    status, po_number: poNumber === null ? null : escapeCellText(poNumber),
  };
}

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
