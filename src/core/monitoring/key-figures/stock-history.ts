import type Database from 'better-sqlite3';
import { weekOfDateSql, type WeekGrid } from './week-grid';

/**
 * Stock at cost at the end of each week of the grid, from one anchor per SKU-location: its newest
 * snapshot on or before today. For a week ending before the anchor the stock is rolled back (units
 * sold after the week end added back, accepted receipts taken off); for a week ending after an
 * older anchor it is rolled forward the same way. So a workspace with a single stock snapshot still
 * has a history, and one with weekly snapshots gets them back wherever sales and receipts explain
 * the change. Stock adjustments that are neither (counts, write-offs) are not in that history.
 */
export interface StockHistory {
  /** Stock value (units × the catalogue's unit cost) at the end of weeks 0 … 11. */
  value: number[];
  /** Units at the end of weeks 0 … 11. */
  units: number[];
  /** SKU-locations with a snapshot. */
  anchored: number;
}

/** Flows of one week, split by whether they happened on or before the SKU-location's anchor. */
interface FlowRow {
  week: number;
  beforeAnchor: 0 | 1;
  units: number;
  value: number;
}

const ANCHORS = `WITH anchor AS (
  SELECT product_id, location_id, max(date) AS date FROM stock_snapshots WHERE date <= @today GROUP BY product_id, location_id)`;

export function stockHistory(db: Database.Database, grid: WeekGrid): StockHistory {
  const params = { today: grid.today, firstEndIso: grid.endIso(0), firstEnd: grid.firstEndDay };
  const base = db
    .prepare(
      `${ANCHORS}
       SELECT count(*) AS anchored, COALESCE(sum(s.on_hand), 0) AS units, COALESCE(sum(s.on_hand * COALESCE(p.unit_cost, 0)), 0) AS value
         FROM anchor a
         JOIN stock_snapshots s ON s.product_id = a.product_id AND s.location_id = a.location_id AND s.date = a.date
         JOIN products p ON p.id = a.product_id`,
    )
    .get(params) as { anchored: number; units: number; value: number };
  // Sales per anchor read through the primary key (product, location, date): only the days needed.
  const sold = db
    .prepare(
      `${ANCHORS}
       SELECT max(${weekOfDateSql('s.date')}, 0) AS week, s.date <= a.date AS beforeAnchor,
              sum(s.units) AS units, sum(s.units * COALESCE(p.unit_cost, 0)) AS value
         FROM anchor a
         JOIN sales_daily s ON s.product_id = a.product_id AND s.location_id = a.location_id
                           AND s.date > min(a.date, @firstEndIso) AND s.date <= @today
         JOIN products p ON p.id = a.product_id
        GROUP BY 1, 2`,
    )
    .all(params) as FlowRow[];
  // Receipts without a location of their own land where their PO was going, else the first location (as planning assumes).
  const received = db
    .prepare(
      `${ANCHORS}
       SELECT max(${weekOfDateSql('r.receipt_date')}, 0) AS week, r.receipt_date <= a.date AS beforeAnchor,
              sum(r.qty_received - r.qty_rejected) AS units, sum((r.qty_received - r.qty_rejected) * COALESCE(p.unit_cost, 0)) AS value
         FROM receipts r
         LEFT JOIN po_lines l ON l.id = r.po_line_id
         LEFT JOIN purchase_orders po ON po.id = l.po_id
         JOIN products p ON p.id = r.product_id
         JOIN anchor a ON a.product_id = r.product_id
                      AND a.location_id = COALESCE(r.location_id, po.location_id, (SELECT min(id) FROM locations))
        WHERE r.receipt_date > min(a.date, @firstEndIso) AND r.receipt_date <= @today
        GROUP BY 1, 2`,
    )
    .all(params) as FlowRow[];

  const weeks = grid.lastWeek + 1;
  const value: number[] = [];
  const units: number[] = [];
  for (let k = 0; k < weeks; k++) {
    // stock(end of k) = anchor + out(end k, anchor] − in(end k, anchor] − out(anchor, end k] + in(anchor, end k]
    let v = base.value;
    let u = base.units;
    for (const [rows, sign] of [[sold, 1], [received, -1]] as const) {
      for (const row of rows) {
        const rolledBack = row.beforeAnchor === 1 && row.week > k;
        const rolledForward = row.beforeAnchor === 0 && row.week <= k;
        if (rolledBack) {
          v += sign * row.value;
          u += sign * row.units;
        } else if (rolledForward) {
          v -= sign * row.value;
          u -= sign * row.units;
        }
      }
    }
    value.push(v);
    units.push(u);
  }
  return { value, units, anchored: base.anchored };
}
