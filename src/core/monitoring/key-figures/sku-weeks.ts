import type Database from 'better-sqlite3';
import { dayFromIso } from '../../ground/calendar';
import { SeriesReader } from '../../db/sales-series/store';
import { STOCKOUT_FLAG } from '../../db/sales-series/records';
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
 * Every SKU-location: stock anchor and receipts by primary-key look-ups in SQL, its sales from
 * the series store (one BLOB per SKU-location, or sales_daily's primary key until the store is
 * built) put in 15 weeks here — where 15 correlated range look-ups per SKU-location cost seconds.
 */
export function readSkuWeeks(db: Database.Database, grid: WeekGrid): SkuWeeks[] {
  const weeks = grid.lastWeek + 1 + LEAD_WEEKS;
  const week0End = grid.endDay(0);
  const firstWeekStart = grid.endDay(-LEAD_WEEKS) - 6;
  const params = { today: grid.today, week0: grid.endIso(0) };
  // Receipts without a location of their own land where their PO was going, else the first location (as planning assumes).
  const receivedBetween = (from: string, to: string) =>
    `(SELECT total(r.qty_received - r.qty_rejected) FROM receipts r
        LEFT JOIN po_lines pl ON pl.id = r.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE r.product_id = k.product_id AND COALESCE(r.location_id, po.location_id, (SELECT min(id) FROM locations)) = k.location_id
         AND r.receipt_date > ${from} AND r.receipt_date <= ${to})`;
  const rows = db
    .prepare(
      `SELECT k.cost, k.anchor, (SELECT on_hand FROM stock_snapshots x WHERE x.product_id = k.product_id AND x.location_id = k.location_id AND x.date = k.anchor) AS onHand,
              CASE WHEN k.anchor IS NULL OR k.anchor = @today THEN 0
                   WHEN k.anchor > @week0 THEN ${receivedBetween('@week0', 'k.anchor')} ELSE -${receivedBetween('k.anchor', '@week0')} END AS receivedSpan,
              k.product_id, k.location_id
         FROM (SELECT p.id AS product_id, l.id AS location_id, COALESCE(p.unit_cost, 0) AS cost,
                      (SELECT max(date) FROM stock_snapshots x WHERE x.product_id = p.id AND x.location_id = l.id AND x.date <= @today) AS anchor
                 FROM products p CROSS JOIN locations l) k`,
    )
    .raw(true)
    .all(params) as [number, string | null, number | null, number, number, number][];

  const reader = new SeriesReader(db);
  const out: SkuWeeks[] = [];
  for (const [cost, anchor, onHand, receivedSpan, productId, locationId] of rows) {
    const anchorDay = anchor === null ? null : dayFromIso(anchor);
    const anchoredToday = anchor === grid.today;
    // The span a roll crosses runs from the day after the earlier of anchor and week 0's end.
    const spanFrom = anchorDay === null || anchoredToday ? firstWeekStart : Math.min(anchorDay, week0End) + 1;
    const sales = reader.read(productId, locationId, { fromDay: Math.min(firstWeekStart, spanFrom), toDay: grid.todayDay });
    const units = new Float64Array(weeks);
    const outDays = new Float64Array(weeks);
    let soldSpan = 0;
    for (let r = 0; r < sales.length; r++) {
      const day = sales.days[r] as number;
      const sold = sales.units[r] as number;
      if (day >= firstWeekStart) {
        const i = grid.weekOfDay(day) + LEAD_WEEKS;
        units[i] = (units[i] as number) + sold;
        if ((sales.flags[r] as number) & STOCKOUT_FLAG) outDays[i] = (outDays[i] as number) + 1;
      }
      if (anchorDay !== null && !anchoredToday && day > Math.min(anchorDay, week0End) && day <= Math.max(anchorDay, week0End)) soldSpan += sold;
    }
    const any = units.some((u, i) => u !== 0 || outDays[i] !== 0);
    if (!any && anchor === null) continue; // never stocked nor sold here: nothing to add
    // Anchored today: the span from week 0 to the anchor is exactly weeks 1 … 11.
    if (anchoredToday) soldSpan = units.subarray(LEAD_WEEKS + 1).reduce((s, u) => s + u, 0);
    else if (anchorDay !== null && anchorDay <= week0End) soldSpan = -soldSpan;
    out.push({
      cost,
      anchored: anchor !== null,
      onHand: onHand ?? 0,
      anchoredToday,
      soldAnchorToWeek0: soldSpan,
      receivedAnchorToWeek0: receivedSpan,
      units,
      outDays,
    });
  }
  return out;
}
