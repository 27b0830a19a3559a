import type Database from 'better-sqlite3';
import { dayFromIso } from '../../ground/calendar';
import type { ConfirmationChange, ConfirmationProblem, ConfirmationRow, LineConfirmation } from './types';

interface PoRecord {
  id: number;
  supplierId: number;
  status: string;
  orderDate: string;
}
interface LineRecord {
  id: number;
  lineNo: number;
  sku: string;
  status: string;
  confirmed_qty: number | null;
  confirmed_date: string | null;
}

export interface ValidatedConfirmations {
  problems: ConfirmationProblem[];
  /** Lines whose confirmation changes, with before and after. */
  changes: ConfirmationChange[];
  unchanged: number;
  skipped: number;
}

/** Checks every row against the workspace without writing: all problems at once, row and column named. */
export function validateConfirmations(db: Database.Database, supplierId: number, rows: readonly ConfirmationRow[]): ValidatedConfirmations {
  const findPo = db.prepare('SELECT id, supplier_id AS supplierId, status, order_date AS orderDate FROM purchase_orders WHERE po_number = ?');
  const linesOf = db.prepare(
    `SELECT l.id, l.line_no AS lineNo, p.sku, l.status, l.confirmed_qty, l.confirmed_date
     FROM po_lines l JOIN products p ON p.id = l.product_id WHERE l.po_id = ? ORDER BY l.line_no`,
  );
  const out: ValidatedConfirmations = { problems: [], changes: [], unchanged: 0, skipped: 0 };
  const seen = new Map<number, number>();
  rows.forEach((input, index) => {
    const row = input.row ?? index + 1;
    const problem = (column: ConfirmationProblem['column'], message: string) => out.problems.push({ row, column, message });
    const qty = parseQuantity(input.confirmed_qty);
    const date = parseDate(input.confirmed_date);
    if (qty === undefined && date === undefined) {
      out.skipped++;
      return;
    }
    const poNumber = text(input.po_number);
    if (!poNumber) return problem('po_number', 'PO number is missing');
    const po = findPo.get(poNumber) as PoRecord | undefined;
    if (!po) return problem('po_number', `There is no PO ${poNumber}`);
    if (po.supplierId !== supplierId) return problem('po_number', `PO ${poNumber} belongs to another supplier`);
    if (po.status === 'draft' || po.status === 'cancelled') return problem('po_number', `PO ${poNumber} is ${po.status}`);
    const line = findLine(linesOf.all(po.id) as LineRecord[], input, poNumber, problem);
    if (!line) return;
    if (line.status === 'cancelled') return problem('line_no', `Line ${line.lineNo} of ${poNumber} is cancelled`);
    const previous = seen.get(line.id);
    if (previous !== undefined) return problem('line_no', `Line ${line.lineNo} of ${poNumber} is already confirmed in row ${previous}`);
    seen.set(line.id, row);
    if (qty === null) return problem('confirmed_qty', `"${String(input.confirmed_qty)}" is not a quantity of 0 or more`);
    if (date === null) return problem('confirmed_date', `"${String(input.confirmed_date)}" is not a date like 2026-07-15`);
    if (date !== undefined && date < po.orderDate) return problem('confirmed_date', `${date} is before the order date ${po.orderDate}`);
    const before: LineConfirmation = { confirmed_qty: line.confirmed_qty, confirmed_date: line.confirmed_date };
    const after: LineConfirmation = { confirmed_qty: qty ?? before.confirmed_qty, confirmed_date: date ?? before.confirmed_date };
    if (after.confirmed_qty === before.confirmed_qty && after.confirmed_date === before.confirmed_date) {
      out.unchanged++;
      return;
    }
    out.changes.push({ row, lineId: line.id, poNumber, lineNo: line.lineNo, sku: line.sku, before, after });
  });
  return out;
}

function findLine(
  lines: readonly LineRecord[],
  input: ConfirmationRow,
  poNumber: string,
  problem: (column: ConfirmationProblem['column'], message: string) => void,
): LineRecord | undefined {
  const sku = text(input.sku);
  const lineText = text(input.line_no);
  if (lineText) {
    const lineNo = Number(lineText);
    const line = Number.isInteger(lineNo) ? lines.find((l) => l.lineNo === lineNo) : undefined;
    if (!line) return void problem('line_no', `PO ${poNumber} has no line ${lineText}`);
    if (sku && sku !== line.sku) return void problem('sku', `Line ${lineNo} of ${poNumber} is ${line.sku}, not ${sku}`);
    return line;
  }
  if (!sku) return void problem('line_no', 'Give the line number or the SKU');
  const matches = lines.filter((l) => l.sku === sku);
  if (matches.length === 0) return void problem('sku', `PO ${poNumber} has no line for ${sku}`);
  if (matches.length > 1) return void problem('line_no', `${sku} is on ${matches.length} lines of ${poNumber}: give the line number`);
  return matches[0];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** undefined = blank (leave as is), null = not a valid quantity. */
function parseQuantity(value: unknown): number | null | undefined {
  const raw = text(value).replaceAll(',', '');
  if (raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** undefined = blank, null = not a date; YYYY/MM/DD and YYYY.M.D are read as ISO. */
function parseDate(value: unknown): string | null | undefined {
  const raw = text(value);
  if (raw === '') return undefined;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return Number.isNaN(dayFromIso(iso)) ? null : iso;
}
