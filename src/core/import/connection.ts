import Database from 'better-sqlite3';
import { nativeBindingPath } from '../db/native-binding';
import type { Db } from '../db/workspace';
import { AppError } from '../errors/app-error';
import { requireImportSchema } from './write/schema';

/**
 * A job's own connection to the workspace the app has open. An import keeps one transaction
 * open across the awaits of reading its file, so it must not share the app's connection.
 * No migration here: the app migrated the file when it opened it. WAL lets the app keep
 * reading meanwhile; busy_timeout makes the import wait out a write the app is doing.
 */
export function openImportConnection(path: string): Db {
  const binding = nativeBindingPath();
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  } catch (error) {
    throw new AppError('workspace_missing', `${path} could not be opened`, { path, cause: String(error) });
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    requireImportSchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
