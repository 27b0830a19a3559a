import type { Migration } from './types';

/**
 * Which days each write of sales_daily reached (db/sales-series/sales-writes.ts): one row per move
 * of the 'sales' data version (migration 016), with the earliest day the write touched. A reader
 * that kept what it computed from a window of days (the Dashboard's score of a run against the
 * weeks since it) then knows whether the sales moved only after that window — the daily import of
 * a new day — and keeps it. Bookkeeping, not business data; a row per import.
 */
export const migration025: Migration = {
  version: 25,
  name: 'sales writes',
  sql: `
CREATE TABLE sales_writes (
  version   INTEGER PRIMARY KEY,
  first_day INTEGER NOT NULL
) STRICT;
`,
};
