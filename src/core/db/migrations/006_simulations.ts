import type { Migration } from './types';

/**
 * Policy simulations and the planning budget. A simulation keeps what it was asked (period,
 * targets, min/max cover days) and what it found (both policies' results and the service-vs-inventory
 * curve) as JSON, so the Replenishment page can show past runs side by side without re-running them.
 * planning_preferences holds workspace-wide planning choices by key (the cash budget for plans).
 */
export const migration006: Migration = {
  version: 6,
  name: 'policy simulations and planning preferences',
  sql: `
CREATE TABLE simulations (
  id          INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  from_date   TEXT NOT NULL,
  to_date     TEXT NOT NULL,
  settings    TEXT NOT NULL CHECK (json_valid(settings)),
  results     TEXT NOT NULL CHECK (json_valid(results)),
  seconds     REAL,
  CHECK (to_date >= from_date)
) STRICT;

CREATE TABLE planning_preferences (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
