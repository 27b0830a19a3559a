import type { Migration } from './types';

/**
 * The series store: each SKU-location's daily sales rows as one columnar BLOB (see
 * db/sales-series/), read by forecast runs, the refresh, alerts and key figures instead of
 * re-aggregating sales_daily. A rowid table: BLOBs of a few kilobytes do not belong in a
 * WITHOUT ROWID b-tree. Left empty and not marked complete here: the first job that reads
 * history builds it, with progress (workspace_meta 'sales_series' = 'complete' once built).
 */
export const migration015: Migration = {
  version: 15,
  name: 'sales series store',
  sql: `
CREATE TABLE sales_series (
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations (id),
  first_day   INTEGER NOT NULL,
  last_day    INTEGER NOT NULL,
  rows        INTEGER NOT NULL CHECK (rows > 0),
  layout      INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (product_id, location_id),
  CHECK (last_day >= first_day)
) STRICT;
`,
};
