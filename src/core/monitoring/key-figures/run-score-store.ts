import type Database from 'better-sqlite3';
import { salesUnchangedThrough } from '../../db/sales-series/sales-writes';
import { dayFromIso } from '../../ground/calendar';

/**
 * A run's score against actuals kept in the workspace (migration 026), so that a cold reader — a
 * new process, the app's first Dashboard after the refresh — finds it: valid while the run's
 * scored buckets still end at `to`, the catalogue's launch dates are the same and no write of
 * sales_daily since it was kept reached back to them (the same test as run-score-cache.ts).
 */
export interface KeptRunScore<T> {
  value: T;
  salesVersion: number;
}

/** What a kept score was computed from: the run's scored buckets up to `to`, the sales version and the catalogue's launch dates. */
export interface RunScoreBasis {
  to: string;
  salesVersion: number;
  catalogue: string;
}

/** Whether a score kept on `kept` still holds for buckets up to `to` and the catalogue as it is (`catalogue`). */
export function runScoreHolds(db: Database.Database, kept: RunScoreBasis, to: string, catalogue: string): boolean {
  return kept.to === to && kept.catalogue === catalogue && salesUnchangedThrough(db, kept.salesVersion, dayFromIso(to));
}

export function readKeptRunScore<T>(db: Database.Database, runId: number, to: string, catalogue: string): KeptRunScore<T> | null {
  const row = db
    .prepare('SELECT scored_to, sales_version, catalogue, figures FROM forecast_run_actuals WHERE run_id = ?')
    .raw(true)
    .get(runId) as [string, number, string, string] | undefined;
  if (!row) return null;
  const [scoredTo, salesVersion, keptCatalogue, figures] = row;
  if (!runScoreHolds(db, { to: scoredTo, salesVersion, catalogue: keptCatalogue }, to, catalogue)) return null;
  // JSON gives every double back exactly (as the kept backtest figures, run-backtest-score.ts).
  return { value: JSON.parse(figures) as T, salesVersion };
}

/** In the writer's transaction: the score as of the current sales version. */
export function keepRunScore(db: Database.Database, runId: number, kept: RunScoreBasis & { value: unknown }): void {
  db.prepare('INSERT OR REPLACE INTO forecast_run_actuals (run_id, scored_to, sales_version, catalogue, figures) VALUES (?, ?, ?, ?, ?)').run(
    runId,
    kept.to,
    kept.salesVersion,
    kept.catalogue,
    JSON.stringify(kept.value),
  );
}
