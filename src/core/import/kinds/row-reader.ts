import { dateErrorMessage, type DateParser } from '../parse/dates';
import { parseNumber } from '../parse/numbers';
import { columnLetter } from '../parse/text';
import { shortValue, type ProblemCollector } from '../problems';
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
 * How the file separates its values, for rows wider or narrower than the header: in a
 * delimited file (CSV) a value past the header's last column means the row's values are
 * probably in the wrong columns (an unquoted comma), an error; in a workbook it is a cell in
 * a column without a header, which is not imported (a warning, once).
 */
export interface RowShape {
  /** The CSV delimiter; null for a workbook. */
  delimiter: string | null;
}

const WHOLE_NUMBER = /^[-+]?\d+$/;
const DIGITS = /^\d+$/;

/**
 * Typed access to the cells of the current row. Every getter reports its own problem
 * (with row, column and a plain message) and returns null; `ok` turns false on an error.
 */
export class RowReader {
  cells: readonly Cell[] = [];
  row = 0;
  ok = true;
  /** Fields in the current row as the file has them (past the reader's limit included). */
  private width = 0;
  private warnedUnheaded = false;

  constructor(
    private readonly problems: ProblemCollector,
    private readonly formats: ColumnFormats,
    private readonly shape: RowShape = { delimiter: null },
  ) {}

  start(cells: readonly Cell[], row: number, flags: RowFlags | null): void {
    this.cells = cells;
    this.row = row;
    this.ok = true;
    this.width = flags?.fieldCount ?? cells.length;
    if (flags) this.checkFlags(flags);
    if (this.width > this.formats.headers.length) this.checkExtraFields();
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
    if (!field.required) return null;
    // A short CSV row (fewer fields than the header) is fine unless it leaves a required field out: then say why.
    const short = this.shape.delimiter !== null && col >= this.cells.length;
    const why = short ? `: the row has only ${this.width} of the header's ${this.formats.headers.length} fields` : '';
    return this.fail('missing_value', col, field, `${field.label} is missing${why}`);
  }

  /**
   * A row wider than the header. Blank trailing fields (a trailing delimiter, an export that pads
   * rows) are harmless; a value there was either split off another value or has no column.
   */
  private checkExtraFields(): void {
    const { headers } = this.formats;
    let extra = -1;
    for (let col = headers.length; col < this.cells.length; col++) {
      if (!this.isBlank(col)) {
        extra = col;
        break;
      }
    }
    const beyondKept = this.width > this.cells.length;
    if (extra < 0 && !beyondKept) return;
    const at = extra >= 0 ? extra : this.cells.length;
    const shown = extra >= 0 ? ` ("${shortValue(cellText(this.cells[extra]!))}" in column ${columnLetter(extra)})` : '';
    if (this.shape.delimiter === null) {
      if (this.warnedUnheaded) return;
      this.warnedUnheaded = true;
      this.warn('bad_value', at, null, `Row ${this.row} has a value in a column without a header${shown}; such columns are not imported (this is said once)`);
      return;
    }
    const counts = `Row ${this.row} has ${this.width.toLocaleString('en')} fields but the header has ${headers.length.toLocaleString('en')}${shown}`;
    const split = this.shape.delimiter === ',' ? this.splitNumber() : null;
    const advice = split
      ? `. "${split}" looks like a number with a decimal comma in a comma-separated file, read as two values: put it in quotes ("${split}") or save the file with ";" as the delimiter`
      : `: the row's values are probably in the wrong columns. Check for a "${this.shape.delimiter}" inside a value that is not in quotes`;
    this.fail('bad_value', at, null, counts + advice);
  }

  /** "1,234" read as "1" and "234": a whole number in a mapped column followed by digits. */
  private splitNumber(): string | null {
    const { mapped } = this.formats;
    for (let col = 0; col + 1 < this.cells.length; col++) {
      if (!mapped[col]) continue;
      const a = cellText(this.cells[col] ?? null).trim();
      const b = cellText(this.cells[col + 1] ?? null).trim();
      if (WHOLE_NUMBER.test(a) && DIGITS.test(b)) return `${a},${b}`;
    }
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
