import type Database from 'better-sqlite3';
import type { AlertKind } from '../../../shared/contract/schemas/monitoring';
import { seriesKey } from '../../planning/load-forecasts';
import { savedPlanInScope } from '../../planning/plan-store';
import { newestActivePlanId } from './newest-plan';
import type { Detection } from './types';

/** Kinds a replenishment order answers: when the plan holds a line for the SKU-location, the alert points to it. */
export const ANSWERED_BY_ORDER: ReadonlySet<AlertKind> = new Set<AlertKind>(['stockout', 'belowReorderPoint']);

export interface PlanCover {
  planId: number;
  lineId: number;
  quantity: number;
  arrival: string;
  status: 'draft' | 'approved';
  poNumber: string | null;
}

/**
 * Lines of the newest plan that is not archived which order something: drafts with a quantity,
 * and lines approved into a purchase order (with its number). Keyed by SKU-location.
 */
export function readPlanCover(db: Database.Database): Map<string, PlanCover> {
  const planId = newestActivePlanId(db);
  const out = new Map<string, PlanCover>();
  if (planId === null) return out;
  // Just written in this pass (the `plan` command, the refresh): its lines as written, no read back.
  const saved = savedPlanInScope(db, planId);
  if (saved) {
    saved.lines.forEach((l, i) => {
      if ((l.status === 'draft' && l.quantity > 0) || l.status === 'approved') {
        out.set(seriesKey(l.productId, l.locationId), { planId, lineId: saved.lineIds[i] as number, quantity: l.quantity, arrival: l.expectedArrival, status: l.status, poNumber: l.poNumber ?? null });
      }
    });
    return out;
  }
  const rows = db
    .prepare(
      `SELECT l.product_id, l.location_id, l.id, l.quantity, l.expected_arrival, l.status, po.po_number
       FROM plan_lines l LEFT JOIN po_lines pl ON pl.id = l.po_line_id LEFT JOIN purchase_orders po ON po.id = pl.po_id
       WHERE l.plan_id = ? AND ((l.status = 'draft' AND l.quantity > 0) OR l.status = 'approved')`,
    )
    .raw(true)
    .all(planId) as [number, number, number, number, string, 'draft' | 'approved', string | null][];
  for (const [productId, locationId, lineId, quantity, arrival, status, poNumber] of rows) {
    out.set(seriesKey(productId, locationId), { planId, lineId, quantity, arrival, status, poNumber });
  }
  return out;
}

/** The plan line answering a detection goes into its facts (planLineId …): the alert then points to it instead of repeating it. */
export function withPlanCover(detections: readonly Detection[], cover: ReadonlyMap<string, PlanCover>): Detection[] {
  if (cover.size === 0) return [...detections];
  return detections.map((d) => {
    const { productId, locationId } = d.entity;
    if (!ANSWERED_BY_ORDER.has(d.kind) || productId === undefined || locationId === undefined) return d;
    const line = cover.get(seriesKey(productId, locationId));
    if (!line) return d;
    return {
      ...d,
      facts: {
        ...d.facts,
        planId: line.planId,
        planLineId: line.lineId,
        plannedQty: line.quantity,
        plannedArrival: line.arrival,
        planLineStatus: line.status,
        plannedPo: line.poNumber,
      },
    };
  });
}

/** SQL condition: the stored alert is answered by a plan line (not open work). */
export const COVERED_SQL = "json_extract(facts, '$.planLineId') IS NOT NULL";
