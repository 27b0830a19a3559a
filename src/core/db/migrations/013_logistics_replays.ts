import type { Migration } from './types';

/**
 * Logistics replays: the A/B of transfers and mode choice against a single mode without transfers,
 * replayed on past demand. Like policy simulations, a replay keeps what it was asked and what it
 * found as JSON, so the Logistics page shows the latest figures without running it again.
 */
export const migration013: Migration = {
  version: 13,
  name: 'logistics replays',
  sql: `
CREATE TABLE logistics_replays (
  id          INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  from_date   TEXT NOT NULL,
  to_date     TEXT NOT NULL,
  settings    TEXT NOT NULL CHECK (json_valid(settings)),
  results     TEXT NOT NULL CHECK (json_valid(results)),
  seconds     REAL,
  CHECK (to_date >= from_date)
) STRICT;
`,
};
