import Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { nativeBindingPath } from './native-binding';

/**
 * A job's own connection to a workspace the app already has open. It neither migrates nor runs
 * the integrity check (the app did both when it opened the file); `requireSchema` only confirms
 * the tables the job needs are there. WAL lets it read while the app reads; its write
 * transaction waits out the app's writes via busy_timeout. An import keeps one transaction open
 * across the awaits of reading its file, which is why jobs never share the app's connection.
 */
export function openJobConnection(path: string, requireSchema: (db: Database.Database) => void): Database.Database {
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
    requireSchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
