import type Database from 'better-sqlite3';
import { isoFromDay } from '../../ground/calendar';
import type { WeekGrid } from './week-grid';

/** Weeks read before the trend's first week, so a four-week figure exists for every point. */
export const LEAD_WEEKS = 3;

/** One SKU-location's facts for the figures: what it costs, its stock anchor and its weeks of sales. */
export interface SkuWeeks {
  cost: number;
  /** Its newest stock snapshot on or before today: units, and whether it is today's. */
  anchored: boolean;
  onHand: number;
  anchoredToday: boolean;
  /**
   * Units sold and accepted between the anchor and the end of week 0, signed: positive when the
   * anchor is later (the span a roll back crosses), negative when earlier (a roll forward).
   * Receipts are only read here for anchors older than today; stock-history.ts takes today's
   * anchors' receipts from its weekly totals (one query instead of one look-up per SKU-location).
   */
  soldAnchorToWeek0: number;
  receivedAnchorToWeek0: number;
  /** Units sold and days recorded out of stock in weeks −3 … 11 (index 0 = week −3). */
  units: Float64Array;
  outDays: Float64Array;
}

/**
 * Both numbers of a week come back as one: days out of stock (at most 7) times this, plus units.
 * Half the correlated look-ups; exact while a SKU-location sells under a million units a week.
 */
const OUT_DAY_SCALE = 1e9;

/**
 * Every SKU-location, read by primary-key range look-ups on sales_daily and stock_snapshots (never
 * through the date index, whose row look-ups cost ten times more): one row each, 15 weekly totals.
 */
export function readSkuWeeks(db: Database.Database, grid: WeekGrid): SkuWeeks[] {
  const weeks = grid.lastWeek + 1 + LEAD_WEEKS;
  const params: Record<string, string | number> = { today: grid.today, week0: grid.endIso(0) };
  const weekColumns: string[] = [];
  for (let i = 0; i < weeks; i++) {
    const k = i - LEAD_WEEKS;
    params[`from${i}`] = isoFromDay(grid.endDay(k) - 7);
    params[`to${i}`] = grid.endIso(k);
    weekColumns.push(
      `(SELECT total(s.units) + ${OUT_DAY_SCALE} * total(s.stockout) FROM sales_daily s
         WHERE s.product_id = k.product_id AND s.location_id = k.location_id AND s.date > @from${i} AND s.date <= @to${i}) AS w${i}`,
    );
  }
  // Receipts without a location of their own land where their PO was going, else the first location (as planning assumes).
  const receivedBetween = (from: string, to: string) =>
    `(SELECT total(r.qty_received - r.qty_rejected) FROM receipts r
        LEFT JOIN po_lines pl ON pl.id = r.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE r.product_id = k.product_id AND COALESCE(r.location_id, po.location_id, (SELECT min(id) FROM locations)) = k.location_id
         AND r.receipt_date > ${from} AND r.receipt_date <= ${to})`;
  const soldBetween = (from: string, to: string) =>
    `(SELECT total(s.units) FROM sales_daily s
       WHERE s.product_id = k.product_id AND s.location_id = k.location_id AND s.date > ${from} AND s.date <= ${to})`;
  const rows = db
    .prepare(
      `SELECT k.cost, k.anchor, (SELECT on_hand FROM stock_snapshots x WHERE x.product_id = k.product_id AND x.location_id = k.location_id AND x.date = k.anchor) AS onHand,
              CASE WHEN k.anchor IS NULL OR k.anchor = @today THEN NULL
                   WHEN k.anchor > @week0 THEN ${soldBetween('@week0', 'k.anchor')} ELSE -${soldBetween('k.anchor', '@week0')} END AS soldSpan,
              CASE WHEN k.anchor IS NULL OR k.anchor = @today THEN 0
                   WHEN k.anchor > @week0 THEN ${receivedBetween('@week0', 'k.anchor')} ELSE -${receivedBetween('k.anchor', '@week0')} END AS receivedSpan,
              ${weekColumns.join(',\n')}
         FROM (SELECT p.id AS product_id, l.id AS location_id, COALESCE(p.unit_cost, 0) AS cost,
                      (SELECT max(date) FROM stock_snapshots x WHERE x.product_id = p.id AND x.location_id = l.id AND x.date <= @today) AS anchor
                 FROM products p CROSS JOIN locations l) k`,
    )
    .raw(true)
    .all(params) as (number | string | null)[][];

  const out: SkuWeeks[] = [];
  for (const row of rows) {
    const units = new Float64Array(weeks);
    const outDays = new Float64Array(weeks);
    let any = false;
    for (let i = 0; i < weeks; i++) {
      const packed = row[5 + i] as number;
      const days = Math.round(packed / OUT_DAY_SCALE);
      outDays[i] = days;
      units[i] = packed - days * OUT_DAY_SCALE;
      if (packed !== 0) any = true;
    }
    const anchor = row[1] as string | null;
    if (!any && anchor === null) continue; // never stocked nor sold here: nothing to add
    const anchoredToday = anchor === grid.today;
    let soldSpan = row[3] as number | null;
    // Anchored today: the span from week 0 to the anchor is exactly weeks 1 … 11.
    if (soldSpan === null) soldSpan = anchoredToday ? units.subarray(LEAD_WEEKS + 1).reduce((s, u) => s + u, 0) : 0;
    out.push({
      cost: row[0] as number,
      anchored: anchor !== null,
      onHand: (row[2] as number | null) ?? 0,
      anchoredToday,
      soldAnchorToWeek0: soldSpan,
      receivedAnchorToWeek0: row[4] as number,
      units,
      outDays,
    });
  }
  return out;
}
