/**
 * Writes a plan as CSV (UTF-8 with BOM, CRLF), JSON or XLSX. Text cells starting with = + - @
 * (or tab / carriage return) get a leading apostrophe against formula injection; numbers stay numbers.
 */

import { csvRecord, escapeCellText } from '../../ground/files/safe-cell';
import { writeAtomically, writeTextAtomically } from '../../ground/files/write-atomically';
import { EXPORT_COLUMNS, EXPORT_FORMAT, EXPORT_MINOR_VERSION, EXPORT_VERSION, exportLines, type ExportLine, type ExportLocale, type ExportOptions } from './format';
import { draftRecord, type ExportablePlan } from './draft-record';
import { exportedOrders, type ExportedOrder } from './exported-orders';

export type ExportFormat = 'csv' | 'json' | 'xlsx';


/** Writes the plan's lines still to order (and, asked for, its approved lines with their PO numbers); returns how many lines. */
export async function writePlanFile(plan: ExportablePlan, file: string, format: ExportFormat, options: ExportOptions = {}): Promise<number> {
  const lines = exportLines(plan, options);
  const orders = exportedOrders(plan, options);
  if (format === 'csv') await writeTextAtomically(file, `\uFEFF${planCsv(lines)}`);
  else if (format === 'json') await writeTextAtomically(file, `${JSON.stringify(planJson(plan, lines, orders, options.locale), null, 2)}\n`);
  else {
    // Loaded for a workbook only: the spreadsheet library is a large part of what a CSV plan would load.
    const { planWorkbook } = await import('./plan-workbook');
    const workbook = planWorkbook(plan, lines, orders, options.locale);
    await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
  }
  return lines.length;
}

export function planCsv(lines: readonly ExportLine[]): string {
  const rows = [csvRecord(EXPORT_COLUMNS.map((c) => c.name))];
  for (const line of lines) rows.push(csvRecord(EXPORT_COLUMNS.map((c) => line[c.name])));
  return `${rows.join('\r\n')}\r\n`;
}

/** JSON text is data, not a spreadsheet: escaped too, so a JSON → spreadsheet hop stays safe. */
export function planJson(plan: ExportablePlan, lines: readonly ExportLine[], orders: readonly ExportedOrder[] = exportedOrders(plan), locale: ExportLocale = 'en') {
  const safe = (v: unknown) => (typeof v === 'string' ? escapeCellText(v) : v);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    minor_version: EXPORT_MINOR_VERSION,
    locale,
    plan: { id: plan.id ?? 0, plan_date: plan.planDate, created_at: plan.createdAt, forecast_run_id: plan.runId },
    lines: lines.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, safe(v)]))),
    purchase_orders: orders.map((o) => draftRecord(o)),
  };
}
