/**
 * The workspace's order lines as the engine's purchases: current (not replaced) lines, not
 * cancelled, positive quantities, keyed by SKU and UTC day. Guest lines (no customer) stay in:
 * their baskets count for bought-together and popularity.
 */

import type Database from 'better-sqlite3';
import type { PurchaseLine } from '../recommend';
import { dayFromIso } from '../ground/calendar';

export function readPurchaseLines(db: Database.Database): PurchaseLine[] {
  const rows = db
    .prepare(
      `SELECT l.order_id, l.customer_id, p.sku, l.date, l.quantity
         FROM order_lines_current l JOIN products p ON p.id = l.product_id
        WHERE l.cancelled = 0 AND l.quantity > 0`,
    )
    .raw(true)
    .iterate() as IterableIterator<[string, string | null, string, string, number]>;
  const lines: PurchaseLine[] = [];
  const days = new Map<string, number>();
  for (const [orderId, customerId, sku, date, qty] of rows) {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayFromIso(date)));
    lines.push({ orderId, customerId: customerId === '' ? null : customerId, sku, day, qty });
  }
  return lines;
}

export interface OrderLineCounts {
  orderLines: number;
  linesWithCustomer: number;
  customers: number;
}

export function orderLineCounts(db: Database.Database): OrderLineCounts {
  return db
    .prepare(
      `SELECT count(*) AS orderLines, count(customer_id) AS linesWithCustomer, count(DISTINCT customer_id) AS customers
         FROM order_lines_current WHERE cancelled = 0 AND quantity > 0`,
    )
    .get() as OrderLineCounts;
}
