import fs from 'node:fs';
import { csvRecord } from '../../ground/files/safe-cell';
import { writeAtomicallySync } from '../../ground/files/write-atomically';
import type { ImportResult, Problem } from '../types';

const COLUMNS: (keyof Problem)[] = ['file', 'row', 'column', 'field', 'value', 'severity', 'code', 'message'];

/**
 * The problem report a merchant opens in Excel: CSV in UTF-8 with a BOM (so Chinese
 * shows), text cells that a spreadsheet would run as formulas escaped. JSON for `.json`.
 */
export function writeProblemReport(file: string, result: ImportResult): void {
  if (file.toLowerCase().endsWith('.json')) {
    const json = JSON.stringify({ ...result.problems, rowsRead: result.rowsRead, status: result.status }, null, 2);
    writeAtomicallySync(file, (partial) => fs.writeFileSync(partial, json));
    return;
  }
  const text = problemReportCsv(result.problems.list);
  writeAtomicallySync(file, (partial) => fs.writeFileSync(partial, text, 'utf8'));
}

export function problemReportCsv(problems: readonly Problem[]): string {
  const lines = [csvRecord(COLUMNS)];
  for (const problem of problems) lines.push(csvRecord(COLUMNS.map((c) => problem[c])));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
