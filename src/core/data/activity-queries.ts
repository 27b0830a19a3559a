import type { Db } from '../db/workspace';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { weekTotals } from '../db/sales-totals/store';
import type {
  PurchaseOrderLineRow,
  SalesBySkuRow,
  SalesByWeekRow,
  StockRow,
} from '../../shared/contract/schemas/data';

/** Windows are counted back from the newest sales date, not from today: imported data may be old. */
export function salesBySku(db: Db): SalesBySkuRow[] {
  const last = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  const cutoff = (days: number) => (last ? isoFromDay(dayFromIso(last) - days) : '');
  // Cut-offs are bound as strings so the scan compares text instead of calling date() per row;
  // GROUP BY product_id follows the primary key, so SQLite aggregates without sorting.
  return db
    .prepare(
      `WITH agg AS (
         SELECT product_id,
                sum(CASE WHEN date > :d28 THEN units ELSE 0 END) AS units_28d,
                sum(CASE WHEN date > :d365 THEN units ELSE 0 END) AS units_365d,
                sum(CASE WHEN date > :d365 THEN revenue ELSE 0 END) AS revenue_365d,
                sum(units) AS units_total,
                min(CASE WHEN units > 0 THEN date END) AS first_sale,
                max(CASE WHEN units > 0 THEN date END) AS last_sale,
                sum(CASE WHEN stockout = 1 AND date > :d90 THEN 1 ELSE 0 END) AS stockout_days_90d
           FROM sales_daily GROUP BY product_id)
       SELECT p.sku, p.name, p.brand, p.category,
              coalesce(a.units_28d, 0) AS units28d, coalesce(a.units_365d, 0) AS units365d,
              coalesce(a.revenue_365d, 0) AS revenue365d, coalesce(a.units_total, 0) AS unitsTotal,
              a.first_sale AS firstSale, a.last_sale AS lastSale, coalesce(a.stockout_days_90d, 0) AS stockoutDays90d
         FROM products p LEFT JOIN agg a ON a.product_id = p.id
        ORDER BY p.sku`,
    )
    .all({ d28: cutoff(28), d365: cutoff(365), d90: cutoff(90) }) as SalesBySkuRow[];
}

/**
 * Weekly totals, from the totals kept beside sales_daily (~100 rows) once complete, else from
 * every daily row by the same query (db/sales-totals/week-sql.ts). `week` is its Monday.
 */
export function salesByWeek(db: Db): SalesByWeekRow[] {
  return weekTotals(db).map(({ week, units, revenue, orders, skusSold, promoDays }) => ({ week: isoFromDay(week * 7 - 3), units, revenue, orders, skusSold, promoDays }));
}

/** The newest snapshot per SKU and location, with what is still to arrive on open lines. */
export function currentStock(db: Db): StockRow[] {
  return db
    .prepare(
      `WITH latest AS (
         SELECT product_id, location_id, max(date) AS date FROM stock_snapshots GROUP BY product_id, location_id),
       open_qty AS (
         SELECT l.product_id, o.location_id,
                sum(max(l.qty_ordered - coalesce((SELECT sum(r.qty_received) FROM receipts r WHERE r.po_line_id = l.id), 0), 0)) AS qty
           FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id
          WHERE l.status IN ('open', 'partial') AND o.status IN ('open', 'partial')
          GROUP BY l.product_id, o.location_id)
       SELECT p.sku, p.name, loc.code AS location, s.date, s.on_hand AS onHand,
              coalesce(q.qty, 0) AS onOrder, s.on_hand * p.unit_cost AS stockValue
         FROM latest
         JOIN stock_snapshots s USING (product_id, location_id, date)
         JOIN products p ON p.id = s.product_id
         JOIN locations loc ON loc.id = s.location_id
         LEFT JOIN open_qty q ON q.product_id = s.product_id AND q.location_id = s.location_id
        ORDER BY p.sku, loc.code`,
    )
    .all() as StockRow[];
}

export function purchaseOrderLines(db: Db): PurchaseOrderLineRow[] {
  return db
    .prepare(
      `SELECT l.id, o.po_number AS poNumber, s.name AS supplier, o.status, o.order_date AS orderDate,
              coalesce(l.promised_date, o.promised_date) AS promisedDate, p.sku, l.qty_ordered AS qtyOrdered,
              coalesce(r.received, 0) AS qtyReceived, coalesce(r.rejected, 0) AS qtyRejected,
              r.last_date AS lastReceiptDate, l.unit_cost AS unitCost, l.status AS lineStatus
         FROM po_lines l
         JOIN purchase_orders o ON o.id = l.po_id
         JOIN suppliers s ON s.id = o.supplier_id
         JOIN products p ON p.id = l.product_id
         LEFT JOIN (SELECT po_line_id, sum(qty_received) AS received, sum(qty_rejected) AS rejected,
                           max(receipt_date) AS last_date
                      FROM receipts GROUP BY po_line_id) r ON r.po_line_id = l.id
        ORDER BY o.order_date DESC, o.po_number, l.line_no`,
    )
    .all() as PurchaseOrderLineRow[];
}
