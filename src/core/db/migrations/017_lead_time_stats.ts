import type { Migration } from './types';

/**
 * The lead-time statistics a plan last measured (planning/lead-times/lead-time-stats.ts), kept
 * while the inputs they were measured from stand: `lead_time_stats_inputs` holds the purchases and
 * suppliers versions (data_versions), the period and the settings, as one JSON text; the rows are
 * the profiles, product_id 0 being the supplier as a whole. A cache: nothing refers to it, and
 * clearing both tables only costs the next plan one measurement.
 */
export const migration017: Migration = {
  version: 17,
  name: 'lead time stats',
  sql: `
CREATE TABLE lead_time_stats_inputs (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  inputs TEXT NOT NULL CHECK (json_valid(inputs))
) STRICT;

CREATE TABLE lead_time_stats (
  supplier_id   INTEGER NOT NULL,
  product_id    INTEGER NOT NULL CHECK (product_id >= 0),
  source        TEXT NOT NULL CHECK (source IN ('measured', 'promised')),
  samples       INTEGER NOT NULL CHECK (samples >= 0),
  mean_days     REAL NOT NULL,
  sd_days       REAL NOT NULL,
  p50_days      REAL NOT NULL,
  p90_days      REAL NOT NULL,
  p95_days      REAL NOT NULL,
  promised_days REAL,
  bias_days     REAL,
  fill_rate     REAL NOT NULL,
  PRIMARY KEY (supplier_id, product_id)
) STRICT, WITHOUT ROWID;
`,
};
