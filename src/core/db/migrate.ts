import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

/** Marks a SQLite file as ours ("SDK1"), so a stranger's database is never migrated. */
export const APPLICATION_ID = 0x53444b31;

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

/**
 * Bring a database to the latest schema in one transaction. A database that
 * already has data is copied first, so a failed or regretted upgrade can be undone.
 */
export function migrate(
  db: Database.Database,
  filePath: string,
  migrations: readonly Migration[] = allMigrations,
): MigrateResult {
  const { from, latest } = assertMigratable(db, filePath, migrations);
  if (from === latest) return { from, to: from, backupPath: null };

  const backupPath = from > 0 ? backupBeforeMigrating(db, filePath, from) : null;
  const pending = migrations.filter((m) => m.version > from);
  try {
    db.transaction(() => {
      for (const migration of pending) {
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
      }
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  } catch (error) {
    // Rolled back: the file is as the copy has it, so the copy is only clutter (one per try).
    if (backupPath) fs.rmSync(backupPath, { force: true });
    throw error;
  }
  return { from, to: latest, backupPath };
}

/**
 * Read-only checks: is this our file, and can this version read it? Run before
 * anything (even the journal mode) is changed, so a refused file stays as it was.
 */
export function assertMigratable(
  db: Database.Database,
  filePath: string,
  migrations: readonly Migration[] = allMigrations,
): { from: number; latest: number } {
  const latest = migrations[migrations.length - 1]!.version;
  const from = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (from > latest) {
    throw new AppError(
      'workspace_too_new',
      `${filePath} was saved by a newer SupplyDesk (schema ${from}; this version reads up to ${latest}). Update SupplyDesk to open it.`,
      { path: filePath, version: from, supported: latest },
    );
  }
  if (from === 0) {
    const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
    if (tables > 0 && appId !== APPLICATION_ID) throw notAWorkspace(filePath);
  } else if (appId !== APPLICATION_ID) {
    throw notAWorkspace(filePath);
  }
  assertVersionFitsTables(db, filePath, from, migrations);
  return { from, latest };
}

/** Table names a migration creates. */
function tablesCreatedBy(migration: Migration): string[] {
  const names: string[] = [];
  for (const match of migration.sql.matchAll(/CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`[]?(\w+)/gi)) names.push(match[1]!.toLowerCase());
  return names;
}

/**
 * A version set back by hand (or by a tool) while the tables stay: the migrations still to run
 * would create tables the file already has and fail half-way, once per try. Refuse before
 * anything is written or copied.
 */
function assertVersionFitsTables(db: Database.Database, filePath: string, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  const existing = new Set(
    (db.prepare("SELECT lower(name) FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]),
  );
  for (const migration of pending) {
    const clash = tablesCreatedBy(migration).filter((name) => existing.has(name));
    if (clash.length === 0) continue;
    throw new AppError(
      'workspace_damaged',
      `${filePath} says it is at schema version ${from}, but it already has the table${clash.length > 1 ? 's' : ''} ${clash.slice(0, 5).join(', ')} ` +
        `of version ${migration.version}: its version was changed outside SupplyDesk, so it cannot be upgraded safely. ` +
        'It was left unchanged. Restore it from a backup, or open a copy made before the change',
      { path: filePath, version: from, tables: clash.slice(0, 5), tablesOfVersion: migration.version },
    );
  }
}

function notAWorkspace(filePath: string): AppError {
  return new AppError(
    'not_a_workspace',
    `${filePath} is a SQLite database but not a SupplyDesk workspace; it was left unchanged`,
    { path: filePath },
  );
}

function backupBeforeMigrating(db: Database.Database, filePath: string, from: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupPath = `${filePath}.v${from}-${stamp}.bak`;
  fs.rmSync(backupPath, { force: true });
  db.prepare('VACUUM INTO ?').run(backupPath);
  return backupPath;
}
