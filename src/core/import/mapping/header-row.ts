import { AppError } from '../../ground/errors/app-error';
import { kindDefinitions } from '../kinds';
import type { FieldSpec } from '../kinds/fields';
import { HEADER_SEARCH_ROWS, MAX_COLUMNS, MAX_HEADER_CHARS } from '../limits';
import { shortValue } from '../problems';
import { parseNumber } from '../parse/numbers';
import { normaliseHeader } from '../parse/text';
import { cellText, isBlankRow, type Cell, type RowFlags } from '../../ground/files/read/cell';

export interface BufferedRow {
  cells: Cell[];
  row: number;
  flags: RowFlags | null;
}

export interface Layout {
  /** Index in the buffered rows of the header row. */
  headerIndex: number;
  /** Row number of the header as the user sees it. */
  headerRow: number;
  headers: string[];
}

/** Every field name any kind knows, normalised: a row full of these is a header row. */
const knownHeaders = new Set(
  Object.values(kindDefinitions)
    .flatMap((k) => k.spec.fields as readonly FieldSpec[])
    .flatMap((f) => f.synonyms.map(normaliseHeader)),
);

/**
 * Find the header row: exports often put a title, a date range or blank lines above
 * it. The row with the most label-like cells wins, known field names counting double;
 * ties go to the earliest row. `headerRow` (1-based, as the user sees it) overrides.
 */
export function findLayout(rows: readonly BufferedRow[], file: string, headerRow?: number): Layout {
  let headerIndex = -1;
  if (headerRow !== undefined) {
    headerIndex = rows.findIndex((r) => r.row === headerRow);
    if (headerIndex < 0) throw new AppError('invalid_input', `${file} has no row ${headerRow} to use as the header`, { file, row: headerRow, reason: 'file_no_header_row' });
  } else {
    let best = -1;
    for (let i = 0; i < rows.length && i < HEADER_SEARCH_ROWS; i++) {
      const score = headerLikeness(rows[i]!.cells);
      if (score > best) {
        best = score;
        headerIndex = i;
      }
    }
  }
  if (headerIndex < 0) {
    throw new AppError('invalid_input', `${file} has no rows with data: there is nothing to import`, { file, row: 0, reason: 'file_no_rows' });
  }
  const header = rows[headerIndex]!;
  if (header.cells.length > MAX_COLUMNS) {
    throw new AppError(
      'invalid_input',
      `${file} has ${header.cells.length.toLocaleString('en')} columns; SupplyDesk reads files of up to ${MAX_COLUMNS.toLocaleString('en')} columns. Export only the columns you need`,
      { file, row: header.row, columns: header.cells.length, max: MAX_COLUMNS, reason: 'file_too_many_columns' },
    );
  }
  const headers = header.cells.map((c) => cellText(c).trim());
  const long = headers.findIndex((h) => h.length > MAX_HEADER_CHARS);
  if (long >= 0) {
    const length = headers[long]!.length;
    throw new AppError(
      'invalid_input',
      `${file} does not look like a table: its header row (row ${header.row}) has a column name of ${length.toLocaleString('en')} characters ` +
        `("${shortValue(headers[long])}"), and a column name is at most ${MAX_HEADER_CHARS.toLocaleString('en')}. ` +
        'Choose a file with a header row of column names (or set the header row)',
      { file, row: header.row, column: long, length, max: MAX_HEADER_CHARS, reason: 'file_not_a_table' },
    );
  }
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return { headerIndex, headerRow: header.row, headers };
}

function headerLikeness(cells: readonly Cell[]): number {
  if (isBlankRow(cells)) return -1;
  let score = 0;
  const limit = Math.min(cells.length, MAX_COLUMNS + 1);
  for (let i = 0; i < limit; i++) {
    const cell = cells[i];
    if (typeof cell !== 'string') continue;
    const text = cell.trim();
    if (text === '' || !Number.isNaN(parseNumber(text)) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text)) continue;
    score += 1;
    if (knownHeaders.has(normaliseHeader(text))) score += 2;
  }
  return score;
}
