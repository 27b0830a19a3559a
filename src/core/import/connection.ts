import { openJobConnection } from '../db/job-connection';
import type { Db } from '../db/workspace';
import { requireImportSchema } from './write/schema';

/** An import job's own connection (see openJobConnection). */
export function openImportConnection(path: string): Db {
  return openJobConnection(path, requireImportSchema);
}
