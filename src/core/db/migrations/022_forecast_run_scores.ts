import type { Migration } from './types';

/**
 * A stored run never changes, so its pooled holdout-backtest figures (the Dashboard's forecast
 * accuracy until weeks after the run have sold) are kept beside it when it is written
 * (forecasting/run-backtest-score.ts) instead of pooling every series of the run on each cold read.
 * `backtest` is the figures as JSON, NULL when no series was backtested. Runs written before this
 * migration have no row: their figures are pooled from the series when asked, as before.
 */
export const migration022: Migration = {
  version: 22,
  name: 'forecast run scores',
  sql: `
CREATE TABLE forecast_run_scores (
  run_id   INTEGER PRIMARY KEY REFERENCES forecast_runs (id) ON DELETE CASCADE,
  backtest TEXT
) STRICT;
`,
};
