import type ExcelJS from 'exceljs';

/**
 * The one cell writer for every CSV and XLSX file the product writes.
 *
 * Spreadsheet formula injection (CSV injection): text that starts with = + - @ (or a tab or carriage
 * return, which some programs strip before looking) can run as a formula when the file is opened.
 * Supplier names, SKUs and notes come from users and suppliers, so every text cell goes through
 * escapeCellText, which puts an apostrophe in front, as OWASP recommends: spreadsheets show the text
 * as typed and never evaluate it. The rule is the same for every text cell, including text that
 * looks like a number ("-2" as text becomes "'-2"). Numbers typed as numbers are written as numbers
 * and never touched, so a negative quantity stays a number. unescapeCellText undoes the escape when a
 * file comes back as an import (plan export, supplier confirmations).
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function escapeCellText(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeCellText: an apostrophe is removed only in front of a character that escapeCellText guards. */
export function unescapeCellText(text: string): string {
  return text.startsWith("'") && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** What a CSV field may hold: text is escaped, finite numbers are written as numbers, the rest is empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: text escaped against formulas, quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = escapeCellText(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record (no line ending): every field through csvField. */
export function csvRecord(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvField(values[i]) : `,${csvField(values[i])}`;
  return line;
}

/** What an XLSX cell may hold when written through xlsxValue. */
export type CellValue = string | number | Date | boolean | null;

/** Every XLSX value goes in through here: text escaped against formulas, non-finite numbers left empty. */
export function xlsxValue(value: CellValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return escapeCellText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/** Adds a row of values, each through xlsxValue. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly (CellValue | undefined)[]): ExcelJS.Row {
  return sheet.addRow(values.map(xlsxValue));
}
