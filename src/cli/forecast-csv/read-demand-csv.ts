import path from 'node:path';
import { AppError } from '../../core/ground/errors/app-error';
import { cellError } from '../cell-error';
import { dayFromIso } from '../../core/ground/calendar';
import { DateOrderTally, dateOrderReason } from '../../core/import/parse/date-order';
import { DateParser, dateErrorMessage } from '../../core/import/parse/dates';
import type { DateOrder } from '../../core/import/types';
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

export interface DemandCsvOptions {
  /** The day/month order of dates like 03/04/2024 (--date-order); read from every value of the column when left out. */
  dateOrder?: DateOrder;
}

/** Demand rows and how their dates were read ("day-first: 23,641 values have day > 12"), when they were not ISO. */
export interface DemandCsv {
  rows: DemandRows;
  dateOrder: { order: DateOrder; reason: string } | null;
}

/**
 * Stream a `sku,date,qty` CSV (through the file layer's reader) into column arrays. Any bad cell stops the read
 * with the file, row (as a spreadsheet numbers it, header = 1) and column. Dates are ISO, or dd/mm/yyyy or
 * mm/dd/yyyy with the order decided from every value of the column (never from the first rows).
 */
export async function readDemandCsv(file: string, options: DemandCsvOptions = {}): Promise<DemandRows> {
  return (await readDemandCsvWithDates(file, options)).rows;
}

export async function readDemandCsvWithDates(file: string, options: DemandCsvOptions = {}): Promise<DemandCsv> {
  const name = path.basename(file);
  const builder = new DemandRowsBuilder();
  // Rows keep an index into the distinct date texts; the texts become days once the order is known.
  const dateIndex = new Map<string, number>();
  const dateTexts: string[] = [];
  const firstRows: number[] = [];
  const tally = new DateOrderTally();
  let columns: { sku: number; date: number; qty: number } | null = null;
  let row = 0;

  const fail = (column: string, message: string, value?: string): never => {
    throw cellError(name, row, column, message, value);
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
    let index = dateIndex.get(dateText);
    if (index === undefined) {
      index = dateTexts.length;
      dateTexts.push(dateText);
      firstRows.push(row);
      dateIndex.set(dateText, index);
    }
    tally.add(dateText);
    builder.add(sku, index, qty);
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
  const verdict = tally.verdict();
  if (!options.dateOrder && verdict.ambiguous) {
    throw new AppError(
      'invalid_input',
      `${name}, column date: every one of ${verdict.short.toLocaleString('en')} dates (such as "${dateTexts[0]}") fits both day/month and month/day; ` +
        'say which with --date-order dmy (day first) or --date-order mdy (month first)',
      { file: name, column: 'date' },
    );
  }
  const order = options.dateOrder ?? verdict.order;
  const parser = new DateParser(order);
  const days = new Int32Array(dateTexts.length);
  dateTexts.forEach((text, i) => {
    const iso = parser.parse(text);
    if (iso === null) {
      row = firstRows[i]!;
      fail('date', dateErrorMessage(parser.error, text, order), text);
    }
    days[i] = dayFromIso(iso!);
  });
  builder.mapDays(days);
  const rows = builder.build();
  if (rows.length === 0) throw new AppError('invalid_input', `${name} has a header but no rows`, { file: name, row: 2 });
  const dateOrder = verdict.short === 0 ? null : { order, reason: options.dateOrder ? 'as given' : dateOrderReason(verdict) };
  return { rows, dateOrder };
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
