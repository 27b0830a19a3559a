import type Database from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import { moveDataVersion } from '../../db/data-versions';
import { getSupplier } from '../supplier-directory';
import type { ConfirmationResult, ConfirmationRow } from './types';
import { validateConfirmations } from './validate-confirmations';

export interface ApplyOptions {
  /** Who did it, for the audit log; default 'user'. */
  actor?: string;
  /** Where the rows came from (a file name), for the audit log. */
  source?: string;
}

/** Problems listed in the error's details; the message gives the total. */
const MAX_PROBLEMS_LISTED = 200;

/**
 * Stores a supplier's confirmed quantities and dates on their PO lines, all or nothing: every row is
 * checked first, and any problem aborts with nothing changed (details.problems names row and column).
 * Each changed line gets an audit_log row with its values before and after, and the import one
 * summary row. A blank quantity or date leaves the stored one; confirmations are never cleared here.
 * The promised date is not touched: scorecards keep measuring against the original promise.
 */
export function applySupplierConfirmations(
  db: Database.Database,
  supplierId: number,
  rows: readonly ConfirmationRow[],
  options: ApplyOptions = {},
): ConfirmationResult {
  getSupplier(db, supplierId);
  return db.transaction((): ConfirmationResult => {
    const checked = validateConfirmations(db, supplierId, rows);
    if (checked.problems.length > 0) {
      const first = checked.problems[0]!;
      throw new AppError(
        'invalid_input',
        `${checked.problems.length} problem(s) in the confirmations, nothing was changed. Row ${first.row}, ${first.column}: ${first.message}`,
        { problems: checked.problems.slice(0, MAX_PROBLEMS_LISTED), problemCount: checked.problems.length },
      );
    }
    const update = db.prepare('UPDATE po_lines SET confirmed_qty = ?, confirmed_date = ? WHERE id = ?');
    const audit = db.prepare('INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)');
    const actor = options.actor ?? 'user';
    const source = options.source ?? null;
    for (const change of checked.changes) {
      update.run(change.after.confirmed_qty, change.after.confirmed_date, change.lineId);
      audit.run(actor, 'supplier_confirmation', 'po_line', String(change.lineId), JSON.stringify({
        supplierId, poNumber: change.poNumber, lineNo: change.lineNo, sku: change.sku, row: change.row, source,
        before: change.before, after: change.after,
      }));
    }
    if (checked.changes.length > 0) moveDataVersion(db, 'purchases');
    const result: ConfirmationResult = {
      rows: rows.length, updated: checked.changes.length, unchanged: checked.unchanged, skipped: checked.skipped, changes: checked.changes,
    };
    audit.run(actor, 'supplier_confirmations_import', 'supplier', String(supplierId), JSON.stringify({
      source, rows: result.rows, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped,
    }));
    return result;
  })();
}
