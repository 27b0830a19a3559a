import type ExcelJS from 'exceljs';
import type { WeeklyForecast } from './weekly-forecast';
import { fitColumnWidths, FORMAT, styleHeader } from '../../ground/files/xlsx-style';
import { addSafeRow, xlsxValue } from '../../ground/files/safe-cell';

const FIXED = ['sku', 'product', 'role', 'total'] as const;

/** One row per SKU, one column per week: what the supplier needs for capacity planning. */
export function addForecastSheet(workbook: ExcelJS.Workbook, forecast: WeeklyForecast): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Forecast');
  styleHeader(addSafeRow(sheet, [...FIXED, ...forecast.weekStarts.map((d) => `week of ${d}`), 'method']));
  for (const s of forecast.skus) {
    const total = Math.round(s.units.reduce((sum, u) => sum + u, 0) * 10) / 10;
    addSafeRow(sheet, [s.sku, s.name, s.role, total, ...s.units, s.method]);
  }
  const lastWeek = FIXED.length + forecast.weekStarts.length;
  for (let c = FIXED.length; c <= lastWeek; c++) sheet.getColumn(c).numFmt = FORMAT.integer;
  // Header row and the SKU and product columns stay in view while scrolling through the weeks.
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  fitColumnWidths(sheet);
  const note = addSafeRow(sheet, []);
  note.getCell(1).value = xlsxValue(
    `Forecast units per week (${forecast.source === 'stored' ? 'from the latest forecast run' : 'statistical forecast from weekly sales'}); a backup supplier sees the SKU's whole demand.`,
  );
  note.font = { italic: true };
  return sheet;
}
