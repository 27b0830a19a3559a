import type { Migration } from './types';

/**
 * Stored forecasts. A run is written in one transaction when it has finished, so a run row
 * always has all its series and values. Deleting a run cascades to its series and values.
 * location_id 0 in the forecast tables means "all locations summed" (no real location has id 0),
 * which is why they do not reference locations. Overrides and launch plans outlive runs: they
 * apply to whichever run is viewed.
 */
export const migration003: Migration = {
  version: 3,
  name: 'forecast runs, overrides, launch plans, model artifacts',
  sql: `
CREATE TABLE forecast_runs (
  id              INTEGER PRIMARY KEY,
  created_at      TEXT NOT NULL,
  frequency       TEXT NOT NULL CHECK (frequency IN ('day', 'week', 'month')),
  horizon         INTEGER NOT NULL CHECK (horizon > 0),
  quantile_levels TEXT NOT NULL CHECK (json_valid(quantile_levels)),
  locations       TEXT NOT NULL DEFAULT 'each' CHECK (locations IN ('each', 'total')),
  history_from    TEXT NOT NULL,
  history_to      TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('running', 'done', 'failed', 'cancelled')),
  seconds         REAL CHECK (seconds IS NULL OR seconds >= 0),
  series_count    INTEGER NOT NULL DEFAULT 0 CHECK (series_count >= 0),
  settings        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
  notes           TEXT,
  CHECK (history_to >= history_from)
) STRICT;
CREATE INDEX forecast_runs_created ON forecast_runs (created_at);

-- One row per series of a run: how it was forecast, and its holdout backtest next to the
-- seasonal naive benchmark on the same points. bt_points / bt_actual weight pooled figures.
CREATE TABLE forecast_series (
  run_id             INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
  product_id         INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id        INTEGER NOT NULL CHECK (location_id >= 0),
  method             TEXT NOT NULL,
  demand_class       TEXT NOT NULL,
  explanation        TEXT NOT NULL DEFAULT '',
  family             TEXT NOT NULL DEFAULT 'normal' CHECK (family IN ('normal', 'count')),
  history_buckets    INTEGER NOT NULL DEFAULT 0 CHECK (history_buckets >= 0),
  censored_buckets   INTEGER NOT NULL DEFAULT 0 CHECK (censored_buckets >= 0),
  capped_buckets     INTEGER NOT NULL DEFAULT 0 CHECK (capped_buckets >= 0),
  promo_share        REAL NOT NULL DEFAULT 0 CHECK (promo_share >= 0 AND promo_share <= 1),
  analogues          TEXT CHECK (analogues IS NULL OR json_valid(analogues)),
  total_mean         REAL NOT NULL DEFAULT 0,
  scale_mae          REAL,
  scale_mse          REAL,
  snaive_variance    REAL,
  calibration_factor REAL NOT NULL DEFAULT 1 CHECK (calibration_factor > 0),
  bt_points          INTEGER NOT NULL DEFAULT 0 CHECK (bt_points >= 0),
  bt_actual          REAL NOT NULL DEFAULT 0,
  mase               REAL,
  rmsse              REAL,
  wape               REAL,
  bias               REAL,
  pinball            REAL,
  coverage           REAL CHECK (coverage IS NULL OR (coverage >= 0 AND coverage <= 1)),
  snaive_mase        REAL,
  snaive_rmsse       REAL,
  snaive_wape        REAL,
  snaive_bias        REAL,
  snaive_pinball     REAL,
  snaive_coverage    REAL CHECK (snaive_coverage IS NULL OR (snaive_coverage >= 0 AND snaive_coverage <= 1)),
  PRIMARY KEY (run_id, product_id, location_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX forecast_series_product ON forecast_series (product_id, run_id);

-- Per bucket (dated by its last day): mean, stored quantiles, the step variance and the variance
-- of the sum over steps 1..this one (lead-time demand), and the seasonal naive forecast.
CREATE TABLE forecast_values (
  run_id       INTEGER NOT NULL,
  product_id   INTEGER NOT NULL,
  location_id  INTEGER NOT NULL,
  bucket_date  TEXT NOT NULL,
  mean         REAL NOT NULL CHECK (mean >= 0),
  p10          REAL NOT NULL,
  p50          REAL NOT NULL,
  p90          REAL NOT NULL,
  p95          REAL NOT NULL,
  p99          REAL NOT NULL,
  variance     REAL NOT NULL CHECK (variance >= 0),
  cum_variance REAL NOT NULL CHECK (cum_variance >= 0),
  snaive       REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, product_id, location_id, bucket_date),
  FOREIGN KEY (run_id, product_id, location_id)
    REFERENCES forecast_series (run_id, product_id, location_id) ON DELETE CASCADE,
  CHECK (p10 <= p50 AND p50 <= p90 AND p90 <= p95 AND p95 <= p99)
) STRICT, WITHOUT ROWID;

-- A planner's change to the forecast of a SKU (at one location, or all when location_id is NULL)
-- for the buckets that end within [from_date, to_date]. 'set' values are units per value_per
-- bucket; 'percent' scales by (100 + value)%. Removing an override deactivates it (kept for the
-- accuracy report); every change is also written to audit_log.
CREATE TABLE forecast_overrides (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id INTEGER REFERENCES locations (id) ON DELETE CASCADE,
  from_date   TEXT NOT NULL,
  to_date     TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('set', 'percent')),
  value       REAL NOT NULL,
  value_per   TEXT CHECK (value_per IS NULL OR value_per IN ('day', 'week', 'month')),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL DEFAULT 'user',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  removed_at  TEXT,
  removed_by  TEXT,
  CHECK (to_date >= from_date),
  CHECK ((kind = 'set' AND value >= 0 AND value_per IS NOT NULL) OR (kind = 'percent' AND value >= -100))
) STRICT;
CREATE INDEX forecast_overrides_product ON forecast_overrides (product_id, from_date) WHERE active = 1;

-- What a planner expects a new SKU to sell: units per week for its first weeks, or a total over
-- them. One plan per SKU and location (NULL = all locations).
CREATE TABLE launch_plans (
  id             INTEGER PRIMARY KEY,
  product_id     INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id    INTEGER REFERENCES locations (id) ON DELETE CASCADE,
  start_date     TEXT,
  weeks          INTEGER NOT NULL CHECK (weeks > 0),
  units_per_week REAL CHECK (units_per_week IS NULL OR units_per_week >= 0),
  total_units    REAL CHECK (total_units IS NULL OR total_units >= 0),
  notes          TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL DEFAULT 'user',
  CHECK ((units_per_week IS NULL) <> (total_units IS NULL))
) STRICT;
CREATE UNIQUE INDEX launch_plans_product_location ON launch_plans (product_id, coalesce(location_id, 0));

-- Trained models (the global model's tfjs topology and weights), newest per kind first.
CREATE TABLE model_artifacts (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  topology     TEXT NOT NULL CHECK (json_valid(topology)),
  weight_specs TEXT NOT NULL CHECK (json_valid(weight_specs)),
  weight_data  BLOB NOT NULL,
  meta         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
) STRICT;
CREATE INDEX model_artifacts_kind ON model_artifacts (kind, created_at);
`,
};
