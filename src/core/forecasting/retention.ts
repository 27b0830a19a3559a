import type Database from 'better-sqlite3';

/** Finished runs kept per workspace: enough to compare and audit, while a 10k-SKU run takes about 44 MiB. */
export const KEEP_RUNS = 6;

/**
 * Deletes runs beyond the newest `keep` finished ones, in one transaction. A run a draft
 * plan was made from is kept, so the plan can still explain itself; a run still being
 * written is never touched. Series and values go with their run (ON DELETE CASCADE).
 */
export function pruneRuns(db: Database.Database, keep = KEEP_RUNS): number[] {
  return db.transaction(() => {
    const doomed = db
      .prepare(
        `SELECT id FROM forecast_runs
          WHERE status <> 'running'
            AND id NOT IN (SELECT id FROM forecast_runs WHERE status = 'done' ORDER BY id DESC LIMIT ?)
            AND id NOT IN (SELECT forecast_run_id FROM plans WHERE status = 'draft' AND forecast_run_id IS NOT NULL)
          ORDER BY id`,
      )
      .pluck()
      .all(Math.max(1, keep)) as number[];
    const remove = db.prepare('DELETE FROM forecast_runs WHERE id = ?');
    for (const id of doomed) remove.run(id);
    return doomed;
  })();
}
