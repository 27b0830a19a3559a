/**
 * Writes a plan's logistics as CSV (UTF-8 with BOM, CRLF), JSON or XLSX, every text cell escaped
 * against formula injection by the file layer's one cell writer; numbers stay numbers.
 */

import ExcelJS from 'exceljs';
import { addSafeRow, csvRecord, escapeCellText } from '../../ground/files/safe-cell';
import { fitColumnWidths, freezeRows, styleHeader } from '../../ground/files/xlsx-style';
import { writeAtomically, writeTextAtomically } from '../../ground/files/write-atomically';
import { describeNote, describeReason } from '../describe';
import type { LogisticsPlan } from '../types';
import { LOGISTICS_COLUMNS, LOGISTICS_FORMAT, LOGISTICS_MINOR_VERSION, LOGISTICS_VERSION, type LogisticsRow } from './format';

export type LogisticsExportFormat = 'csv' | 'json' | 'xlsx';

export async function writeLogisticsFile(result: LogisticsPlan, rows: readonly LogisticsRow[], file: string, format: LogisticsExportFormat): Promise<void> {
  if (format === 'csv') await writeTextAtomically(file, `\uFEFF${logisticsCsv(rows)}`);
  else if (format === 'json') await writeTextAtomically(file, `${JSON.stringify(logisticsJson(result, rows), null, 2)}\n`);
  else {
    const workbook = logisticsWorkbook(result, rows);
    await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
  }
}

export function logisticsCsv(rows: readonly LogisticsRow[]): string {
  const lines = [csvRecord([...LOGISTICS_COLUMNS])];
  for (const row of rows) lines.push(csvRecord(LOGISTICS_COLUMNS.map((c) => row[c])));
  return `${lines.join('\r\n')}\r\n`;
}

const safe = (v: unknown) => (typeof v === 'string' ? escapeCellText(v) : v);
const safeObject = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v.map(safe) : safe(v)]));

function containerRecords(result: LogisticsPlan) {
  return result.containers.map((c) => ({
    container: c.id, origin_port: c.originPort, to: c.to, week_start: c.weekStart, type: c.kind, volume_m3: c.volumeM3, weight_kg: c.weightKg,
    fill_pct: c.fillPct, binding: c.binding, cost: c.cost, suppliers: c.suppliers.join(' '), lines: c.lines,
  }));
}

function expediteRecords(result: LogisticsPlan) {
  return result.expediteCandidates.map((e) => ({
    po_number: e.poNumber, sku: e.sku, supplier: e.supplier, to: e.to, quantity: e.quantity, stockout_date: e.stockoutDate,
    current_arrival_date: e.currentArrivalDate, expedited_arrival_date: e.expeditedArrivalDate, mode: e.mode, extra_freight: e.extraFreight,
    margin_saved: e.marginSaved, reason: describeReason(e.reason),
  }));
}

export function logisticsJson(result: LogisticsPlan, rows: readonly LogisticsRow[]) {
  return {
    format: LOGISTICS_FORMAT,
    version: LOGISTICS_VERSION,
    minor_version: LOGISTICS_MINOR_VERSION,
    plan: { id: result.planId, plan_date: result.planDate },
    currency: result.currency,
    rows: rows.map(safeObject),
    containers: containerRecords(result).map(safeObject),
    expedite: expediteRecords(result).map(safeObject),
    notes: result.notes.map((n) => escapeCellText(describeNote(n))),
  };
}

function addTable(workbook: ExcelJS.Workbook, name: string, records: readonly Record<string, unknown>[], columns: readonly string[]): void {
  const sheet = workbook.addWorksheet(name);
  styleHeader(addSafeRow(sheet, [...columns]));
  for (const r of records) addSafeRow(sheet, columns.map((c) => r[c] as string | number | null));
  freezeRows(sheet, 1);
  fitColumnWidths(sheet);
}

export function logisticsWorkbook(result: LogisticsPlan, rows: readonly LogisticsRow[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  addTable(workbook, 'Logistics', rows as unknown as Record<string, unknown>[], LOGISTICS_COLUMNS);
  const containers = containerRecords(result);
  addTable(workbook, 'Containers', containers, ['container', 'origin_port', 'to', 'week_start', 'type', 'volume_m3', 'weight_kg', 'fill_pct', 'binding', 'cost', 'suppliers', 'lines']);
  const expedite = expediteRecords(result);
  addTable(workbook, 'Expedite', expedite, ['po_number', 'sku', 'supplier', 'to', 'quantity', 'stockout_date', 'current_arrival_date', 'expedited_arrival_date', 'mode', 'extra_freight', 'margin_saved', 'reason']);
  const about = workbook.addWorksheet('About');
  addSafeRow(about, ['format', LOGISTICS_FORMAT]);
  addSafeRow(about, ['version', LOGISTICS_VERSION]);
  addSafeRow(about, ['minor_version', LOGISTICS_MINOR_VERSION]);
  addSafeRow(about, ['plan_id', result.planId]);
  addSafeRow(about, ['plan_date', result.planDate]);
  addSafeRow(about, ['currency', result.currency]);
  for (const note of result.notes) addSafeRow(about, ['note', describeNote(note)]);
  return workbook;
}
