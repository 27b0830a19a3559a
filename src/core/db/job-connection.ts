import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { openConnection } from './connection-policy';

/**
 * A job's own connection to a workspace the app already has open. It neither migrates nor runs
 * the integrity check (the app did both when it opened the file); `requireSchema` only confirms
 * the tables the job needs are there. WAL lets it read while others write; its write
 * transactions begin IMMEDIATE and wait their turn behind another writer (connection-policy.ts,
 * write-lock.ts). An import keeps one transaction open across the awaits of reading its file,
 * which is why jobs never share the app's connection.
 */
export function openJobConnection(path: string, requireSchema: (db: Database.Database) => void): Database.Database {
  let db: Database.Database;
  try {
    db = openConnection(path, { fileMustExist: true });
  } catch (error) {
    throw new AppError('workspace_missing', `${path} could not be opened`, { path, cause: String(error) });
  }
  try {
    requireSchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
