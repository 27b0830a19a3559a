/** One row of a supplier's confirmation file: which PO line, and what they confirm. */
export interface ConfirmationRow {
  /** The row number in the source file, for messages; default the row's position (1-based). */
  row?: number;
  po_number: string | null | undefined;
  /** Identify the line by SKU or by line number (both: they must agree). */
  sku?: string | null;
  line_no?: number | string | null;
  /** Blank leaves the stored value as it is; a row with neither is skipped. */
  confirmed_qty?: number | string | null;
  /** ISO date (YYYY-MM-DD; YYYY/MM/DD is accepted too). */
  confirmed_date?: string | null;
}

export interface ConfirmationProblem {
  row: number;
  column: keyof Omit<ConfirmationRow, 'row'>;
  message: string;
}

export interface LineConfirmation {
  confirmed_qty: number | null;
  confirmed_date: string | null;
}

export interface ConfirmationChange {
  row: number;
  lineId: number;
  poNumber: string;
  lineNo: number;
  sku: string;
  before: LineConfirmation;
  after: LineConfirmation;
}

export interface ConfirmationResult {
  rows: number;
  updated: number;
  unchanged: number;
  /** Rows with no confirmed quantity or date (lines the supplier left blank). */
  skipped: number;
  changes: ConfirmationChange[];
}
