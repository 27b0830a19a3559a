import type { Migration } from './types';

/**
 * Each stored series keeps its rows' revenue beside them (db/sales-series/revenue-codec.ts), so a
 * forecast run's prices (revenue ÷ units per bucket) come from the store instead of every
 * sales_daily row with revenue. Adding the column writes nothing per row: a store built before
 * it is marked to be filled by the next job that reads history (fillSalesRevenue, with
 * progress), and until then readers take revenue from sales_daily, as before.
 */
export const migration019: Migration = {
  version: 19,
  name: 'sales series revenue',
  sql: `
ALTER TABLE sales_series ADD COLUMN revenue BLOB;
INSERT INTO workspace_meta (key, value) SELECT 'sales_series_revenue', 'pending' WHERE EXISTS (SELECT 1 FROM sales_series);
`,
};
