import type { Migration } from './types';

/**
 * A run's forecasts as the plan reads them, packed (forecasting/packed-forecasts.ts): one row per
 * chunk the run wrote, its series' keys and each bucket's mean, variance and cumulative variance
 * as Float64 BLOBs — the same numbers as the run's forecast_values rows. A plan then reads a few
 * dozen rows instead of 2.6 M values at 100,000 series. A copy: a run without it (written before,
 * or by the refresh's incremental writer) is read from forecast_values.
 */
export const migration023: Migration = {
  version: 23,
  name: 'forecast packed',
  sql: `
CREATE TABLE forecast_packed (
  run_id       INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
  chunk        INTEGER NOT NULL CHECK (chunk >= 0),
  series       INTEGER NOT NULL CHECK (series > 0),
  bucket_dates TEXT NOT NULL,
  product_id   BLOB NOT NULL,
  location_id  BLOB NOT NULL,
  mean         BLOB NOT NULL,
  variance     BLOB NOT NULL,
  cum_variance BLOB NOT NULL,
  PRIMARY KEY (run_id, chunk)
) STRICT;
`,
};
