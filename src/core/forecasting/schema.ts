import type Database from 'better-sqlite3';
import { migration003 } from '../db/migrations/003_forecasts';
import { AppError } from '../ground/errors/app-error';

/** For connections that must not migrate (a job's worker): fail clearly if the tables are missing. */
export function assertForecastSchema(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < migration003.version) {
    throw new AppError('not_supported', 'This workspace has no forecast tables yet: open it in SupplyDesk first to upgrade it', {
      version,
      required: migration003.version,
    });
  }
}
