import { AppError } from '../../ground/errors/app-error';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration002 } from '../../db/migrations/002_import';
import type { Migration } from '../../db/migrations/types';
import type { Db } from '../../db/workspace';

/** The registered migrations, plus the import tables while they are not registered yet. */
export const importMigrations: readonly Migration[] = migrations.some((m) => m.version >= migration002.version)
  ? migrations
  : [...migrations, migration002];

/** Bring a workspace up to the schema imports need (no-op when it is there). */
export function ensureImportSchema(db: Db, filePath: string): void {
  migrate(db, filePath, importMigrations);
}

export function requireImportSchema(db: Db): void {
  const found = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'import_undo'").get();
  if (!found) {
    throw new AppError('internal', 'This workspace has no import tables yet (migration 2 has not run)', {});
  }
}
