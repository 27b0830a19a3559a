import type { ConfirmationImportResult } from '../../../shared/contract/schemas/suppliers';
import type { ConfirmationResult } from './types';

/** An applied confirmations file as the API reports it. */
export function confirmationImportRow(file: string, result: ConfirmationResult): ConfirmationImportResult {
  return {
    file,
    rows: result.rows,
    updated: result.updated,
    unchanged: result.unchanged,
    skipped: result.skipped,
    changes: result.changes.map((c) => ({
      row: c.row,
      poNumber: c.poNumber,
      lineNo: c.lineNo,
      sku: c.sku,
      before: { confirmedQty: c.before.confirmed_qty, confirmedDate: c.before.confirmed_date },
      after: { confirmedQty: c.after.confirmed_qty, confirmedDate: c.after.confirmed_date },
    })),
  };
}
