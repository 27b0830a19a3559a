import type ExcelJS from 'exceljs';
import { dayFromIso } from '../calendar';

/** Number formats used across the packs and exports. */
export const FORMAT = {
  percent: '0.0%',
  integer: '#,##0',
  decimal: '#,##0.0',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
} as const;

/** An ISO date as a date cell (UTC midnight, which is how exceljs maps Excel serial days). */
export function dateCell(iso: string | null): Date | null {
  if (!iso) return null;
  const day = dayFromIso(iso);
  return Number.isNaN(day) ? null : new Date(day * 86_400_000);
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5496' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F3864' } } };
  });
  row.height = 30;
}

export function styleTitle(row: ExcelJS.Row): void {
  row.font = { bold: true, size: 14 };
}

/** Number formats by 1-based column. */
export function formatColumns(sheet: ExcelJS.Worksheet, formats: Record<number, string>): void {
  for (const [column, numFmt] of Object.entries(formats)) sheet.getColumn(Number(column)).numFmt = numFmt;
}

export function freezeRows(sheet: ExcelJS.Worksheet, rows: number): void {
  sheet.views = [{ state: 'frozen', ySplit: rows, xSplit: 0 }];
}

/** Widths from the longest value in each column; CJK characters count double. */
export function fitColumnWidths(sheet: ExcelJS.Worksheet, min = 8, max = 48): void {
  const widths: number[] = [];
  sheet.eachRow((row) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const width = displayWidth(cell);
      if (width > (widths[column] ?? 0)) widths[column] = width;
    });
  });
  widths.forEach((width, column) => {
    if (width !== undefined) sheet.getColumn(column).width = Math.min(max, Math.max(min, width + 2));
  });
}

function displayWidth(cell: ExcelJS.Cell): number {
  const value = cell.value;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return Math.min(14, String(Math.round(value * 100) / 100).length + 3);
  const text = value === null || value === undefined ? '' : String(value);
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  // Header cells wrap, so a long header need not widen its column much.
  return Number(cell.row) === 1 || cell.font?.bold ? Math.min(width, 18) : width;
}
