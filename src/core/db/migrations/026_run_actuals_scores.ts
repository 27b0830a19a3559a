import type { Migration } from './types';

/**
 * A run's pooled score against the sales after it (the Dashboard's forecast accuracy once weeks
 * after the run have sold), kept by the refresh that ends a week (monitoring/key-figures/
 * run-score-store.ts) so that a cold read — the command line, the app's first Dashboard after the
 * refresh — does not score 100,000 series again. It holds while its scored buckets (up to
 * `scored_to`) are the run's scored buckets, no write of sales_daily since `sales_version` reached
 * back to them (sales_writes, migration 025) and the catalogue's launch dates are `catalogue`.
 * `figures` is JSON: the pooled figures, or null when no series was scored. Bookkeeping that any
 * reader can recompute; it goes with its run.
 *
 * forecast_week_errors holds the same for the trend of that figure: a weekly run's Σ|mean − sold|,
 * Σ sold and series counted on one bucket (monitoring/key-figures/weekly-forecast-error.ts), valid
 * while no sales write since `sales_version` reached back into the bucket's days.
 */
export const migration026: Migration = {
  version: 26,
  name: 'run actuals scores',
  sql: `
CREATE TABLE forecast_run_actuals (
  run_id        INTEGER PRIMARY KEY REFERENCES forecast_runs (id) ON DELETE CASCADE,
  scored_to     TEXT NOT NULL,
  sales_version INTEGER NOT NULL,
  catalogue     TEXT NOT NULL,
  figures       TEXT NOT NULL
) STRICT;

CREATE TABLE forecast_week_errors (
  run_id        INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
  bucket_date   TEXT NOT NULL,
  error         REAL NOT NULL,
  actual        REAL NOT NULL,
  series        INTEGER NOT NULL,
  sales_version INTEGER NOT NULL,
  PRIMARY KEY (run_id, bucket_date)
) STRICT, WITHOUT ROWID;
`,
};
