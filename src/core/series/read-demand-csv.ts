import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso } from '../ground/calendar';
import { DemandRowsBuilder, type DemandRows } from './demand-rows';
import { splitCsvLine } from './split-csv-line';

/** Header names accepted for each column (the contract names the first; the rest are common exports). */
const COLUMN_NAMES = {
  sku: ['sku', 'item', 'item_id', 'series', 'id', 'product', 'unique_id'],
  date: ['date', 'ds', 'day', 'week', 'month', 'period'],
  qty: ['qty', 'quantity', 'units', 'demand', 'sales', 'y'],
} as const;

/**
 * Stream a `sku,date,qty` CSV into column arrays. Any bad cell stops the read
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

  const handleLine = (line: string) => {
    row++;
    if (line.length === 0 || (line.length === 1 && line === '\r')) return;
    const cells = splitCsvLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (!columns) {
      columns = findColumns(cells, name);
      return;
    }
    const sku = cells[columns.sku]?.trim() ?? '';
    const dateText = (cells[columns.date] ?? '').trim();
    const qtyText = (cells[columns.qty] ?? '').trim();
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

  let rest = '';
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      const text = rest + (chunk as string);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        handleLine(text.slice(start, end));
        start = end + 1;
      }
      rest = text.slice(start);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${name} could not be read: ${(error as Error).message}`, { file: name });
  }
  if (rest.length > 0) handleLine(rest);
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
