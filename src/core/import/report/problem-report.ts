import fs from 'node:fs';
import type { ImportResult, Problem } from '../types';

const COLUMNS: (keyof Problem)[] = ['file', 'row', 'column', 'field', 'value', 'severity', 'code', 'message'];

/**
 * The problem report a merchant opens in Excel: CSV in UTF-8 with a BOM (so Chinese
 * shows), cells that a spreadsheet would run as formulas escaped. JSON for `.json`.
 */
export function writeProblemReport(file: string, result: ImportResult): void {
  if (file.toLowerCase().endsWith('.json')) {
    fs.writeFileSync(file, JSON.stringify({ ...result.problems, rowsRead: result.rowsRead, status: result.status }, null, 2));
    return;
  }
  const lines = [COLUMNS.join(',')];
  for (const problem of result.problems.list) lines.push(COLUMNS.map((c) => csvCell(problem[c])).join(','));
  fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
