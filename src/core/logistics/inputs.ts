/**
 * What logistics reads for one plan, in a few passes: the plan's lines, daily demand per
 * SKU-location from the plan's forecast run (first bucket, per day), stock positions with their
 * dated arrivals, products, suppliers' terms, open PO lines and the active lanes by origin and
 * destination.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { getRun } from '../forecasting/runs';
import { loadPositions, type InventoryPosition } from '../planning/inventory-position';
import { loadPlan, newestActivePlan } from '../planning/plan-store';
import type { PlanLine } from '../planning/types';
import { seriesKey } from '../planning/load-forecasts';
import { readDailyDemand } from './daily-demand';
import { loadLocationCodes, loadProducts, loadSupplierChoices, type ProductFacts, type SupplierChoice } from '../planning/supplier-choice';
import type { DailyDemand } from '../freight/shortage';
import { laneCount, listLanes } from './lanes';
import { measureTransit, withMeasuredTransit, type TransitMeasure } from './measured-transit';
import type { Lane } from './types';

export interface SkuLocation {
  productId: number;
  locationId: number;
  demand: DailyDemand;
  position: InventoryPosition | null;
  line: PlanLine | null;
  lineId: number | null;
}

export interface OpenPoLine {
  poLineId: number;
  poNumber: string;
  productId: number;
  supplierId: number;
  supplier: string;
  locationId: number;
  balance: number;
  unitCost: number | null;
  expectedDay: number;
}

export interface LogisticsInputs {
  planId: number;
  planDate: string;
  planDay: number;
  currency: string;
  skuLocations: Map<string, SkuLocation>;
  byProduct: Map<number, SkuLocation[]>;
  products: Map<number, ProductFacts>;
  suppliers: Map<number, SupplierChoice>;
  locations: Map<number, string>;
  openPoLines: OpenPoLine[];
  /** Lanes by `s<supplierId>>l<locationId>` and `w<fromLocationId>>l<toLocationId>`. */
  lanes: Map<string, Lane[]>;
  /** Transfer orders not cancelled, by product: a SKU is not sent back while their stock is still needed where it went. */
  pastTransfers: Map<number, StoredTransfer[]>;
}

export interface StoredTransfer {
  fromLocationId: number;
  toLocationId: number;
  arrivalDay: number;
}

export const supplierLaneKey = (supplierId: number, locationId: number) => `s${supplierId}>l${locationId}`;
export const transferLaneKey = (fromId: number, toId: number) => `w${fromId}>l${toId}`;

export function resolvePlanId(db: Database.Database, planId: number | undefined): number {
  if (planId !== undefined) return planId;
  const newest = newestActivePlan(db);
  if (!newest) {
    throw new AppError('not_found', 'The workspace has no replenishment plan: make one first (npm run cli -- plan --workspace FILE), then plan logistics for it', { missing: 'plan' });
  }
  return newest.id;
}

export function requireLanes(db: Database.Database): void {
  if (laneCount(db) > 0) {
    return;
  }
  throw new AppError(
    'not_found',
    'The workspace has no shipping lanes: import them (npm run cli -- import --workspace FILE --kind lanes lanes.csv: origin, destination, mode, transit days, costs), then plan logistics',
    { missing: 'lanes' },
  );
}

/**
 * How lanes' transit is measured from receipts (measured-transit.ts): by default read here; a caller
 * that keeps the measures while the receipts stand (the alerts check) hands its own.
 */
export type TransitMeasurer = (db: Database.Database, lanes: readonly Lane[], asOf: string) => TransitMeasure[];

