/**
 * SKUs to find a launch audience for: new or upcoming (status 'new', a launch date after the last
 * order line, or a launch plan) and not yet sold, or first sold in the last 90 days.
 */

import type Database from 'better-sqlite3';
import type { ItemAttributes, LaunchAudience } from '../recommend';

export interface LaunchCandidate extends ItemAttributes {
  productId: number;
  launchDate: string | null;
}

/** Days since its first order within which a SKU is still "new" for targeting. */
const NEW_FOR_DAYS = 90;

export function launchCandidates(db: Database.Database, asOf: string): LaunchCandidate[] {
  return db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.category, p.brand, p.price,
              coalesce((SELECT min(start_date) FROM launch_plans lp WHERE lp.product_id = p.id), p.launch_date) AS launchDate
         FROM products p
        WHERE p.status <> 'discontinued'
          AND (p.status = 'new' OR p.launch_date > ? OR EXISTS (SELECT 1 FROM launch_plans lp WHERE lp.product_id = p.id))
          AND NOT EXISTS (SELECT 1 FROM order_lines_current l WHERE l.product_id = p.id AND l.cancelled = 0 AND l.date < date(?, '-' || ? || ' days'))
        ORDER BY p.sku`,
    )
    .all(asOf, asOf, NEW_FOR_DAYS) as LaunchCandidate[];
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
