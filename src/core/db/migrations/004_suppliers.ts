import type { Migration } from './types';

/**
 * Supplier scorecards: the user's scoring settings (weights, on-time tolerance, shrinkage strength),
 * one row per workspace. Confirmation imports need no table: they update po_lines and write audit_log.
 */
export const migration004: Migration = {
  version: 4,
  name: 'supplier scorecard settings',
  sql: `
CREATE TABLE supplier_scorecard_settings (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  settings   TEXT NOT NULL CHECK (json_valid(settings)),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