export function readInputs(db: Database.Database, planId: number, measure: TransitMeasurer = measureTransit): LogisticsInputs {
  const plan = loadPlan(db, planId);
  const planDay = dayFromIso(plan.planDate);
  const skuLocations = new Map<string, SkuLocation>();
  const run = plan.runId ? safeRun(db, plan.runId) : null;
  const summed = run?.locations === 'total';
  if (run) {
    for (const [key, d] of readDailyDemand(db, run)) {
      skuLocations.set(key, { productId: d.productId, locationId: d.locationId, demand: { mean: d.mean, sd: d.sd }, position: null, line: null, lineId: null });
    }
  }
  plan.lines.forEach((line, i) => {
    const key = seriesKey(line.productId, line.locationId);
    let entry = skuLocations.get(key);
    if (!entry) {
      const mean = line.coverDays > 0 ? line.coverMean / line.coverDays : 0;
      const sd = line.coverDays > 0 ? Math.sqrt(Math.max(0, line.coverVariance) / line.coverDays) : 0;
      entry = { productId: line.productId, locationId: line.locationId, demand: { mean, sd }, position: null, line: null, lineId: null };
      skuLocations.set(key, entry);
    }
    entry.line = line;
    entry.lineId = plan.lineIds[i] ?? null;
  });
  for (const [key, position] of loadPositions(db, plan.planDate, summed)) {
    const entry = skuLocations.get(key);
    if (entry) entry.position = position;
  }
  const byProduct = new Map<number, SkuLocation[]>();
  for (const entry of skuLocations.values()) {
    const list = byProduct.get(entry.productId);
    if (list) list.push(entry);
    else byProduct.set(entry.productId, [entry]);
  }
  const lanes = new Map<string, Lane[]>();
  const active = listLanes(db, { activeOnly: true });
  for (const lane of withMeasuredTransit(active, measure(db, active, plan.planDate))) {
    const key = lane.originKind === 'supplier' ? supplierLaneKey(lane.supplierId!, lane.destinationLocationId) : transferLaneKey(lane.originLocationId!, lane.destinationLocationId);
    const list = lanes.get(key);
    if (list) list.push(lane);
    else lanes.set(key, [lane]);
  }
  return {
    planId, planDate: plan.planDate, planDay, currency: plan.lines[0]?.currency ?? 'CNY',
    skuLocations, byProduct, products: loadProducts(db), suppliers: loadSupplierChoices(db), locations: loadLocationCodes(db),
    openPoLines: readOpenPoLines(db, plan.planDate), lanes, pastTransfers: readPastTransfers(db, planDay),
  };
}

/** Transfer orders shipped or to ship, whose arrival is at most a year before the plan date (older ones cannot still be needed). */
function readPastTransfers(db: Database.Database, planDay: number): Map<number, StoredTransfer[]> {
  const rows = db
    .prepare("SELECT product_id, from_location_id, to_location_id, expected_arrival FROM transfer_orders WHERE status != 'cancelled' AND expected_arrival >= ?")
    .raw(true)
    .all(isoFromDay(planDay - 365)) as [number, number, number, string][];
  const out = new Map<number, StoredTransfer[]>();
  for (const [productId, fromLocationId, toLocationId, arrival] of rows) {
    const list = out.get(productId) ?? [];
    list.push({ fromLocationId, toLocationId, arrivalDay: dayFromIso(arrival) });
    out.set(productId, list);
  }
  return out;
}

function safeRun(db: Database.Database, runId: number) {
  try {
    return getRun(db, runId);
  } catch {
    return null;
  }
}

/** Open and partial PO lines with what is still to come and when (as inventory positions date them). */
function readOpenPoLines(db: Database.Database, planDate: string): OpenPoLine[] {
  const firstLocation = (db.prepare('SELECT min(id) FROM locations').pluck().get() as number | null) ?? 0;
  const planDay = dayFromIso(planDate);
  const rows = db
    .prepare(
      `SELECT l.id, po.po_number, l.product_id, po.supplier_id, s.code, po.location_id,
         COALESCE(l.confirmed_qty, l.qty_ordered) - COALESCE((SELECT sum(r.qty_received - r.qty_rejected) FROM receipts r WHERE r.po_line_id = l.id), 0),
         l.unit_cost, COALESCE(l.confirmed_date, l.promised_date, po.promised_date), po.order_date,
         (SELECT t.lead_time_days FROM supplier_terms t WHERE t.supplier_id = po.supplier_id AND t.product_id = l.product_id)
       FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id JOIN suppliers s ON s.id = po.supplier_id
       WHERE l.status IN ('open', 'partial') AND po.status IN ('open', 'partial') AND po.order_date <= ?`,
    )
    .raw(true)
    .all(planDate) as [number, string, number, number, string, number | null, number, number | null, string | null, string, number | null][];
  const out: OpenPoLine[] = [];
  for (const [poLineId, poNumber, productId, supplierId, supplier, locationId, balance, unitCost, expected, orderDate, lead] of rows) {
    if (!(balance > 0)) continue;
    const expectedDay = expected ? dayFromIso(expected) : dayFromIso(orderDate) + (lead ?? 0);
    out.push({ poLineId, poNumber, productId, supplierId, supplier, locationId: locationId ?? firstLocation, balance, unitCost, expectedDay: Math.max(expectedDay, planDay) });
  }
  return out;
}

export { seriesKey };
