/**
 * Transfers before purchases, in the purchase drafts: a transfer landing at the destination inside
 * its cover window (lead time + review) is stock its draft no longer has to buy, and the units leaving
 * the origin are no longer in its position. Each affected draft line is sized again from its own
 * order-up-to level and reorder point with the moved units counted, and rounded to the supplier's
 * terms like the planner does. Lines a person edited, locked or approved keep their quantity.
 */

import { roundToTerms } from '../planning/rounding';
import type { PlanLine } from '../planning';
import { seriesKey, type LogisticsInputs, type SkuLocation } from './inputs';
import type { TransferDraft } from './types';

export interface PurchaseChange {
  productId: number;
  locationId: number;
  before: number;
  after: number;
  /** Units moved in (+) or out (−) that the new quantity counts. */
  moved: number;
}

/** The plan line's quantity with `moved` units added to its position (0 when it no longer reaches its reorder point). */
export function resizedQuantity(line: PlanLine, moved: number): number {
  const position = line.position + moved;
  if (position > line.reorderPoint) return 0;
  return roundToTerms(Math.max(0, line.orderUpTo - position), { moq: line.moq, orderMultiple: line.orderMultiple, maxOrderQty: line.maxOrderQty }).quantity;
}

function adjustable(line: PlanLine | null): line is PlanLine {
  return line !== null && line.status === 'draft' && !line.locked && !line.edited;
}

/** Units each SKU-location gains (+, landing inside its cover window) or gives (−) by the drafts. */
export function movedUnits(inputs: LogisticsInputs, drafts: readonly TransferDraft[]): Map<string, number> {
  const moved = new Map<string, number>();
  const add = (key: string, units: number) => moved.set(key, (moved.get(key) ?? 0) + units);
  for (const d of drafts) {
    add(seriesKey(d.productId, d.fromLocationId), -d.quantity);
    const to = inputs.skuLocations.get(seriesKey(d.productId, d.toLocationId));
    const cover = to?.line?.coverDays ?? Infinity;
    if (d.arrivalDay <= inputs.planDay + cover) add(seriesKey(d.productId, d.toLocationId), d.quantity);
  }
  return moved;
}

/** The drafts' effect on the purchase drafts, and the inputs with those lines resized (for shipping them). */
export function applyTransfersToPurchases(inputs: LogisticsInputs, drafts: readonly TransferDraft[]): { inputs: LogisticsInputs; changes: PurchaseChange[] } {
  const moved = movedUnits(inputs, drafts);
  const changes: PurchaseChange[] = [];
  const skuLocations = new Map(inputs.skuLocations);
  for (const [key, units] of moved) {
    const entry = inputs.skuLocations.get(key);
    if (!entry || !adjustable(entry.line) || units === 0) continue;
    const line = entry.line;
    // Only the change the move makes: the planner's own cuts (budget, containers) stay as they were.
    const after = Math.max(0, line.quantity + resizedQuantity(line, units) - resizedQuantity(line, 0));
    if (after === line.quantity) continue;
    changes.push({ productId: line.productId, locationId: line.locationId, before: line.quantity, after, moved: units });
    const resized: SkuLocation = { ...entry, line: { ...line, quantity: after, position: line.position + units } };
    skuLocations.set(key, resized);
  }
  if (changes.length === 0) return { inputs, changes };
  const byProduct = new Map<number, SkuLocation[]>();
  for (const entry of skuLocations.values()) {
    const list = byProduct.get(entry.productId);
    if (list) list.push(entry);
    else byProduct.set(entry.productId, [entry]);
  }
  return { inputs: { ...inputs, skuLocations, byProduct }, changes };
}
