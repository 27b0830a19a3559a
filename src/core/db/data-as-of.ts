import type Database from 'better-sqlite3';
import { readMeta } from './meta';

/**
 * The workspace's "today": the date its data is as of, the one date the Dashboard, alerts, plans
 * and supplier scorecards all count from. It is the newest of the demo's fixed as-of date, the last
 * sales day and the newest stock snapshot (a merchant's export from 2011 is measured as of 2011,
 * never against the wall clock); a workspace with only purchase orders takes its newest receipt or
 * order. Null for a workspace without dated data.
 */
export function dataAsOf(db: Database.Database): string | null {
  const newest = (sql: string) => db.prepare(sql).pluck().get() as string | null;
  const dates = [readMeta(db).asOf ?? null, newest('SELECT max(date) FROM sales_daily'), newest('SELECT max(date) FROM stock_snapshots')];
  const latest = latestOf(dates);
  if (latest !== null) return latest;
  return latestOf([newest('SELECT max(receipt_date) FROM receipts'), newest('SELECT max(order_date) FROM purchase_orders')]);
}

function latestOf(dates: readonly (string | null)[]): string | null {
  return dates.filter((d): d is string => d !== null).sort().at(-1) ?? null;
}
