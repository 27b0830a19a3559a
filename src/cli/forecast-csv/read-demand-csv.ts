import path from 'node:path';
import { AppError } from '../../core/ground/errors/app-error';
import { dayFromIso } from '../../core/ground/calendar';
import { DemandRowsBuilder, type DemandRows } from './demand-rows';
import { cellText, type Cell } from '../../core/ground/files/read/cell';
import { fileSize } from '../../core/ground/files/read/file-head';
import { openSource } from '../../core/ground/files/read/source';

/** Header names accepted for each column (the contract names the first; the rest are common exports). */
const COLUMN_NAMES = {
  sku: ['sku', 'item', 'item_id', 'series', 'id', 'product', 'unique_id'],
  date: ['date', 'ds', 'day', 'week', 'month', 'period'],
  qty: ['qty', 'quantity', 'units', 'demand', 'sales', 'y'],
} as const;

/**
 * Stream a `sku,date,qty` CSV (through the file layer's reader) into column arrays. Any bad cell stops the read
 * with the file, row (as a spreadsheet numbers it, header = 1) and column.
 */
export async function readDemandCsv(file: string): Promise<DemandRows> {
  const name = path.basename(file);
  const builder = new DemandRowsBuilder();
  const dayCache = new Map<string, number>();
  let columns: { sku: number; date: number; qty: number } | null = null;
  let row = 0;

  const fail = (column: string, message: string, value?: string): never => {
    throw new AppError('invalid_input', `${name}, row ${row}, column ${column}: ${message}`, {
      file: name,
      row,
      column,
      ...(value === undefined ? {} : { value }),
    });
  };

  const handleRow = (cells: Cell[], rowNumber: number) => {
    row = rowNumber;
    if (cells.length === 1 && cells[0] === '') return;
    const text = cells.map(cellText);
    if (!columns) {
      columns = findColumns(text, name);
      return;
    }
    const sku = text[columns.sku]?.trim() ?? '';
    const dateText = (text[columns.date] ?? '').trim();
    const qtyText = (text[columns.qty] ?? '').trim();
    if (sku === '') fail('sku', 'the SKU is empty');
    // An empty quantity is a missing observation; between a SKU's first date and the end it counts as zero.
    if (qtyText === '') return;
    const qty = Number(qtyText);
    if (!Number.isFinite(qty)) fail('qty', `"${qtyText}" is not a number`, qtyText);
    let day = dayCache.get(dateText);
    if (day === undefined) {
      day = dayFromIso(dateText.slice(0, 10).replaceAll('/', '-'));
      if (Number.isNaN(day)) fail('date', `"${dateText}" is not a date (expected YYYY-MM-DD)`, dateText);
      dayCache.set(dateText, day);
    }
    builder.add(sku, day, qty);
  };

  try {
    if (fileSize(file) === 0) throw new AppError('invalid_input', `${name} is empty: expected a header sku,date,qty`, { file: name, row: 1 });
    // The import's reader: quoted commas, quotes and line breaks, BOM and encoding; rows numbered as a spreadsheet does.
    const source = await openSource(file, { delimiter: ',' });
    await source.read(handleRow, () => true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${name} could not be read: ${(error as Error).message}`, { file: name });
  }
  if (!columns) throw new AppError('invalid_input', `${name} is empty: expected a header sku,date,qty`, { file: name, row: 1 });
  const rows = builder.build();
  if (rows.length === 0) throw new AppError('invalid_input', `${name} has a header but no rows`, { file: name, row: 2 });
  return rows;
}

function findColumns(header: string[], file: string): { sku: number; date: number; qty: number } {
  const normalised = header.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim().toLowerCase());
  const find = (key: keyof typeof COLUMN_NAMES) => {
    for (const candidate of COLUMN_NAMES[key]) {
      const index = normalised.indexOf(candidate);
      if (index !== -1) return index;
    }
    throw new AppError('invalid_input', `${file}, row 1: no "${key}" column (found: ${header.join(', ')})`, {
      file,
      row: 1,
      column: key,
    });
  };
  return { sku: find('sku'), date: find('date'), qty: find('qty') };
}
