import type Database from 'better-sqlite3';

/**
 * The plan an alerts check reads (reorder points, cover, logistics): the newest that is not
 * archived. One query for every reader, so the check's parts never disagree on which plan it is.
 */
export function newestActivePlanId(db: Database.Database): number | null {
  const id = db.prepare("SELECT id FROM plans WHERE status <> 'archived' ORDER BY created_at DESC, id DESC LIMIT 1").pluck().get() as number | undefined;
  return id ?? null;
}
