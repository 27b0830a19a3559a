/**
 * The SQL that defines the weekly sales totals (table `sales_weeks`, migration 024): the Dashboard's
 * and the Data page's weekly figures. The table holds what this query gives over all of sales_daily
 * (a rebuild by ranges of products sums revenue in another order); a writer re-runs it over the
 * weeks it touched (store.ts).
 * Julian day 2440587.5 is 1970-01-01 (day 0), a Thursday: +3 makes weeks start on Monday.
 * The inner GROUP BY is on a computed week, so SQLite sorts every row it reads by SKU-week (in
 * memory, with temp_store = MEMORY: 2 GB over the whole table at 50,000 SKUs): keep `where` narrow.
 */
export const WEEK_OF_DATE = 'CAST((julianday(date) - 2440587.5 + 3) / 7 AS INTEGER)';

/** `where` limits the daily rows (bound parameters welcome); the result has one row per week, in week order. */
export function weekTotalsSql(where = ''): string {
  return `SELECT week, sum(rows) AS rows, sum(units) AS units, sum(revenue) AS revenue, sum(orders) AS orders,
              sum(sold) AS skus_sold, sum(promo_days) AS promo_days
         FROM (SELECT product_id, ${WEEK_OF_DATE} AS week, count(*) AS rows,
                      sum(units) AS units, sum(revenue) AS revenue, sum(orders) AS orders,
                      max(units > 0) AS sold, sum(promo) AS promo_days
                 FROM sales_daily ${where} GROUP BY product_id, week)
        GROUP BY week ORDER BY week`;
}

/** The SKUs with a sale (a row with units > 0) among those `where` limits to: `workspace:info`'s SKU count, table `sales_sold_products`. */
export function soldProductsSql(where: string): string {
  return `SELECT product_id FROM sales_daily WHERE (${where}) AND units > 0 GROUP BY product_id`;
}
