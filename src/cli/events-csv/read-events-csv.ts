import path from 'node:path';
import { AppError } from '../../core/ground/errors/app-error';
import { dayFromIso } from '../../core/ground/calendar';
import { cellText, isBlankRow, type Cell } from '../../core/ground/files/read/cell';
import { fileSize } from '../../core/ground/files/read/file-head';
import { openSource } from '../../core/ground/files/read/source';
import { unescapeCellText } from '../../core/ground/files/safe-cell';
import { cellError } from '../cell-error';

/** One row of an events file: `key,name,from,to`. */
export interface EventCsvRow {
  /** The row as a spreadsheet numbers it (header = 1). */
  row: number;
  key: string;
  /** Empty when the row only gives dates. */
  name: string;
  from: string;
  to: string;
}

export const EVENT_CSV_COLUMNS = ['key', 'name', 'from', 'to'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Read an events file (CSV or XLSX through the file layer's reader). Every bad cell stops the
 * read with file, row and column; a key with the same year twice is refused (which dates would win?).
 */
export async function readEventsCsv(file: string): Promise<EventCsvRow[]> {
  const name = path.basename(file);
  const rows: EventCsvRow[] = [];
  const years = new Map<string, number>();
  let columns: Record<(typeof EVENT_CSV_COLUMNS)[number], number> | null = null;

  const handleRow = (cells: Cell[], row: number) => {
    if (isBlankRow(cells)) return;
    const text = cells.map((c) => unescapeCellText(cellText(c).trim()));
    if (!columns) {
      const header = text.map((t, i) => (i === 0 ? t.replace(/^\uFEFF/, '') : t).toLowerCase());
      const found = Object.fromEntries(EVENT_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as typeof columns & object;
      const missing = EVENT_CSV_COLUMNS.filter((c) => found[c] === -1);
      if (missing.length > 0) {
        throw new AppError('invalid_input', `${name}, row 1: no "${missing.join('", "')}" column (expected key,name,from,to; found: ${text.join(', ')})`, {
          file: name,
          row: 1,
          column: missing[0],
        });
      }
      columns = found;
      return;
    }
    const cell = (c: (typeof EVENT_CSV_COLUMNS)[number]) => text[columns![c]] ?? '';
    const entry = { row, key: cell('key'), name: cell('name'), from: cell('from'), to: cell('to') };
    if (entry.key === '') throw cellError(name, row, 'key', 'the key is empty');
    for (const column of ['from', 'to'] as const) {
      const value = entry[column];
      if (!ISO.test(value) || Number.isNaN(dayFromIso(value))) throw cellError(name, row, column, `"${value}" is not a date written YYYY-MM-DD`, value);
    }
    if (entry.to < entry.from) throw cellError(name, row, 'to', `the event ends (${entry.to}) before it starts (${entry.from})`, entry.to);
    const yearKey = `${entry.key} ${entry.to.slice(0, 4)}`;
    const earlier = years.get(yearKey);
    if (earlier !== undefined) throw cellError(name, row, 'to', `${entry.key} already has dates for ${entry.to.slice(0, 4)} in row ${earlier}`, entry.to);
    years.set(yearKey, row);
    rows.push(entry);
  };

  try {
    if (fileSize(file) === 0) throw new AppError('invalid_input', `${name} is empty: expected a header key,name,from,to`, { file: name, row: 1 });
    const source = await openSource(file, {});
    await source.read(handleRow, () => true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${name} could not be read: ${(error as Error).message}`, { file: name });
  }
  if (!columns) throw new AppError('invalid_input', `${name} is empty: expected a header key,name,from,to`, { file: name, row: 1 });
  return rows;
}
