import type Database from 'better-sqlite3';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { dataVersion } from '../../db/data-versions';
import { salesVersion } from '../../db/sales-series/store';
import { cachedDetection } from './cache';

/**
 * Weeks of sales the business's weekly gross margin is averaged over: the recent trade, as the
 * alerts' own demand (a year's join of every sale with its product took seconds at 10,000 SKUs).
 */
const MARGIN_WEEKS = 8;

/**
 * weeklyGrossMargin, kept in alert_cache while what it reads stands: the day, the sales (the counter
 * every writer of sales_daily moves) and the catalogue's prices and costs (the counter every writer of
 * products moves).
 * Summing eight weeks of sales took 1.4 s at 50,000 SKUs; a refresh after a forecast or a plan has
 * the same sales as the one before.
 */
export function keptWeeklyGrossMargin(db: Database.Database, todayDay: number): number {
  const fingerprint = JSON.stringify([todayDay, salesVersion(db), dataVersion(db, 'products')]);
  return cachedDetection(db, 'weeklyGrossMargin', fingerprint, () => weeklyGrossMargin(db, todayDay));
}

/**
 * The business's average gross margin per week over the last 8 weeks of sales (units × (price − cost)),
 * over the weeks it has sales for. 0 when prices or sales are missing.
 */
export function weeklyGrossMargin(db: Database.Database, todayDay: number): number {
  // The join runs products × locations into the sales primary key (product, location, date), so each
  // SKU-location is one date range read in key order; driven by the date index instead, every row in the
  // window cost a separate key lookup (seconds at 10,000 SKUs, against a fifth of a second this way).
  const row = db
    .prepare(
      `SELECT total(s.units * max(0, p.price - COALESCE(p.unit_cost, 0))), min(s.date)
       FROM products p CROSS JOIN locations l CROSS JOIN sales_daily s ON s.product_id = p.id AND s.location_id = l.id
       WHERE s.date > ? AND s.date <= ? AND p.price IS NOT NULL`,
    )
    .raw(true)
    .get(isoFromDay(todayDay - 7 * MARGIN_WEEKS), isoFromDay(todayDay)) as [number, string | null];
  const [margin, first] = row;
  if (first === null || !(margin > 0)) return 0;
  const days = todayDay - dayFromIso(first) + 1;
  return margin / Math.max(1, Math.min(MARGIN_WEEKS, days / 7));
}

/**
 * The least money at stake worth a planner's attention: the setting `minMoney`, or `materialityPct`
 * of a week's gross margin when that is more — a shortfall of 300 matters to a shop making 5,000 a
 * week, not to one making 500,000. Alerts under it are kept and shown on request, not counted as work.
 */
export function materialityMinimum(settings: Pick<AlertSettings, 'minMoney' | 'materialityPct'>, weeklyMargin: number): number {
  return Math.round(Math.max(settings.minMoney, (settings.materialityPct / 100) * weeklyMargin));
}
