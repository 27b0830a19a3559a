/**
 * SKUs to find a launch audience for: new or upcoming (status 'new', a launch date after the last
 * order line, or a launch plan) and with at most a handful of orders so far.
 */

import type Database from 'better-sqlite3';
import type { ItemAttributes, LaunchAudience } from '../recommend';

export interface LaunchCandidate extends ItemAttributes {
  productId: number;
  launchDate: string | null;
}

/** Orders a SKU may already have and still be "new" for targeting. */
const MAX_ORDERS_SO_FAR = 5;

export function launchCandidates(db: Database.Database, asOf: string): LaunchCandidate[] {
  return db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.category, p.brand, p.price,
              coalesce((SELECT min(start_date) FROM launch_plans lp WHERE lp.product_id = p.id), p.launch_date) AS launchDate
         FROM products p
        WHERE p.status <> 'discontinued'
          AND (p.status = 'new' OR p.launch_date > ? OR EXISTS (SELECT 1 FROM launch_plans lp WHERE lp.product_id = p.id))
          AND (SELECT count(DISTINCT order_id) FROM order_lines_current l WHERE l.product_id = p.id AND l.cancelled = 0) <= ?
        ORDER BY p.sku`,
    )
    .all(asOf, MAX_ORDERS_SO_FAR) as LaunchCandidate[];
}

export function catalogueAttributes(db: Database.Database): ItemAttributes[] {
  return db.prepare('SELECT sku, category, brand, price FROM products').all() as ItemAttributes[];
}

/** A new SKU with the audience the engine found and the units a new buyer is expected to take. */
export interface TargetedLaunch {
  candidate: LaunchCandidate;
  audience: LaunchAudience;
  unitsPerBuyer: number;
}
