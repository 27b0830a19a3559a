/**
 * A job's own connection to a workspace the app already has open. It neither migrates nor runs
 * the integrity check (the app did both when it opened the file); WAL lets it read while the
 * app reads, and its single write transaction waits out the app's writes via busy_timeout.
 */

import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { nativeBindingPath } from '../db/native-binding';
import { assertForecastSchema } from './schema';

export function openForecastConnection(path: string): Database.Database {
  const binding = nativeBindingPath();
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  } catch (error) {
    throw new AppError('workspace_missing', `${path} could not be opened`, { path, cause: String(error) });
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    assertForecastSchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
