import path from 'node:path';
import { AppError } from '../../core/ground/errors/app-error';
import { cellError } from '../cell-error';
import { dayFromIso } from '../../core/ground/calendar';
import { cellText, type Cell } from '../../core/ground/files/read/cell';
import { fileSize } from '../../core/ground/files/read/file-head';
import { openSource } from '../../core/ground/files/read/source';
import type { PurchaseLine } from '../../core/recommend';

export interface PurchaseLinesFile {
  /** Lines with a positive quantity: the purchases. */
  lines: PurchaseLine[];
  rows: number;
  /** Rows left out because their quantity is zero or negative (returns, cancellations). */
  notPurchases: number;
  guestLines: number;
  lastDay: number;
}

const COLUMNS = ['order_id', 'customer_id', 'sku', 'date', 'qty'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Read `order_id,customer_id,sku,date,qty` (ISO dates; an empty customer_id is a guest order) through
 * the file layer's reader. A bad cell stops the read with the file, row (header = 1) and column.
 */
export async function readPurchaseLines(file: string): Promise<PurchaseLinesFile> {
  const name = path.basename(file);
  const lines: PurchaseLine[] = [];
  const dayCache = new Map<string, number>();
  let columns: Record<Column, number> | null = null;
  let row = 0;
  let rows = 0;
  let notPurchases = 0;
  let guestLines = 0;
  let lastDay = Number.NEGATIVE_INFINITY;

  const fail = (column: string, message: string, value?: string): never => {
    throw cellError(name, row, column, message, value);
  };

  const handleRow = (cells: Cell[], rowNumber: number) => {
    row = rowNumber;
    if (cells.length === 1 && cellText(cells[0]!).trim() === '') return;
    const text = cells.map(cellText);
    if (!columns) {
      columns = findColumns(text, name);
      return;
    }
    rows++;
    const orderId = (text[columns.order_id] ?? '').trim();
    const customerId = (text[columns.customer_id] ?? '').trim();
    const sku = (text[columns.sku] ?? '').trim();
    const dateText = (text[columns.date] ?? '').trim();
    const qtyText = (text[columns.qty] ?? '').trim();
    if (orderId === '') fail('order_id', 'the order id is empty');
    if (sku === '') fail('sku', 'the SKU is empty');
    let day = dayCache.get(dateText);
    if (day === undefined) {
      // A timestamp's date part counts ("2010-11-30 14:05:00" or "2010-11-30T14:05").
      day = /^\d{4}-\d{2}-\d{2}([ T].*)?$/.test(dateText) ? dayFromIso(dateText.slice(0, 10)) : Number.NaN;
      if (Number.isNaN(day)) fail('date', `"${dateText}" is not a date (expected YYYY-MM-DD)`, dateText);
      dayCache.set(dateText, day);
    }
    if (qtyText === '') fail('qty', 'the quantity is empty');
    const qty = Number(qtyText);
    if (!Number.isFinite(qty)) fail('qty', `"${qtyText}" is not a number`, qtyText);
    if (day > lastDay) lastDay = day;
    if (qty <= 0) {
      notPurchases++;
      return;
    }
    if (customerId === '') guestLines++;
    lines.push({ orderId, customerId: customerId === '' ? null : customerId, sku, day, qty });
  };

  try {
    if (fileSize(file) === 0) throw new AppError('invalid_input', `${name} is empty: expected a header ${COLUMNS.join(',')}`, { file: name, row: 1 });
    const source = await openSource(file, { delimiter: ',' });
    await source.read(handleRow, () => true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${name} could not be read: ${(error as Error).message}`, { file: name });
  }
  if (!columns) throw new AppError('invalid_input', `${name} is empty: expected a header ${COLUMNS.join(',')}`, { file: name, row: 1 });
  if (lines.length === 0) {
    throw new AppError('invalid_input', `${name} has no purchase lines (rows with a positive qty)`, { file: name, row: 2, column: 'qty' });
  }
  return { lines, rows, notPurchases, guestLines, lastDay };
}

/** Read the `customer_id` column of a customer list, in file order, each id once. */
export async function readCustomerIds(file: string): Promise<string[]> {
  const name = path.basename(file);
  let column = -1;
  let headerSeen = false;
  const ids: string[] = [];
  const seen = new Set<string>();
  const handleRow = (cells: Cell[], rowNumber: number) => {
    const text = cells.map(cellText);
    if (text.length === 1 && text[0]!.trim() === '') return;
    if (!headerSeen) {
      headerSeen = true;
      column = normalise(text).indexOf('customer_id');
      if (column < 0) {
        throw new AppError('invalid_input', `${name}, row ${rowNumber}: no "customer_id" column (found: ${text.join(', ')})`, {
          file: name,
          row: rowNumber,
          column: 'customer_id',
        });
      }
      return;
    }
    const id = (text[column] ?? '').trim();
    if (id === '') {
      throw new AppError('invalid_input', `${name}, row ${rowNumber}, column customer_id: the customer id is empty`, {
        file: name,
        row: rowNumber,
        column: 'customer_id',
      });
    }
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  try {
    if (fileSize(file) === 0) throw new AppError('invalid_input', `${name} is empty: expected a header customer_id`, { file: name, row: 1 });
    const source = await openSource(file, { delimiter: ',' });
    await source.read(handleRow, () => true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${name} could not be read: ${(error as Error).message}`, { file: name });
  }
  if (!headerSeen) throw new AppError('invalid_input', `${name} is empty: expected a header customer_id`, { file: name, row: 1 });
  return ids;
}

function normalise(header: string[]): string[] {
  return header.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim().toLowerCase());
}

function findColumns(header: string[], file: string): Record<Column, number> {
  const names = normalise(header);
  const found = {} as Record<Column, number>;
  for (const column of COLUMNS) {
    const index = names.indexOf(column);
    if (index < 0) {
      throw new AppError('invalid_input', `${file}, row 1: no "${column}" column (expected ${COLUMNS.join(',')}; found: ${header.join(', ')})`, {
        file,
        row: 1,
        column,
      });
    }
    found[column] = index;
  }
  return found;
}
