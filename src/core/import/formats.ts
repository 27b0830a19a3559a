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
  /** Per date field: the order used, whether the mapping gave it, and whether it was a guess. */
  dateOrders: Record<string, { order: DateOrder; ambiguous: boolean; given: boolean }>;
  /** Number columns whose decimal separator the mapping gave. */
  decimalsGiven: boolean;
  decimalSeparators: Record<string, DecimalSeparator>;
}

/** Formats already decided from the whole file by an earlier pass, used instead of the sample's guess. */
export interface FormatHints {
  dateOrder?: DateOrder;
  /** Per 0-based file column. */
  decimals?: Record<number, DecimalSeparator>;
}

/**
 * Decide, per mapped column, how its numbers and dates are written: as the mapping says, else as an
 * earlier pass over the whole file found (`hints`), else from the sample of the file's head. The
 * import checks the sample's guess against every value afterwards (see `FormatTallies`).
 */
export function inferFormats(
  spec: KindSpec,
  headers: readonly string[],
  columns: ColumnIndex,
  samples: readonly (readonly Cell[])[],
  mapping: ImportMapping,
  hints: FormatHints = {},
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
      decimals[col] = mapping.decimalSeparator ?? hints.decimals?.[col] ?? inferDecimalSeparator(values);
      decimalSeparators[field.key] = decimals[col]!;
    } else if (field.type === 'date' || field.type === 'datetime') {
      const given = mapping.dateOrder ?? null;
      const hinted = hints.dateOrder ?? null;
      const guess = given
        ? { order: given, ambiguous: false, given: true }
        : hinted
          ? { order: hinted, ambiguous: false, given: false }
          : { ...pick(inferDateOrder(values)), given: false };
      dates[col] = new DateParser(guess.order, field.type === 'datetime');
      dateOrders[field.key] = guess;
    }
  }
  return { formats: { headers, decimals, dates, mapped }, dateOrders, decimalSeparators, decimalsGiven: mapping.decimalSeparator !== undefined };
}

function pick(guess: { order: DateOrder; ambiguous: boolean }): { order: DateOrder; ambiguous: boolean } {
  return { order: guess.order, ambiguous: guess.ambiguous };
}
