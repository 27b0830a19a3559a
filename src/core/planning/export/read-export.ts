/** Reads an exported plan back (CSV, JSON or XLSX), undoing the formula escape: the round trip of the format. */

import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../ground/errors/app-error';
import { readCsvText } from '../../ground/files/read/csv-text';
import { unescapeCellText } from '../../ground/files/safe-cell';
import { EXPORT_COLUMNS, EXPORT_FORMAT, type ExportLine } from './format';

export async function readPlanFile(file: string): Promise<ExportLine[]> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return readJson(fs.readFileSync(file, 'utf8'));
  if (lower.endsWith('.csv')) return readCsv(fs.readFileSync(file, 'utf8'));
  if (lower.endsWith('.xlsx')) return readXlsx(file);
  throw new AppError('not_supported', `Plans are read from .csv, .json or .xlsx, not ${file}`, { path: file });
}

function readJson(text: string): ExportLine[] {
  const doc = JSON.parse(text) as { format?: string; lines?: Record<string, unknown>[] };
  if (doc.format !== EXPORT_FORMAT || !Array.isArray(doc.lines)) throw new AppError('invalid_input', 'Not a SupplyDesk plan export', {});
  return doc.lines.map((r) => typed(r));
}

function readCsv(text: string): ExportLine[] {
  const [header, ...rows] = readCsvText(text).filter((row) => row.length > 1 || row[0] !== '');
  return rows.map((row) => typed(Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? '']))));
}

async function readXlsx(file: string): Promise<ExportLine[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Plan');
  if (!sheet) throw new AppError('invalid_input', 'The workbook has no Plan sheet', { path: file });
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: ExportLine[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(typed(Object.fromEntries(header.map((name, i) => [name, values[i] ?? null]))));
  });
  return out;
}

/** Converts by the column's kind; empty cells are null for nullable numbers and '' for text. */
function typed(record: Record<string, unknown>): ExportLine {
  const out: Record<string, unknown> = {};
  for (const { name, kind } of EXPORT_COLUMNS) {
    const v = record[name];
    const empty = v === null || v === undefined || v === '';
    if (kind === 'text') out[name] = empty ? '' : unescapeCellText(String(v));
    else if (kind === 'nullable-number') out[name] = empty ? null : Number(v);
    else out[name] = empty ? 0 : Number(v);
  }
  return out as unknown as ExportLine;
}
