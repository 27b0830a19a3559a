import type { Migration } from './types';

/**
 * The data's as-of date (db/data-as-of.ts) is read by every page and job: the newest stock snapshot
 * is found by an index instead of a scan of every snapshot (sales_daily has its date index already).
 */
export const migration012: Migration = {
  version: 12,
  name: 'index of stock snapshot dates',
  sql: `
CREATE INDEX stock_snapshots_date ON stock_snapshots (date);
`,
};
