/**
 * A conversion rate learnt from past campaigns: for each finished campaign with a saved customer
 * list, the share of those customers who bought its SKU during its window (from the order lines).
 * Only what the data shows: no finished campaign with a list means no learnt rate.
 */

import type Database from 'better-sqlite3';
import type { LearntConversion } from '../../shared/contract/schemas/recommend';
import { dayFromIso, isoFromDay } from '../ground/calendar';

export function learntConversion(db: Database.Database, asOf: string, excludeId?: number): LearntConversion {
  const past = db
    .prepare(
      `SELECT c.id, c.product_id AS productId, c.start_date AS startDate, c.window_days AS windowDays, c.audience
         FROM campaigns c WHERE c.audience IS NOT NULL AND c.id IS NOT ?`,
    )
    .all(excludeId ?? null) as { id: number; productId: number; startDate: string; windowDays: number; audience: string }[];
  const asOfDay = dayFromIso(asOf);
  const bought = db.prepare(
    `SELECT count(DISTINCT customer_id) FROM order_lines_current
      WHERE product_id = ? AND cancelled = 0 AND quantity > 0 AND date BETWEEN ? AND ?
        AND customer_id IN (SELECT value FROM json_each(?))`,
  ).pluck();
  const rates: { rate: number; size: number }[] = [];
  for (const c of past) {
    const start = dayFromIso(c.startDate);
    const end = start + c.windowDays - 1;
    if (end > asOfDay) continue;
    const audience = JSON.parse(c.audience) as string[];
    if (audience.length === 0) continue;
    const buyers = bought.get(c.productId, c.startDate, isoFromDay(end), c.audience) as number;
    rates.push({ rate: buyers / audience.length, size: audience.length });
  }
  if (rates.length === 0) return { conversion: null, campaigns: 0, spread: null };
  const total = rates.reduce((s, r) => s + r.size, 0);
  const mean = rates.reduce((s, r) => s + r.rate * r.size, 0) / total;
  const variance = rates.length > 1 ? rates.reduce((s, r) => s + (r.rate - mean) ** 2, 0) / (rates.length - 1) : 0;
  // One campaign says little about the next: never claim less than 30 % relative uncertainty.
  const spread = mean > 0 ? Math.max(0.3, Math.sqrt(variance) / mean) : null;
  return { conversion: mean, campaigns: rates.length, spread };
}
