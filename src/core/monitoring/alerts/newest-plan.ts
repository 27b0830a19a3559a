import type Database from 'better-sqlite3';
import { newestActivePlan } from '../../planning/plan-store';

/** The plan an alerts check reads (reorder points, cover, logistics): the newest that is not archived. */
export function newestActivePlanId(db: Database.Database): number | null {
  return newestActivePlan(db)?.id ?? null;
}
