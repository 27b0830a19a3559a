import { AppError } from '../../ground/errors/app-error';
import type { Db } from '../../db/workspace';

/** Opening or creating a workspace migrates it, so the import tables are there; this guards a connection that skipped that. */
export function requireImportSchema(db: Db): void {
  const found = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'import_undo'").get();
  if (!found) {
    throw new AppError('internal', 'This workspace has no import tables yet (migration 2 has not run)', {});
  }
}
