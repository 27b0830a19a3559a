import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { checkSqliteFile } from './file-checks';
import { assertMigratable, migrate } from './migrate';
import { readMeta, writeMeta, type WorkspaceMeta } from './meta';
import { openConnection, type ConnectionOptions } from './connection-policy';

export type Db = Database.Database;

export interface Workspace {
  readonly path: string;
  readonly db: Db;
  readonly meta: WorkspaceMeta;
  /**
   * True when the open checked only the file's structure (a large file): the whole-file check is
   * still owed, and the app runs it in the background (`app/background-check.ts`).
   */
  readonly wholeFileCheckOwed: boolean;
  close(): void;
}

/**
 * Above this size the open does not walk every page (quick_check reads the whole file: 7 s at
 * 10,000 SKUs, 358 MB; half a minute at 50,000): it checks the schema and the workspace's own
 * table, and leaves the whole file to a background check.
 */
export const WHOLE_FILE_CHECK_AT_OPEN_MAX_BYTES = 64 * 1024 * 1024;

export interface CreateOptions {
  name: string;
  kind?: WorkspaceMeta['kind'];
  /** Tune for a one-shot bulk write into a file nobody else has open yet. */
  bulk?: boolean;
}

/** The app's and the CLI's connection: the one policy (connection-policy.ts), tuned for big reads. */
function connect(path: string, options: ConnectionOptions): Db {
  const db = openConnection(path, options);
  // Aggregates over millions of sales rows sort in memory instead of temp files.
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  return db;
}

function wrap(path: string, db: Db, wholeFileCheckOwed = false): Workspace {
  return {
    path,
    db,
    meta: readMeta(db),
    wholeFileCheckOwed,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** Create a new, empty workspace file. Refuses to overwrite an existing file. */
export function createWorkspace(path: string, options: CreateOptions): Workspace {
  if (fs.existsSync(path)) {
    throw new AppError('workspace_exists', `A file already exists at ${path}`, { path });
  }
  const db = connect(path, {});
  try {
    if (options.bulk) {
      // The rollback journal stays in memory (no -journal file is written; better-sqlite3's
      // defensive mode refuses journal_mode = OFF) and nothing waits for the disk. A crash can
      // leave the file inconsistent, which is safe only because it is new and private to this
      // writer: the caller builds it under a temporary name and deletes it if it is not finished.
      db.pragma('journal_mode = MEMORY');
      db.pragma('synchronous = OFF');
    } else {
      db.pragma('journal_mode = WAL');
    }
    migrate(db, path);
    writeMeta(db, {
      name: options.name,
      kind: options.kind ?? 'user',
      createdAt: new Date().toISOString(),
    });
    return wrap(path, db);
  } catch (error) {
    db.close();
    fs.rmSync(path, { force: true });
    throw error;
  }
}

/** Turn a bulk-written file into a normal workspace (WAL, durable writes). */
export function finishBulkWrite(workspace: Workspace): void {
  workspace.db.pragma('synchronous = FULL');
  workspace.db.pragma('journal_mode = WAL');
  workspace.db.pragma('optimize');
}

/**
 * Open an existing workspace for reading and writing, migrating it if it is older.
 * Every refusal happens before anything is written.
 */
export function openWorkspace(path: string, options: { wholeFileCheckMaxBytes?: number } = {}): Workspace {
  checkSqliteFile(path);
  // Reading a WAL-mode file makes its -wal and -shm files: a refusal must not leave ours behind.
  const madeHere = SIDE_FILES.filter((suffix) => !fs.existsSync(`${path}${suffix}`));
  const cleanUp = () => removeSideFiles(path, madeHere);
  let db: Db;
  try {
    db = connect(path, { fileMustExist: true });
  } catch (error) {
    cleanUp();
    // The header said SQLite (checked above): a file SQLite then cannot read is damaged, not foreign.
    if ((error as { code?: unknown }).code === 'SQLITE_CORRUPT') {
      throw damaged(path, [String(error)]);
    }
    throw new AppError('workspace_not_sqlite', `${path} could not be opened as a SQLite database`, {
      path,
      cause: String(error),
    });
  }
  try {
    assertMigratable(db, path);
    const wholeFile = fs.statSync(path).size <= (options.wholeFileCheckMaxBytes ?? WHOLE_FILE_CHECK_AT_OPEN_MAX_BYTES);
    const problems = quickCheck(db, wholeFile ? [null] : ['sqlite_schema', 'workspace_meta']);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      // The file is left as it is: the user is offered a restore from its backups instead.
      throw damaged(path, problems);
    }
    db.pragma('journal_mode = WAL');
    migrate(db, path);
    return wrap(path, db, !wholeFile);
  } catch (error) {
    db.close();
    // Only a refusal before any write: the side files we made are empty, nothing of the user's.
    if (error instanceof AppError) cleanUp();
    throw error;
  }
}

/**
 * SQLite's quick check of the whole file (null) or of the named tables and their indexes only;
 * ['ok'] when nothing was found.
 */
function quickCheck(db: Db, scopes: readonly (string | null)[]): string[] {
  const problems: string[] = [];
  for (const scope of scopes) {
    try {
      const rows = db.pragma(scope === null ? 'quick_check' : `quick_check(${scope})`) as { quick_check: string }[];
      problems.push(...rows.flatMap((row) => String(row.quick_check).split('\n')).filter((line) => line !== 'ok'));
    } catch (error) {
      // SQLite may refuse to even walk a badly damaged file (SQLITE_CORRUPT): the same verdict.
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems.length === 0 ? ['ok'] : problems;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/**
 * Remove the side files this open made, once its connection is closed. A journal that holds
 * anything is left alone (another process may have opened the file meanwhile), and so is the
 * shared-memory file of a -wal that stays.
 */
function removeSideFiles(path: string, madeHere: readonly (typeof SIDE_FILES)[number][]): void {
  const emptyOrGone = (suffix: string) => {
    try {
      return fs.statSync(`${path}${suffix}`).size === 0;
    } catch {
      return true;
    }
  };
  for (const suffix of ['-wal', '-journal'] as const) {
    if (madeHere.includes(suffix) && emptyOrGone(suffix)) fs.rmSync(`${path}${suffix}`, { force: true });
  }
  if (madeHere.includes('-shm') && !fs.existsSync(`${path}-wal`)) fs.rmSync(`${path}-shm`, { force: true });
}
/** Problems named in a damage report; SQLite lists up to 100, one per line. */
const SHOWN_PROBLEMS = 3;

/** A damaged file, in a few lines: the first problems SQLite found, how many in all, and what to do. */
function damaged(path: string, problems: readonly string[]): AppError {
  // SQLite heads each database's list with "*** in database main ***": a title, not a problem.
  const lines = problems.map((p) => p.trim()).filter((p) => p !== '' && !/^\*\*\* in database \w+ \*\*\*$/.test(p));
  const shown = lines.slice(0, SHOWN_PROBLEMS).map((p) => (p.length > 120 ? `${p.slice(0, 119)}…` : p));
  const more = lines.length > SHOWN_PROBLEMS ? `; and ${(lines.length - SHOWN_PROBLEMS).toLocaleString('en')} more${lines.length >= 100 ? ' (SQLite stops at 100)' : ''}` : '';
  const count = lines.length === 1 ? 'a problem' : `${lines.length.toLocaleString('en')} problems`;
  return new AppError(
    'workspace_damaged',
    `${path} is damaged: SQLite found ${count} (${shown.join('; ')}${more}). It was left unchanged. ` +
      'Restore it from a backup (Settings → Backups in the app), or create a new workspace',
    { path, problems: lines.length, first: shown },
  );
}
