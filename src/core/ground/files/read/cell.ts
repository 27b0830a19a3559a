/** One cell as read: CSV gives text; XLSX also gives numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** What the reader noticed about a row beyond its cells. */
export interface RowFlags {
  /** Cells longer than the limit (cut to the limit). */
  longFields?: { column: number; length: number }[];
  /** Fields the row had, when more than the reader keeps (the cells stop at the field limit). */
  fieldCount?: number;
  /** The row's last field opened a quote that the file never closed. */
  unclosedQuote?: boolean;
}

export type RowHandler = (cells: Cell[], rowNumber: number, flags: RowFlags | null) => void;

export function isBlankCell(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  return false;
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

/** Text of a cell for headers, messages and text fields. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString().replace('T00:00:00.000Z', '');
  return String(cell);
}
