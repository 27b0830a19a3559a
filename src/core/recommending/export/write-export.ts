/**
 * Writes a recommendation export as CSV (UTF-8 with BOM, CRLF), XLSX or JSON through the one
 * injection-safe cell writer: text that could run as a formula gets a leading apostrophe.
 */

import ExcelJS from 'exceljs';
import type { RecommendExportKind } from '../../../shared/contract/schemas/recommend';
import { addSafeRow, csvRecord, escapeCellText } from '../../ground/files/safe-cell';
import { writeAtomically, writeTextAtomically } from '../../ground/files/write-atomically';
import { fitColumnWidths, freezeRows, styleHeader } from '../../ground/files/xlsx-style';
import type { ExportHeader } from './export-rows';
import {
  RECOMMEND_EXPORT_COLUMNS,
  RECOMMEND_EXPORT_FORMATS,
  RECOMMEND_EXPORT_MINOR_VERSION,
  RECOMMEND_EXPORT_VERSION,
  SHEET_NAMES,
  type ExportRow,
} from './format';

export type FileFormat = 'csv' | 'xlsx' | 'json';

export function formatOfFile(file: string): FileFormat | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' || ext === 'json' ? ext : null;
}

export async function writeRecommendExport(file: string, format: FileFormat, kind: RecommendExportKind, header: ExportHeader, rows: readonly ExportRow[]): Promise<void> {
  const columns = RECOMMEND_EXPORT_COLUMNS[kind];
  if (format === 'csv') {
    const lines = [csvRecord(columns), ...rows.map((r) => csvRecord(columns.map((c) => r[c])))];
    await writeTextAtomically(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  if (format === 'json') {
    const safe = (v: unknown) => (typeof v === 'string' ? escapeCellText(v) : v);
    const json = {
      format: RECOMMEND_EXPORT_FORMATS[kind],
      version: RECOMMEND_EXPORT_VERSION,
      minor_version: RECOMMEND_EXPORT_MINOR_VERSION,
      run: { id: header.runId, as_of: header.asOf },
      rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, safe(r[c] ?? null)]))),
    };
    await writeTextAtomically(file, `${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind]);
  styleHeader(addSafeRow(sheet, [...columns]));
  for (const r of rows) addSafeRow(sheet, columns.map((c) => r[c] ?? null));
  freezeRows(sheet, 1);
  fitColumnWidths(sheet);
  const about = workbook.addWorksheet('About');
  addSafeRow(about, ['format', RECOMMEND_EXPORT_FORMATS[kind]]);
  addSafeRow(about, ['version', RECOMMEND_EXPORT_VERSION]);
  addSafeRow(about, ['minor_version', RECOMMEND_EXPORT_MINOR_VERSION]);
  addSafeRow(about, ['run_id', header.runId]);
  addSafeRow(about, ['as_of', header.asOf]);
  await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
}
