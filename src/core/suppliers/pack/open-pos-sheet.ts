import type ExcelJS from 'exceljs';
import type { OpenPoLine } from './open-po-lines';
import { dateCell, fitColumnWidths, FORMAT, formatColumns, freezeRows, styleHeader } from '../../ground/files/xlsx-style';
import { addSafeRow } from '../../ground/files/safe-cell';

/**
 * The headers double as the confirmation import's columns: the supplier fills in confirmed_qty and
 * confirmed_date and sends the file back (readConfirmationsFile reads this sheet).
 */
export const OPEN_PO_HEADERS = [
  'po_number', 'line_no', 'sku', 'product', 'order_date', 'promised_date', 'qty_ordered', 'qty_received',
  'balance', 'unit_cost', 'currency', 'confirmed_qty', 'confirmed_date', 'status', 'days_overdue',
] as const;
export const OPEN_POS_SHEET = 'Open POs';

export function addOpenPosSheet(workbook: ExcelJS.Workbook, lines: readonly OpenPoLine[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(OPEN_POS_SHEET);
  styleHeader(addSafeRow(sheet, [...OPEN_PO_HEADERS]));
  for (const l of lines) {
    addSafeRow(sheet, [
      l.poNumber, l.lineNo, l.sku, l.productName, dateCell(l.orderDate), dateCell(l.promisedDate), l.qtyOrdered, l.qtyAccepted,
      l.balance, l.unitCost, l.currency, l.confirmedQty, dateCell(l.confirmedDate), l.status, l.daysOverdue,
    ]);
  }
  formatColumns(sheet, {
    5: FORMAT.date, 6: FORMAT.date, 7: FORMAT.integer, 8: FORMAT.integer, 9: FORMAT.integer,
    10: FORMAT.money, 12: FORMAT.integer, 13: FORMAT.date, 15: FORMAT.integer,
  });
  // The two columns the supplier is asked to fill in stand out.
  for (const column of [12, 13]) sheet.getRow(1).getCell(column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC55A11' } };
  freezeRows(sheet, 1);
  if (lines.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: OPEN_PO_HEADERS.length } };
  fitColumnWidths(sheet);
  return sheet;
}
