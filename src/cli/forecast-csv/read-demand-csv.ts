import path from 'node:path';
import { AppError } from '../../core/ground/errors/app-error';
import { cellError } from '../cell-error';
import { dayFromIso } from '../../core/ground/calendar';
import { DateOrderTally, dateOrderReason } from '../../core/import/parse/date-order';
import { DateParser, dateErrorMessage } from '../../core/import/parse/dates';
import type { DateOrder } from '../../core/import/types';
import { DemandRowsBuilder, type DemandRows } from './demand-rows';
import { CovariateRowsBuilder } from './covariate-rows';
import type { CovariateColumns } from '../../core/forecasting/bucket-covariates';
import { cellText, type Cell } from '../../core/ground/files/read/cell';
import { fileSize } from '../../core/ground/files/read/file-head';
import { openSource } from '../../core/ground/files/read/source';

/** Header names accepted for each column (the contract names the first; the rest are common exports). */
const COLUMN_NAMES = {
  sku: ['sku', 'item', 'item_id', 'series', 'id', 'product', 'unique_id', '商品编码', '货号', '商品'],
  date: ['date', 'ds', 'day', 'week', 'month', 'period', '日期'],
  qty: ['qty', 'quantity', 'units', 'demand', 'sales', 'y', '销量', '数量'],
} as const;

/** Optional columns: the planned or past selling price, and a 0/1 promotion flag. */
const OPTIONAL_COLUMN_NAMES = {
  price: ['price', 'sell_price', 'unit_price', 'sale_price', '价格', '单价', '售价'],
  promo: ['promo', 'promotion', 'onpromotion', 'on_promotion', '促销', '是否促销'],
} as const;

interface Columns {
  sku: number;
  date: number;
  qty: number;
  /** -1 when the file has no such column. */
  price: number;
  promo: number;
}

export interface DemandCsvOptions {
  /** The day/month order of dates like 03/04/2024 (--date-order); read from every value of the column when left out. */
  dateOrder?: DateOrder;
}

/** Demand rows and how their dates were read ("day-first: 23,641 values have day > 12"), when they were not ISO. */
export interface DemandCsv {
  rows: DemandRows;
  dateOrder: { order: DateOrder; reason: string } | null;
  /**
   * The `price` and `promo` cells when the file has either column (null without them): of rows
   * with a qty, and of rows with an empty qty dated after the origin (the file's last date with
   * a qty), which plan the horizon. Turn them into per-SKU arrays with `bucketCovariates`.
   */
  covariates: CovariateColumns | null;
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
  let columns: Columns | null = null;
  let covariateRows: CovariateRowsBuilder | null = null;
  let row = 0;

  const fail = (column: string, message: string, value?: string): never => {
    throw cellError(name, row, column, message, value);
  };

  const dateIndexOf = (dateText: string): number => {
    let index = dateIndex.get(dateText);
    if (index === undefined) {
      index = dateTexts.length;
      dateTexts.push(dateText);
      firstRows.push(row);
      dateIndex.set(dateText, index);
    }
    tally.add(dateText);
    return index;
  };

  const handleRow = (cells: Cell[], rowNumber: number) => {
    row = rowNumber;
    if (cells.length === 1 && cells[0] === '') return;
    const text = cells.map(cellText);
    if (!columns) {
      columns = findColumns(text, name);
      if (columns.price >= 0 || columns.promo >= 0) covariateRows = new CovariateRowsBuilder(columns.price >= 0, columns.promo >= 0);
      return;
    }
    const sku = text[columns.sku]?.trim() ?? '';
    const dateText = (text[columns.date] ?? '').trim();
    const qtyText = (text[columns.qty] ?? '').trim();
    if (sku === '') fail('sku', 'the SKU is empty');
    const { price, promo } = covariateRows ? readCovariates(text, columns, fail) : NO_COVARIATES;
    const given = !Number.isNaN(price) || promo >= 0;
    // An empty quantity is a missing observation; between a SKU's first sale and the end it counts as zero.
    // After the origin, a row with an empty quantity plans the horizon's price and promotion.
    if (qtyText === '') {
      if (covariateRows && given) covariateRows.add(sku, dateIndexOf(dateText), NaN, price, promo);
      return;
    }
    const qty = Number(qtyText);
    if (!Number.isFinite(qty)) fail('qty', `"${qtyText}" is not a number`, qtyText);
    const index = dateIndexOf(dateText);
    builder.add(sku, index, qty);
    if (covariateRows && given) covariateRows.add(sku, index, qty, price, promo);
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
  const extra = covariateRows as CovariateRowsBuilder | null;
  extra?.mapDays(days);
  if (rows.length === 0) throw new AppError('invalid_input', `${name} has a header but no rows`, { file: name, row: 2 });
  const dateOrder = verdict.short === 0 ? null : { order, reason: options.dateOrder ? 'as given' : dateOrderReason(verdict) };
  return { rows, dateOrder, covariates: extra ? extra.build(rows.skus, rows.lastDay) : null };
}

const NO_COVARIATES = { price: NaN, promo: -1 };

/** A row's price (NaN when empty) and promo (-1 when empty); a bad value stops the read with its column. */
function readCovariates(text: string[], columns: Columns, fail: (column: string, message: string, value?: string) => never): { price: number; promo: number } {
  const priceText = columns.price >= 0 ? (text[columns.price] ?? '').trim() : '';
  const promoText = columns.promo >= 0 ? (text[columns.promo] ?? '').trim() : '';
  let price = NaN;
  let promo = -1;
  if (priceText !== '') {
    price = Number(priceText);
    if (!Number.isFinite(price)) fail('price', `"${priceText}" is not a number`, priceText);
    if (!(price > 0)) fail('price', `a price is above 0, not ${priceText}`, priceText);
  }
  if (promoText !== '') {
    if (promoText !== '0' && promoText !== '1') fail('promo', `"${promoText}" is not 0 or 1`, promoText);
    promo = Number(promoText);
  }
  return { price, promo };
}

function findColumns(header: string[], file: string): Columns {
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
  const optional = (key: keyof typeof OPTIONAL_COLUMN_NAMES) => {
    for (const candidate of OPTIONAL_COLUMN_NAMES[key]) {
      const index = normalised.indexOf(candidate);
      if (index !== -1) return index;
    }
    return -1;
  };
  return { sku: find('sku'), date: find('date'), qty: find('qty'), price: optional('price'), promo: optional('promo') };
}
