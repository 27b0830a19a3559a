import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../ground/errors/app-error';
import { fitColumnWidths, freezeRows, styleHeader } from '../ground/files/xlsx-style';
import { addSafeRow, csvRecord } from '../ground/files/safe-cell';
import { SCORECARD_COLUMNS } from './scorecard-columns';
import type { ScorecardReport } from './scorecards';
import { writeAtomically, writeTextAtomically } from '../ground/files/write-atomically';

/** Digits kept in CSV: rates to 0.01 percentage point, days and money to a hundredth. */
const CSV_DECIMALS = 4;

/** Writes the report as CSV (UTF-8 with BOM, so Excel shows Chinese names) or XLSX, by extension. */
export async function writeScorecardFile(report: ScorecardReport, file: string): Promise<'csv' | 'xlsx'> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') {
    await writeTextAtomically(file, `\uFEFF${scorecardCsv(report)}`);
    return 'csv';
  }
  if (extension === '.xlsx') {
    const workbook = scorecardWorkbook(report);
    await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
    return 'xlsx';
  }
  throw new AppError('not_supported', `Scorecards are written as .csv or .xlsx, not ${extension || 'a file without extension'}`, { path: file });
}

export function scorecardCsv(report: ScorecardReport): string {
  const lines = [csvRecord(SCORECARD_COLUMNS.map((c) => c.header))];
  for (const card of report.suppliers) {
    lines.push(csvRecord(SCORECARD_COLUMNS.map((c) => roundForCsv(c.value(card)))));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function scorecardWorkbook(report: ScorecardReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  const sheet = workbook.addWorksheet('Scorecards');
  styleHeader(addSafeRow(sheet, SCORECARD_COLUMNS.map((c) => c.header)));
  for (const card of report.suppliers) addSafeRow(sheet, SCORECARD_COLUMNS.map((c) => c.value(card)));
  SCORECARD_COLUMNS.forEach((c, i) => {
    if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
  });
  freezeRows(sheet, 1);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SCORECARD_COLUMNS.length } };
  fitColumnWidths(sheet);
  const about = workbook.addWorksheet('About');
  addSafeRow(about, ['As of', report.asOf]);
  addSafeRow(about, ['Period (due dates)', `${report.from} to ${report.to}`]);
  addSafeRow(about, ['On-time tolerance (days)', report.settings.toleranceDays]);
  addSafeRow(about, ['Weights', JSON.stringify(report.settings.weights)]);
  addSafeRow(about, ['Prior strength (deliveries)', report.settings.priorStrength]);
  fitColumnWidths(about);
  return workbook;
}

function roundForCsv(value: string | number | null): string | number | null {
  if (typeof value !== 'number') return value;
  const factor = 10 ** CSV_DECIMALS;
  return Math.round(value * factor) / factor;
}
