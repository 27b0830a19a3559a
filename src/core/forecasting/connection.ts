import type Database from 'better-sqlite3';
import { openJobConnection } from '../db/job-connection';
import { assertForecastSchema } from './schema';

/** A forecasting or planning job's own connection (see openJobConnection). */
export function openForecastConnection(path: string): Database.Database {
  return openJobConnection(path, assertForecastSchema);
}
