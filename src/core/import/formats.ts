import type { KindSpec } from './kinds/fields';
import type { ColumnIndex } from './kinds/kind';
import type { ColumnFormats } from './kinds/row-reader';
import { columnValues } from './mapping/value-shape';
import { inferDateOrder } from './parse/date-order';
import { DateParser } from './parse/dates';
import { inferDecimalSeparator } from './parse/numbers';
import type { Cell } from '../ground/files/read/cell';
import type { DateOrder, DecimalSeparator, ImportMapping } from './types';

export interface InferredFormats {
  formats: ColumnFormats;
  /** Per date field: the order used, and whether it was a guess. */
  dateOrders: Record<string, { order: DateOrder; ambiguous: boolean }>;
  decimalSeparators: Record<string, DecimalSeparator>;
}

/**
 * Decide, per mapped column, how its numbers and dates are written, from the sample
 * of the file (the whole column sample, not one value), unless the mapping says so.
 */
export function inferFormats(
  spec: KindSpec,
  headers: readonly string[],
  columns: ColumnIndex,
  samples: readonly (readonly Cell[])[],
  mapping: ImportMapping,
): InferredFormats {
  const width = Math.max(headers.length, ...Object.values(columns).map((c) => c + 1));
  const decimals: DecimalSeparator[] = new Array<DecimalSeparator>(width).fill('.');
  const dates: (DateParser | null)[] = new Array<DateParser | null>(width).fill(null);
  const mapped: boolean[] = new Array<boolean>(width).fill(false);
  const dateOrders: InferredFormats['dateOrders'] = {};
  const decimalSeparators: InferredFormats['decimalSeparators'] = {};
  for (const field of spec.fields) {
    const col = columns[field.key];
    if (col === undefined || col < 0) continue;
    mapped[col] = true;
    const values = columnValues(samples, col, samples.length);
    if (field.type === 'number' || field.type === 'integer') {
      decimals[col] = mapping.decimalSeparator ?? inferDecimalSeparator(values);
      decimalSeparators[field.key] = decimals[col]!;
    } else if (field.type === 'date' || field.type === 'datetime') {
      const guess = mapping.dateOrder ? { order: mapping.dateOrder, ambiguous: false } : inferDateOrder(values);
      dates[col] = new DateParser(guess.order, field.type === 'datetime');
      dateOrders[field.key] = guess;
    }
  }
  return { formats: { headers, decimals, dates, mapped }, dateOrders, decimalSeparators };
}
