import type Database from 'better-sqlite3';
import { LEAD_WEEKS, type SkuWeeks } from './sku-weeks';
import { weekOfDateSql, type WeekGrid } from './week-grid';

/**
 * Stock at cost at the end of each week of the grid, from one anchor per SKU-location: its newest
 * snapshot on or before today. For a week ending before the anchor the stock is rolled back (units
 * sold after the week end added back, accepted receipts taken off); for a week ending after an
 * older anchor it is rolled forward the same way. So a workspace with a single stock snapshot still
 * has a history, and one with weekly snapshots gets them back wherever sales and receipts explain
 * the change. Stock adjustments that are neither (counts, write-offs) are not in that history.
 *
 * With S and R the running totals of units sold and accepted: stock(end of week k) =
 * on hand at anchor + (S(anchor) − S(end k)) − (R(anchor) − R(end k)), whichever comes first.
 */
export interface StockHistory {
  /** Stock value (units × the catalogue's unit cost) at the end of weeks 0 … 11. */
  value: number[];
  /** Units at the end of weeks 0 … 11. */
  units: number[];
  /** SKU-locations with a snapshot. */
  anchored: number;
}

export function stockHistory(db: Database.Database, grid: WeekGrid, skus: readonly SkuWeeks[]): StockHistory {
  const weeks = grid.lastWeek + 1;
  const value = new Array<number>(weeks).fill(0);
  const units = new Array<number>(weeks).fill(0);
  let anchored = 0;
  for (const sku of skus) {
    if (!sku.anchored) continue;
    anchored++;
    // At the end of week 0, then week by week: each week's sales leave, its receipts (below) arrive.
    let stock = sku.onHand + sku.soldAnchorToWeek0 - sku.receivedAnchorToWeek0;
    for (let k = 0; k < weeks; k++) {
      if (k > 0) stock -= sku.units[k + LEAD_WEEKS] as number;
      value[k]! += stock * sku.cost;
      units[k]! += stock;
    }
  }
  for (const row of receiptsByWeek(db, grid, skus)) {
    // Anchored today: a receipt in week w is taken off every earlier week end. Anchored earlier:
    // receipts up to week 0 are in receivedAnchorToWeek0, later ones added from their week on.
    const [from, to, sign] = row.anchoredToday ? [0, row.week - 1, -1] : [row.week, weeks - 1, 1];
    for (let k = Math.max(from, 0); k <= to; k++) {
      value[k]! += sign * row.value;
      units[k]! += sign * row.units;
    }
  }
  return { value, units, anchored };
}

interface WeekReceipts {
  week: number;
  anchoredToday: boolean;
  units: number;
  value: number;
}

/**
 * Accepted units per week of weeks 1 … 11, of SKU-locations that have a snapshot (the others have
 * no stock to move), split by whether that snapshot is today's. The receipts of the window are
 * read in one pass (receipts first: the planner would walk every product's receipts through their
 * index) and matched to the anchors readSkuWeeks found, not looked up again per receipt.
 */
function receiptsByWeek(db: Database.Database, grid: WeekGrid, skus: readonly SkuWeeks[]): WeekReceipts[] {
  const anchors = new AnchorIndex(skus);
  // The PO's location is looked up only for a receipt without one of its own (COALESCE stops at the first value).
  const rows = db
    .prepare(
      `SELECT r.product_id,
              COALESCE(r.location_id,
                       (SELECT po.location_id FROM po_lines pl JOIN purchase_orders po ON po.id = pl.po_id WHERE pl.id = r.po_line_id),
                       (SELECT min(id) FROM locations)),
              ${weekOfDateSql('r.receipt_date')}, r.qty_received - r.qty_rejected
         FROM receipts r
        WHERE r.receipt_date > @week0 AND r.receipt_date <= @today`,
    )
    .raw(true)
    .iterate({ week0: grid.endIso(0), today: grid.today, firstEnd: grid.firstEndDay }) as IterableIterator<[number, number | null, number, number]>;
  const groups = new Map<number, WeekReceipts>();
  for (const [product, location, week, accepted] of rows) {
    const sku = location === null ? undefined : anchors.get(product, location);
    if (!sku) continue;
    const group = week * 2 + (sku.anchoredToday ? 1 : 0);
    let sum = groups.get(group);
    if (!sum) groups.set(group, (sum = { week, anchoredToday: sku.anchoredToday, units: 0, value: 0 }));
    sum.units += accepted;
    sum.value += accepted * sku.cost;
  }
  return [...groups.values()];
}

/**
 * The anchored SKU-locations by product and location, in one map keyed by product × the number of
 * locations + the location's place: at 100,000 SKU-locations a map per product costs more than the look-ups.
 */
class AnchorIndex {
  private readonly places = new Map<number, number>();
  private readonly byKey = new Map<number, SkuWeeks>();

  constructor(skus: readonly SkuWeeks[]) {
    for (const sku of skus) {
      if (!sku.anchored) continue;
      if (!this.places.has(sku.locationId)) this.places.set(sku.locationId, this.places.size);
    }
    for (const sku of skus) if (sku.anchored) this.byKey.set(this.key(sku.productId, this.places.get(sku.locationId)!), sku);
  }

  get(productId: number, locationId: number): SkuWeeks | undefined {
    const place = this.places.get(locationId);
    return place === undefined ? undefined : this.byKey.get(this.key(productId, place));
  }

  private key(productId: number, place: number): number {
    return productId * this.places.size + place;
  }
}
