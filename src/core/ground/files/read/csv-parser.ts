import { MAX_FIELD_CHARS, MAX_ROW_FIELDS } from './limits';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just saw a quote inside a quoted field: either an escaped quote or the closing one. */
  QuoteInQuoted,
  /** Just ended a row on CR: swallow a following LF. */
  AfterCr,
}

/** A field cut short because it was longer than the limit; the parser keeps the first part only. */
export interface LongField {
  column: number;
  length: number;
}

/**
 * `fieldCount` is the number of fields the row had when that is more than the cells kept
 * (a row past the field limit), else null.
 */
export type RowCallback = (cells: string[], rowNumber: number, longFields: LongField[] | null, fieldCount: number | null) => void;

/**
 * RFC 4180 CSV as a state machine over decoded text chunks. State survives chunk
 * boundaries, so no text is scanned twice and a huge field costs linear time; fields
 * longer than the limit are cut, so a runaway quote cannot exhaust memory.
 * Rows are numbered as records (a quoted newline does not start a new row), header = 1.
 */
export class CsvParser {
  private readonly delimiter: number;
  private state = State.FieldStart;
  private row: string[] = [];
  /** Text of the current field carried over from earlier chunks or unescaping. */
  private carried: string | null = null;
  private carriedLength = 0;
  private longFields: LongField[] | null = null;
  /** Fields of the current row past the limit: counted, not kept. */
  private droppedFields = 0;
  private rowNumber = 0;
  /** Row where the currently open quoted field began, for the "quote never closed" message. */
  quoteOpenedAtRow = 0;

  constructor(
    delimiter: string,
    private readonly onRow: RowCallback,
    private readonly maxFieldChars = MAX_FIELD_CHARS,
    private readonly maxFields = MAX_ROW_FIELDS,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  get rowsEmitted(): number {
    return this.rowNumber;
  }

  /** True when the text ended inside a quoted field. */
  get insideQuotes(): boolean {
    return this.state === State.Quoted || this.state === State.QuoteInQuoted;
  }

  push(text: string): void {
    const d = this.delimiter;
    const n = text.length;
    let i = 0;
    let start = 0;
    while (i < n) {
      switch (this.state) {
        case State.AfterCr:
          if (text.charCodeAt(i) === LF) i++;
          start = i;
          this.state = State.FieldStart;
          break;
        case State.FieldStart:
          if (text.charCodeAt(i) === QUOTE) {
            this.quoteOpenedAtRow = this.rowNumber + 1;
            i++;
            start = i;
            this.state = State.Quoted;
            break;
          }
          start = i;
          this.state = State.Unquoted;
          break;
        case State.Unquoted: {
          let c = 0;
          while (i < n) {
            c = text.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          if (i === n) {
            this.carry(text, start, n);
            break;
          }
          this.endField(text, start, i);
          i++;
          start = i;
          if (c === d) {
            this.state = State.FieldStart;
          } else {
            this.endRow();
            this.state = c === CR ? State.AfterCr : State.FieldStart;
          }
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          if (q === -1) {
            this.carry(text, i, n);
            i = n;
            break;
          }
          this.carry(text, i, q);
          i = q + 1;
          this.state = State.QuoteInQuoted;
          break;
        }
        case State.QuoteInQuoted:
          if (text.charCodeAt(i) === QUOTE) {
            this.carry('"', 0, 1);
            i++;
            this.state = State.Quoted;
          } else {
            // Closed; anything up to the delimiter is kept literally, as spreadsheets do.
            start = i;
            this.state = State.Unquoted;
          }
          break;
      }
    }
  }

  /** Flush the last row of a file that does not end with a newline. */
  end(): void {
    if (this.state === State.Unquoted || this.state === State.QuoteInQuoted || this.state === State.Quoted) {
      this.endField('', 0, 0);
      this.endRow();
    } else if (this.state === State.FieldStart && this.row.length > 0) {
      this.endField('', 0, 0);
      this.endRow();
    }
    this.state = State.FieldStart;
  }

  private carry(text: string, from: number, to: number): void {
    if (to <= from) {
      if (this.carried === null) this.carried = '';
      return;
    }
    const room = this.maxFieldChars - this.carriedLength;
    const piece = room >= to - from ? text.slice(from, to) : room > 0 ? text.slice(from, from + room) : '';
    this.carried = this.carried === null ? piece : this.carried + piece;
    this.carriedLength += to - from;
  }

  private endField(text: string, from: number, to: number): void {
    if (this.row.length >= this.maxFields) {
      this.droppedFields++;
      this.carried = null;
      this.carriedLength = 0;
      return;
    }
    let value: string;
    let length: number;
    if (this.carried === null) {
      length = to - from;
      value = length > this.maxFieldChars ? text.slice(from, from + this.maxFieldChars) : text.slice(from, to);
    } else {
      this.carry(text, from, to);
      value = this.carried;
      length = this.carriedLength;
      this.carried = null;
      this.carriedLength = 0;
    }
    if (length > this.maxFieldChars) {
      (this.longFields ??= []).push({ column: this.row.length, length });
    }
    this.row.push(value);
  }

  private endRow(): void {
    this.rowNumber++;
    const row = this.row;
    const long = this.longFields;
    const fieldCount = this.droppedFields > 0 ? row.length + this.droppedFields : null;
    this.row = [];
    this.longFields = null;
    this.droppedFields = 0;
    this.onRow(row, this.rowNumber, long, fieldCount);
  }
}

/** Parse a whole string (tests, sniffing samples). */
export function parseCsvText(text: string, delimiter: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser(delimiter, (cells) => {
    if (rows.length < maxRows) rows.push(cells);
  });
  parser.push(text);
  parser.end();
  return rows;
}
