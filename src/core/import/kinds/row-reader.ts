import { dateErrorMessage, type DateParser } from '../parse/dates';
import { parseNumber } from '../parse/numbers';
import { columnLetter } from '../parse/text';
import type { ProblemCollector } from '../problems';
import { cellText, type Cell, type RowFlags } from '../../ground/files/read/cell';
import type { DecimalSeparator, ProblemCode } from '../types';
import type { FieldSpec } from './fields';

const EQUALS = 61;
const MAX_MAGNITUDE = 1e12;

/** How each column of the file is read: filled in once the mapping and formats are known. */
export interface ColumnFormats {
  headers: readonly string[];
  decimals: readonly DecimalSeparator[];
  dates: readonly (DateParser | null)[];
  /** Columns some field reads; problems in other columns are only warnings. */
  mapped: readonly boolean[];
}

/**
 * Typed access to the cells of the current row. Every getter reports its own problem
 * (with row, column and a plain message) and returns null; `ok` turns false on an error.
 */
export class RowReader {
  cells: readonly Cell[] = [];
  row = 0;
  ok = true;

  constructor(
    private readonly problems: ProblemCollector,
    private readonly formats: ColumnFormats,
  ) {}

  start(cells: readonly Cell[], row: number, flags: RowFlags | null): void {
    this.cells = cells;
    this.row = row;
    this.ok = true;
    if (flags) this.checkFlags(flags);
  }

  columnName(col: number): string {
    const header = this.formats.headers[col];
    return header ? header : `Column ${columnLetter(col)}`;
  }

  isBlank(col: number): boolean {
    if (col < 0) return true;
    const cell = this.cells[col];
    return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
  }

  /** Raw cell, for validators that need more than one reading of it. */
  cell(col: number): Cell {
    return col < 0 ? null : (this.cells[col] ?? null);
  }

  text(col: number, field: FieldSpec): string | null {
    if (this.isBlank(col)) return this.missing(col, field);
    const cell = this.cells[col]!;
    const text = typeof cell === 'string' ? cell.trim() : cellText(cell);
    if (text.charCodeAt(0) === EQUALS && text.length > 1) return this.formula(col, field, text);
    return text;
  }

  number(col: number, field: FieldSpec): number | null {
    if (this.isBlank(col)) return this.missing(col, field);
    const cell = this.cells[col]!;
    const value = parseNumber(cell, this.formats.decimals[col]);
    if (Number.isNaN(value)) {
      const text = cellText(cell).trim();
      if (text.charCodeAt(0) === EQUALS) return this.formula(col, field, text);
      return this.fail('not_a_number', col, field, `${field.label}: "${text}" is not a number`);
    }
    if (field.type === 'integer' && !Number.isInteger(value)) {
      return this.fail('bad_value', col, field, `${field.label} must be a whole number, not ${value}`);
    }
    if (field.min !== undefined && value < field.min) {
      return this.fail('negative', col, field, `${field.label} cannot be negative (${value})`);
    }
    if (field.positive && value <= 0) {
      return this.fail('out_of_range', col, field, `${field.label} must be more than 0 (${value})`);
    }
    if (Math.abs(value) > MAX_MAGNITUDE) {
      return this.fail('out_of_range', col, field, `${field.label} ${value} is too large to be real`);
    }
    return value;
  }

  date(col: number, field: FieldSpec): string | null {
    if (this.isBlank(col)) return this.missing(col, field);
    const parser = this.formats.dates[col];
    const cell = this.cells[col]!;
    const value = parser ? parser.parse(cell) : null;
    if (value !== null) return value;
    const text = cellText(cell).trim();
    if (text.charCodeAt(0) === EQUALS) return this.formula(col, field, text);
    const error = parser?.error ?? 'bad_date';
    return this.fail(error, col, field, `${field.label}: ${dateErrorMessage(error, text, parser?.order ?? 'YMD')}`);
  }

  boolean(col: number, field: FieldSpec): boolean | null {
    if (this.isBlank(col)) return this.missing(col, field);
    const cell = this.cells[col]!;
    if (typeof cell === 'boolean') return cell;
    const text = cellText(cell).trim().toLowerCase();
    if (TRUE_WORDS.has(text)) return true;
    if (FALSE_WORDS.has(text)) return false;
    return this.fail('bad_value', col, field, `${field.label}: "${text}" is not yes or no`);
  }

  /** Report an error found by a validator; returns null so it can be the value of a getter. */
  fail(code: ProblemCode, col: number, field: FieldSpec | null, message: string): null {
    this.ok = false;
    this.problems.error(code, this.row, col >= 0 ? this.columnName(col) : '', this.cell(col), message, field?.key);
    return null;
  }

  warn(code: ProblemCode, col: number, field: FieldSpec | null, message: string): void {
    this.problems.warning(code, this.row, col >= 0 ? this.columnName(col) : '', this.cell(col), message, field?.key);
  }

  private missing(col: number, field: FieldSpec): null {
    if (field.required) return this.fail('missing_value', col, field, `${field.label} is missing`);
    return null;
  }

  private formula(col: number, field: FieldSpec, text: string): null {
    return this.fail(
      'formula',
      col,
      field,
      `${field.label} holds a spreadsheet formula (${text.slice(0, 40)}), not a value; paste the cells as values and save again`,
    );
  }

  private checkFlags(flags: RowFlags): void {
    for (const long of flags.longFields ?? []) {
      const message = `A value of ${long.length.toLocaleString('en')} characters is longer than a cell can be (32,767)`;
      if (this.formats.mapped[long.column]) this.fail('value_too_long', long.column, null, message);
      else this.warn('value_too_long', long.column, null, `${message}; the column is not imported`);
    }
    if (flags.unclosedQuote) {
      this.fail('bad_value', -1, null, 'A quote (") opened on this row is never closed; the rest of the file was read as one value');
    }
  }
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'x', '是', '有', '✓', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', '否', '无', '', 'off']);
