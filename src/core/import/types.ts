import type { ReadOptions } from '../ground/files/read/types';

/** The kinds of data a merchant can import, as named on the command line and in the wizard. */
export const importKinds = [
  'catalog',
  'suppliers',
  'terms',
  'sales',
  'order-lines',
  'stock',
  'purchase-orders',
  'receipts',
  'lanes',
] as const;
export type ImportKind = (typeof importKinds)[number];

export function isImportKind(value: string): value is ImportKind {
  return (importKinds as readonly string[]).includes(value);
}

export type { EncodingOption, ReadOptions, TextEncodingName } from '../ground/files/read/types';

export type OnError = 'abort' | 'skip';

/** Day/month order of slash dates like 03/04/2024. */
export type DateOrder = 'YMD' | 'DMY' | 'MDY';
export type DecimalSeparator = '.' | ',';

export type Severity = 'error' | 'warning';

/** Stable codes so the UI can translate; `message` is the plain English for logs and the CLI. */
export type ProblemCode =
  | 'missing_value'
  | 'bad_date'
  | 'date_out_of_range'
  | 'not_a_number'
  | 'negative'
  | 'out_of_range'
  | 'bad_value'
  | 'duplicate_key'
  | 'unknown_supplier'
  | 'unknown_product'
  | 'unknown_order'
  | 'value_too_long'
  | 'formula'
  | 'new_products'
  | 'new_locations'
  | 'default_location'
  | 'default_date'
  | 'already_imported'
  | 'encoding'
  | 'ambiguous_dates'
  | 'database'
  | 'returns';

export interface Problem {
  file: string;
  /** Row as the user sees it in the file or sheet: the first line is row 1. 0 when about the whole file. */
  row: number;
  /** Header text of the column, or '' when about the whole row or file. */
  column: string;
  /** Target field the column is mapped to, when there is one. */
  field?: string;
  value: string;
  message: string;
  severity: Severity;
  code: ProblemCode;
}

/**
 * How file columns become fields. Columns are named by their header text (as in the file) or
 * by 0-based position; formats left out are inferred from the data.
 */
export interface ImportMapping {
  columns: Record<string, string | number>;
  dateOrder?: DateOrder;
  decimalSeparator?: DecimalSeparator;
  /** Location code for rows without a location column or value. */
  defaultLocation?: string;
  /** Snapshot date for stock files without a date column (YYYY-MM-DD). */
  defaultDate?: string;
}

export interface ImportOptions extends ReadOptions {
  kind: ImportKind;
  /** 'auto' (or left out): the saved mapping for this file shape, else the proposed one. */
  mapping?: ImportMapping | 'auto';
  onError?: OnError;
  /** How many problems are kept in the result (all are counted). */
  maxProblems?: number;
  /** Keep the mapping for the next file of the same shape (default true). */
  saveMapping?: boolean;
}

export interface ProblemSummary {
  /** The first problems found, in file order, up to the cap. */
  list: Problem[];
  errors: number;
  warnings: number;
  /** Count per code, so a capped list still tells the whole story. */
  byCode: Partial<Record<ProblemCode, number>>;
}

export interface ImportResult {
  /** null when nothing was written (aborted or a dry run). */
  importId: number | null;
  status: 'done' | 'aborted';
  kind: ImportKind;
  file: string;
  fingerprint: string;
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  warnings: number;
  problems: ProblemSummary;
  /** SKUs and locations that were not in the workspace and were added. */
  created: { products: string[]; locations: string[] };
  /** What the import changed, per table. */
  changes: Record<string, { inserted: number; updated: number; deleted: number }>;
  /**
   * Sales only: rows with a negative quantity, read as returns (units as a positive number).
   * They are stored as days with 0 units sold, so returns are never taken off demand.
   */
  returns?: { rows: number; units: number };
  mapping: ImportMapping;
  seconds: number;
}
