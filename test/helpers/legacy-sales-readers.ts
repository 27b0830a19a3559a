/**
 * The sales readers of alerts and key figures as they were before the series store (straight SQL
 * over sales_daily): the tests compare today's readers with them on a demo workspace.
 */
import type Database from 'better-sqlite3';
import { isoFromDay } from '../../src/core/ground/calendar';
import { seriesKey } from '../../src/core/planning/load-forecasts';
import { lastYearFromWeekly, YEAR_WEEKS } from '../../src/core/monitoring/alerts/season-ahead';
import { LEAD_WEEKS, type SkuWeeks } from '../../src/core/monitoring/key-figures/sku-weeks';
import type { WeekGrid } from '../../src/core/monitoring/key-figures/week-grid';

const LEVEL_WEEKS = 8;
const OUT_DAY_SCALE = 1e9;

export function legacyLastYearAhead(db: Database.Database, todayDay: number, series: readonly { productId: number; locationId: number }[]): Map<string, Float64Array> {
  const span = YEAR_WEEKS + LEVEL_WEEKS;
  const range = { today: isoFromDay(todayDay), from: isoFromDay(todayDay - 7 * span) };
  // One index range per SKU-location (the primary key): only the series asked for are read. Rows come
  // back as (date, units) and are put in weeks here: a date's week is worked out once per call, not
  // by julianday() and a GROUP BY sort for every row (that doubled the step at 10,000 SKUs).
  const atLocation = db.prepare('SELECT date, units FROM sales_daily WHERE product_id = @p AND location_id = @l AND date > @from AND date <= @today').raw(true);
  const everywhere = db.prepare('SELECT date, units FROM sales_daily WHERE product_id = @p AND date > @from AND date <= @today').raw(true);
  const weekOfDate = new Map<string, number>();
  for (let k = 0; k < 7 * span; k++) weekOfDate.set(isoFromDay(todayDay - k), Math.floor(k / 7));
  const out = new Map<string, Float64Array>();
  for (const s of series) {
    const rows = (s.locationId === 0 ? everywhere.all({ ...range, p: s.productId }) : atLocation.all({ ...range, p: s.productId, l: s.locationId })) as [string, number][];
    if (rows.length === 0) continue;
    const w = new Float64Array(span);
    for (const [date, units] of rows) {
      const weeksAgo = weekOfDate.get(date);
      if (weeksAgo !== undefined) w[weeksAgo] = (w[weeksAgo] as number) + units;
    }
    for (let k = 0; k < span; k++) w[k] = Math.max(0, w[k] as number);
    out.set(seriesKey(s.productId, s.locationId), lastYearFromWeekly(w));
  }
  return out;
}

export function legacySkuWeeks(db: Database.Database, grid: WeekGrid): SkuWeeks[] {
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
              ${weekColumns.join(',\n')}, k.product_id, k.location_id
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
      productId: row[5 + weeks] as number,
      locationId: row[6 + weeks] as number,
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
