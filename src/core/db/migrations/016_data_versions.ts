import type { Migration } from './types';

/**
 * Counters that writers move in their own transaction, so a reader that keeps what it computed
 * (the Dashboard's run scores) knows in one look-up whether its inputs changed: 'sales' moves with
 * every write of sales_daily (db/sales-series/store.ts). Bookkeeping, not business data.
 */
export const migration016: Migration = {
  version: 16,
  name: 'data versions',
  sql: `
CREATE TABLE data_versions (
  name    TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version >= 0)
) STRICT, WITHOUT ROWID;
`,
};
