import type Database from 'better-sqlite3';
import { dayFromIso } from '../../ground/calendar';
import { decodeSeries } from '../../db/sales-series/codec';
import { allocateRecords, STOCKOUT_FLAG, type DailyRecords } from '../../db/sales-series/records';
import { salesSeriesComplete, SeriesReader } from '../../db/sales-series/store';
import { seriesTailColumns } from '../../db/sales-series/tail';
import { AlignedCopy } from './aligned-copy';
import type { WeekGrid } from './week-grid';

/** Weeks read before the trend's first week, so a four-week figure exists for every point. */
export const LEAD_WEEKS = 3;

/** One SKU-location's facts for the figures: what it costs, its stock anchor and its weeks of sales. */
export interface SkuWeeks {
  productId: number;
  locationId: number;
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
 * the series store put in 15 weeks here — where 15 correlated range look-ups per SKU-location cost
 * seconds. The store's newest rows come in the same statement, cut from the BLOB in SQL (tail.ts):
 * one join, not one look-up per SKU-location (at 100,000 series the calls cost more than SQLite's
 * reads). Until the store is built, sales_daily's primary key is read one SKU-location at a time.
 */
export function readSkuWeeks(db: Database.Database, grid: WeekGrid): SkuWeeks[] {
  const weeks = grid.lastWeek + 1 + LEAD_WEEKS;
  const week0End = grid.endDay(0);
  const firstWeekStart = grid.endDay(-LEAD_WEEKS) - 6;
  const params = { today: grid.today, week0: grid.endIso(0), firstWeekStart };
  // Receipts without a location of their own land where their PO was going, else the first location (as planning assumes).
  const receivedBetween = (from: string, to: string) =>
    `(SELECT total(r.qty_received - r.qty_rejected) FROM receipts r
        LEFT JOIN po_lines pl ON pl.id = r.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE r.product_id = k.product_id AND COALESCE(r.location_id, po.location_id, (SELECT min(id) FROM locations)) = k.location_id
         AND r.receipt_date > ${from} AND r.receipt_date <= ${to})`;
  // Materialized: the anchor is named many times below, and a flattened subquery would look it up each time.
  const skuLocations = `WITH k AS MATERIALIZED (SELECT p.id AS product_id, l.id AS location_id, COALESCE(p.unit_cost, 0) AS cost,
          (SELECT max(date) FROM stock_snapshots x WHERE x.product_id = p.id AND x.location_id = l.id AND x.date <= @today) AS anchor
     FROM products p CROSS JOIN locations l)`;
  const fromStore = salesSeriesComplete(db);
  // Only the rows the loop below reads: from the first week's start, or from an older anchor's next day.
  const fromDay = 'min(@firstWeekStart, COALESCE(unixepoch(k.anchor) / 86400 + 1, @firstWeekStart))';
  const series = fromStore
    ? `ss.first_day, ss.layout, ${seriesTailColumns('ss', fromDay)} FROM k
       LEFT JOIN sales_series ss ON ss.product_id = k.product_id AND ss.location_id = k.location_id`
    : 'NULL, NULL, NULL, NULL FROM k';
  const statement = db
    .prepare(
      `${skuLocations}
       SELECT k.cost, k.anchor, (SELECT on_hand FROM stock_snapshots x WHERE x.product_id = k.product_id AND x.location_id = k.location_id AND x.date = k.anchor) AS onHand,
              CASE WHEN k.anchor IS NULL OR k.anchor = @today THEN 0
                   WHEN k.anchor > @week0 THEN ${receivedBetween('@week0', 'k.anchor')} ELSE -${receivedBetween('k.anchor', '@week0')} END AS receivedSpan,
              k.product_id, k.location_id, ${series}`,
    )
    .raw(true);
  // Reading sales_daily row by row needs the connection between rows: then the rows are fetched first.
  const rows = (fromStore ? statement.iterate(params) : statement.all(params)) as Iterable<SkuRow>;

  const reader = fromStore ? null : new SeriesReader(db);
  let records = allocateRecords(1024);
  const slab = new WeekSlab(weeks);
  const aligned = new AlignedCopy();
  const out: SkuWeeks[] = [];
  const anchorDays = new DayCache();
  for (const [cost, anchor, onHand, receivedSpan, productId, locationId, firstDay, layout, count, data] of rows) {
    const anchorDay = anchor === null ? null : anchorDays.of(anchor);
    const anchoredToday = anchor === grid.today;
    // The span a roll crosses runs from the day after the earlier of anchor and week 0's end.
    const spanFrom = anchorDay === null || anchoredToday ? firstWeekStart : Math.min(anchorDay, week0End) + 1;
    const range = { fromDay: Math.min(firstWeekStart, spanFrom), toDay: grid.todayDay };
    let sales: DailyRecords;
    if (reader) sales = reader.read(productId, locationId, range);
    else if (data === null || count === 0) sales = NO_SALES;
    else sales = records = decodeSeries({ firstDay: firstDay!, rows: count!, layout: layout!, data: aligned.of(data) }, range.fromDay, range.toDay, records);
    const [units, outDays] = slab.take();
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
    if (anchor === null && allZero(units, outDays)) {
      slab.giveBack(); // never stocked nor sold here: nothing to add
      continue;
    }
    // Anchored today: the span from week 0 to the anchor is exactly weeks 1 … 11.
    if (anchoredToday) soldSpan = units.subarray(LEAD_WEEKS + 1).reduce((s, u) => s + u, 0);
    else if (anchorDay !== null && anchorDay <= week0End) soldSpan = -soldSpan;
    out.push({
      productId,
      locationId,
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

type SkuRow = [
  cost: number,
  anchor: string | null,
  onHand: number | null,
  receivedSpan: number,
  productId: number,
  locationId: number,
  firstDay: number | null,
  layout: number | null,
  tailRows: number | null,
  tailData: Buffer | null,
];

const NO_SALES: DailyRecords = allocateRecords(0);

function allZero(units: Float64Array, outDays: Float64Array): boolean {
  for (let i = 0; i < units.length; i++) if (units[i] !== 0 || outDays[i] !== 0) return false;
  return true;
}

/** Day numbers of ISO dates, parsed once each: the anchors of 100,000 SKU-locations are a few snapshot dates. */
class DayCache {
  private readonly days = new Map<string, number>();

  of(iso: string): number {
    let day = this.days.get(iso);
    if (day === undefined) this.days.set(iso, (day = dayFromIso(iso)));
    return day;
  }
}

/**
 * Zeroed week arrays cut from shared blocks: at 100,000 SKU-locations, two typed arrays of their
 * own each (a backing store apiece) cost more than reading their sales.
 */
class WeekSlab {
  private block = new Float64Array(0);
  private used = 0;

  constructor(private readonly weeks: number) {}

  /** A SKU-location's units and out-of-stock days, side by side in one block. */
  take(): [Float64Array, Float64Array] {
    const size = 2 * this.weeks;
    if (this.used + size > this.block.length) {
      this.block = new Float64Array(size * 4096);
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return [this.block.subarray(at, at + this.weeks), this.block.subarray(at + this.weeks, at + size)];
  }

  /** The pair taken last is not kept: zeroed and handed out again. */
  giveBack(): void {
    this.used -= 2 * this.weeks;
    this.block.fill(0, this.used, this.used + 2 * this.weeks);
  }
}
