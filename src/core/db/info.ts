import type { WorkspaceInfo } from '../../shared/contract/schemas/app';
import type { Db } from './workspace';

/** Row counts per table and sales totals: what `info` prints and scripts rely on. */
export function workspaceInfo(db: Db): WorkspaceInfo {
  const tableNames = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const tables: Record<string, number> = {};
  for (const name of tableNames) {
    tables[name] = db.prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  // min/max come from the date index, the SKU count streams in key order: no sort over all rows.
  const sales = db
    .prepare(
      `SELECT coalesce(sum(units), 0) AS units, coalesce(sum(revenue), 0) AS revenue,
              (SELECT count(*) FROM (SELECT 1 FROM sales_daily WHERE units > 0 GROUP BY product_id)) AS skus,
              (SELECT min(date) FROM sales_daily) AS "from", (SELECT max(date) FROM sales_daily) AS "to"
         FROM sales_daily`,
    )
    .get() as WorkspaceInfo['sales'];
  return {
    tables,
    sales: { ...sales, revenue: Math.round(sales.revenue * 100) / 100 },
    products: tables.products ?? 0,
    suppliers: tables.suppliers ?? 0,
  };
}
