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
  close(): void;
}

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

function wrap(path: string, db: Db): Workspace {
  return {
    path,
    db,
    meta: readMeta(db),
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
      // Safe only because the file is new and private to this writer: a crash leaves a file the
      // caller deletes, never a half-written workspace the user knows about.
      db.pragma('journal_mode = OFF');
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
export function openWorkspace(path: string): Workspace {
  checkSqliteFile(path);
  let db: Db;
  try {
    db = connect(path, { fileMustExist: true });
  } catch (error) {
    // The header said SQLite (checked above): a file SQLite then cannot read is damaged, not foreign.
    if ((error as { code?: unknown }).code === 'SQLITE_CORRUPT') {
      throw new AppError('workspace_damaged', `${path} is damaged (${String(error)})`, { path });
    }
    throw new AppError('workspace_not_sqlite', `${path} could not be opened as a SQLite database`, {
      path,
      cause: String(error),
    });
  }
  try {
    assertMigratable(db, path);
    let quick: unknown;
    try {
      quick = db.pragma('quick_check', { simple: true });
    } catch (error) {
      // SQLite may refuse to even walk a badly damaged file (SQLITE_CORRUPT): the same verdict.
      quick = error instanceof Error ? error.message : String(error);
    }
    if (quick !== 'ok') {
      // The file is left as it is: the user is offered a restore from its backups instead.
      throw new AppError('workspace_damaged', `${path} is damaged (${String(quick)})`, { path });
    }
    db.pragma('journal_mode = WAL');
    migrate(db, path);
    return wrap(path, db);
  } catch (error) {
    db.close();
    throw error;
  }
}
