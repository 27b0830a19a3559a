import type { FieldType } from '../kinds/fields';
import { DateParser } from '../parse/dates';
import { inferDateOrder } from '../parse/date-order';
import { inferDecimalSeparator, parseNumber } from '../parse/numbers';
import { isBlankCell, type Cell } from '../../ground/files/read/cell';

const BOOLEAN_WORDS = new Set(['1', '0', 'true', 'false', 'yes', 'no', 'y', 'n', 'x', '是', '否', '有', '无']);

/** Share of a column's non-blank sample values that read as the field's type (0.5 when all blank). */
export function shapeScore(values: readonly Cell[], type: FieldType): number {
  const present = values.filter((v) => !isBlankCell(v));
  if (present.length === 0) return 0.5;
  let fit = 0;
  if (type === 'date' || type === 'datetime') {
    const parser = new DateParser(inferDateOrder(present).order, true);
    for (const v of present) if (typeof v !== 'number' || v > 10_000) fit += parser.parse(v) === null ? 0 : 1;
  } else if (type === 'number' || type === 'integer') {
    const decimal = inferDecimalSeparator(present);
    for (const v of present) {
      const n = parseNumber(v, decimal);
      fit += Number.isNaN(n) || (type === 'integer' && !Number.isInteger(n)) ? 0 : 1;
    }
  } else if (type === 'boolean') {
    for (const v of present) fit += typeof v === 'boolean' || BOOLEAN_WORDS.has(String(v).trim().toLowerCase()) ? 1 : 0;
  } else if (type === 'code') {
    for (const v of present) fit += String(v).length <= 64 && !(v instanceof Date) ? 1 : 0;
  } else {
    return 1;
  }
  return fit / present.length;
}

export function columnValues(samples: readonly (readonly Cell[])[], col: number, limit = 200): Cell[] {
  const out: Cell[] = [];
  for (const row of samples) {
    if (out.length >= limit) break;
    out.push(row[col] ?? null);
  }
  return out;
}
