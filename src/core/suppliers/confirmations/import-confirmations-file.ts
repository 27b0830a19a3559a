import path from 'node:path';
import type Database from 'better-sqlite3';
import { applySupplierConfirmations, type ApplyOptions } from './apply-confirmations';
import { readConfirmationsFile } from './read-confirmations';
import type { ConfirmationResult } from './types';

/** Reads a confirmations file and applies it; the file name goes into the audit log. */
export async function importSupplierConfirmationsFile(
  db: Database.Database,
  supplierId: number,
  file: string,
  options: Omit<ApplyOptions, 'source'> = {},
): Promise<ConfirmationResult> {
  const rows = await readConfirmationsFile(file);
  return applySupplierConfirmations(db, supplierId, rows, { ...options, source: path.basename(file) });
}
