import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../ground/errors/app-error';
import { isoFromDay } from '../../ground/calendar';
import { OPEN_POS_SHEET } from '../pack/open-pos-sheet';
import { readCsvText } from '../../ground/files/read/csv-text';
import { unescapeCellText } from '../../ground/files/safe-cell';
import type { ConfirmationRow } from './types';

type Field = Exclude<keyof ConfirmationRow, 'row'>;

/** Header spellings, compared without case, spaces, underscores or punctuation. */
const HEADER_ALIASES: Record<Field, string[]> = {
  po_number: ['ponumber', 'po', 'pono', 'purchaseorder', '采购单号', '采购单', '订单号'],
  line_no: ['lineno', 'line', 'linenumber', '行号'],
  sku: ['sku', 'itemcode', '商品编码', '货号'],
  confirmed_qty: ['confirmedqty', 'confirmedquantity', 'confirmqty', 'qtyconfirmed', '确认数量'],
  confirmed_date: ['confirmeddate', 'confirmdate', 'confirmeddeliverydate', '确认交期', '确认日期'],
};

/**
 * Reads a supplier's confirmations from CSV or XLSX (the pack's "Open POs" sheet, else the first).
 * Header row first; row numbers in messages are the file's. CSV is UTF-8, or GB18030 when it is not
 * valid UTF-8 (Excel on Chinese Windows saves that). The general import engine does much more; this
 * reads one known shape.
 */
export async function readConfirmationsFile(file: string): Promise<ConfirmationRow[]> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return toRows(await readXlsx(file), file);
  if (extension === '.csv' || extension === '.txt') return toRows(readCsv(file), file);
  throw new AppError('not_supported', `Confirmations are read from .csv or .xlsx files, not ${extension || 'this file'}`, { path: file });
}

type Cell = string | number | null;

function toRows(table: Cell[][], file: string): ConfirmationRow[] {
  const [header = [], ...body] = table;
  const columns = mapHeaders(header);
  const missing = [
    columns.po_number === undefined ? 'po_number' : null,
    columns.sku === undefined && columns.line_no === undefined ? 'sku or line_no' : null,
    columns.confirmed_qty === undefined && columns.confirmed_date === undefined ? 'confirmed_qty or confirmed_date' : null,
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new AppError('invalid_input', `${path.basename(file)} has no ${missing.join(', ')} column`, { path: file, missing });
  }
  const rows: ConfirmationRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c === null || c === '')) return;
    const get = (field: Field) => (columns[field] === undefined ? null : (cells[columns[field]] ?? null));
    rows.push({
      row: index + 2,
      po_number: get('po_number') === null ? null : String(get('po_number')),
      sku: get('sku') === null ? null : String(get('sku')),
      line_no: get('line_no'),
      confirmed_qty: get('confirmed_qty'),
      confirmed_date: get('confirmed_date') === null ? null : String(get('confirmed_date')),
    });
  });
  return rows;
}

function mapHeaders(header: readonly Cell[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((cell, index) => {
    const key = String(cell ?? '').toLowerCase().replace(/[\s_\-./()#:：（）]/g, '');
    for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [Field, string[]][]) {
      if (columns[field] === undefined && aliases.includes(key)) columns[field] = index;
    }
  });
  return columns;
}

async function readXlsx(file: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(OPEN_POS_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const table: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = plainCell(cell.value)));
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(table, (r) => r ?? []);
}

/** exceljs values (dates, formulas, rich text, hyperlinks) as plain text or numbers. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoFromDay(Math.round(value.getTime() / 86_400_000));
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return unescapeCellText(value.trim());
  if (typeof value === 'boolean') return String(value);
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  return null;
}

function readCsv(file: string): Cell[][] {
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'gb18030');
  }
  return readCsvText(text).map((cells) => cells.map((c) => (c.trim() === '' ? null : unescapeCellText(c.trim()))));
}
