/**
 * Transit times learnt from receipts, where the data has them:
 *   - transfer lanes: receipt date − ship date of the transfer orders that went by the lane (mean
 *     and spread), from 3 transfers on;
 *   - supplier lanes: purchase orders carry no ship date, so only the spread is learnt — the
 *     standard deviation of (first receipt − promised date) of the supplier's lines to that
 *     warehouse over the last year, from 5 lines on — and set on the supplier's usual (slowest)
 *     lane, whose timing the promise assumes. The mean stays as entered.
 * `measureTransit` reads only (logistics applies it in memory); `saveMeasuredTransit` stores it on the
 * lanes (transit_source = 'measured', samples), for the lanes grid to show.
 */

import type Database from 'better-sqlite3';
import type { Lane } from './types';

export interface TransitMeasure {
  laneId: number;
  transitDays: number;
  transitSdDays: number;
  samples: number;
}

const MIN_TRANSFERS = 3;
const MIN_PO_LINES = 5;

function stats(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.length > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, sd: Math.sqrt(variance) };
}

function group(rows: readonly [string, number][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, x] of rows) {
    const list = out.get(key);
    if (list) list.push(x);
    else out.set(key, [x]);
  }
  return out;
}

export function measureTransit(db: Database.Database, lanes: readonly Lane[], asOf: string): TransitMeasure[] {
  const out: TransitMeasure[] = [];
  // Driven by the transfer orders (few) through the receipts' transfer index, not by every receipt.
  const transfers = group(
    db
      .prepare(
        `SELECT t.from_location_id || '>' || t.to_location_id || '>' || t.mode, julianday(min(r.receipt_date)) - julianday(t.ship_date)
         FROM transfer_orders t CROSS JOIN receipts r ON r.transfer_order_id = t.id WHERE r.receipt_date <= ? GROUP BY t.id`,
      )
      .raw(true)
      .all(asOf) as [string, number][],
  );
  const firstLocation = (db.prepare('SELECT min(id) FROM locations').pluck().get() as number | null) ?? 0;
  // Per supplier and warehouse, summed in SQL (count, sum, sum of squares of each line's lateness):
  // a year of receipts never crosses into JavaScript row by row.
  const lateness = new Map<string, { n: number; sd: number }>();
  const latenessRows = db
    .prepare(
      `SELECT supplier_id || '>' || location_id, count(*), sum(x), sum(x * x) FROM (
         SELECT po.supplier_id AS supplier_id, COALESCE(po.location_id, ?) AS location_id,
           julianday(min(r.receipt_date)) - julianday(COALESCE(l.confirmed_date, l.promised_date, po.promised_date)) AS x
         FROM receipts r JOIN po_lines l ON l.id = r.po_line_id JOIN purchase_orders po ON po.id = l.po_id
         WHERE COALESCE(l.confirmed_date, l.promised_date, po.promised_date) IS NOT NULL
           AND r.receipt_date <= ? AND r.receipt_date > date(?, '-365 days')
         GROUP BY l.id)
       GROUP BY supplier_id, location_id`,
    )
    .raw(true)
    .all(firstLocation, asOf, asOf) as [string, number, number, number][];
  for (const [key, n, sum, sumSq] of latenessRows) {
    const variance = n > 1 ? Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)) : 0;
    lateness.set(key, { n, sd: Math.sqrt(variance) });
  }
  const usual = new Map<string, Lane>();
  for (const lane of lanes) {
    if (lane.originKind !== 'supplier') continue;
    const key = `${lane.supplierId}>${lane.destinationLocationId}`;
    const current = usual.get(key);
    if (!current || lane.transitDays > current.transitDays) usual.set(key, lane);
  }
  for (const lane of lanes) {
    if (lane.originKind === 'warehouse') {
      const xs = transfers.get(`${lane.originLocationId}>${lane.destinationLocationId}>${lane.mode}`);
      if (!xs || xs.length < MIN_TRANSFERS) continue;
      const s = stats(xs);
      out.push({ laneId: lane.id, transitDays: round1(s.mean), transitSdDays: round1(s.sd), samples: xs.length });
    } else {
      const key = `${lane.supplierId}>${lane.destinationLocationId}`;
      const late = lateness.get(key);
      if (usual.get(key) !== lane || !late || late.n < MIN_PO_LINES) continue;
      out.push({ laneId: lane.id, transitDays: lane.enteredTransitDays ?? lane.transitDays, transitSdDays: round1(late.sd), samples: late.n });
    }
  }
  return out;
}

/** Lanes with their measured transit applied (the others as entered). */
export function withMeasuredTransit(lanes: readonly Lane[], measures: readonly TransitMeasure[]): Lane[] {
  const byId = new Map(measures.map((m) => [m.laneId, m]));
  return lanes.map((lane) => {
    const m = byId.get(lane.id);
    return m ? { ...lane, transitDays: m.transitDays, transitSdDays: m.transitSdDays, transitSource: 'measured', transitSamples: m.samples } : lane;
  });
}

/** Stores the measures on the lanes in one transaction; returns how many lanes changed. */
export function saveMeasuredTransit(db: Database.Database, measures: readonly TransitMeasure[]): number {
  const update = db.prepare(
    "UPDATE lanes SET transit_days = ?, transit_sd_days = ?, transit_source = 'measured', transit_samples = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );
  return db.transaction(() => measures.reduce((n, m) => n + update.run(m.transitDays, m.transitSdDays, m.samples, m.laneId).changes, 0))();
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
