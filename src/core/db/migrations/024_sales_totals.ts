import type { Migration } from './types';

/**
 * Weekly sales totals and the SKUs with a sale, kept beside sales_daily (db/sales-totals/store.ts),
 * so the Dashboard's weekly chart and the workspace's counts read ~100 rows instead of every daily
 * row (14.7 CPU-s and 3.7 s at 50,000 SKUs). Complete at once for a workspace without sales;
 * one with sales is filled by the next job that reads history (buildSeriesStore, as migration 019's
 * revenue), not here: opening a large workspace after an upgrade must not wait for every daily row.
 * Until then readers run the queries over sales_daily, as before.
 */
export const migration024: Migration = {
  version: 24,
  name: 'sales totals',
  sql: `
CREATE TABLE sales_weeks (
  week       INTEGER PRIMARY KEY,
  rows       INTEGER NOT NULL,
  units      REAL NOT NULL,
  revenue    REAL NOT NULL,
  orders     INTEGER NOT NULL,
  skus_sold  INTEGER NOT NULL,
  promo_days INTEGER NOT NULL
) STRICT;
CREATE TABLE sales_sold_products (
  product_id INTEGER PRIMARY KEY
) STRICT;
INSERT INTO workspace_meta (key, value) SELECT 'sales_totals', 'complete' WHERE NOT EXISTS (SELECT 1 FROM sales_daily);
`,
};
