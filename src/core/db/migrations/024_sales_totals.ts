import { SOLD_PRODUCTS_SQL, weekTotalsSql } from '../sales-totals/week-sql';
import type { Migration } from './types';

/**
 * Weekly sales totals and the SKUs with a sale, kept beside sales_daily (db/sales-totals/store.ts),
 * so the Dashboard's weekly chart and the workspace's counts read ~100 rows instead of every daily
 * row (14.7 CPU-s and 3.7 s at 50,000 SKUs). Filled here from the daily rows, once.
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
INSERT INTO sales_weeks (week, rows, units, revenue, orders, skus_sold, promo_days) ${weekTotalsSql()};
CREATE TABLE sales_sold_products (
  product_id INTEGER PRIMARY KEY
) STRICT;
INSERT INTO sales_sold_products (product_id) ${SOLD_PRODUCTS_SQL};
INSERT INTO workspace_meta (key, value) VALUES ('sales_totals', 'complete');
`,
};
