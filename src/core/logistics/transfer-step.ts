/**
 * Transfer drafts: for every SKU held at two warehouses joined by a transfer lane, the move that pays
 * best. The origin keeps its demand over the transit + its own purchase lead time (lots on their way
 * counted from their landing day); the destination is short of what it needs until its replenishment
 * lands. A SKU is not sent back while an earlier move's stock (a transfer order, or a draft of this
 * plan) is still expected to be needed where it went: until it lands + the lead time of that
 * warehouse's next purchase.
 */

import { isoFromDay } from '../ground/calendar';
import { landedCost } from '../freight/landed-cost';
import { neededUntil, reverseOf, type PastTransfer } from '../freight/transfer-guard';
import { proposeTransfer, shortfallUnits, type WarehouseSide } from '../freight/transfers';
import { arrivingWithin, datedArrivals, purchaseLeadDaysOf, replenishDaysOf, safetyStockOf, unitFactsOf, unitMarginOf } from './sku-facts';
import { supplierLaneKey, transferLaneKey, type LogisticsInputs, type SkuLocation } from './inputs';
import { tariffOf } from './lanes';
import type { TransferDraft } from './types';

export interface TransferStepResult {
  drafts: TransferDraft[];
  /** Pairs of warehouses holding the same SKUs with no transfer lane between them. */
  missingLanes: Set<string>;
  withoutPurchaseFreight: number;
  /** Moves refused because the SKU went the other way and is still needed there. */
  backAndForth: number;
}

interface Sides {
  entry: SkuLocation;
  /** As a destination: short until its replenishment (lead time + review) lands. */
  destination: WarehouseSide;
  /** As an origin: holds out until a purchase placed today lands, lots on their way counted as they land. */
  origin: WarehouseSide;
  leadDays: number;
}

function sidesOf(inputs: LogisticsInputs, entry: SkuLocation): Sides {
  const replenishDays = replenishDaysOf(inputs, entry);
  const leadDays = purchaseLeadDaysOf(inputs, entry);
  const onHand = entry.position?.onHand ?? 0;
  const safetyStock = safetyStockOf(entry, replenishDays);
  return {
    entry, leadDays,
    destination: { onHand, arriving: arrivingWithin(inputs, entry, replenishDays), demand: entry.demand, replenishDays, safetyStock },
    origin: { onHand, arriving: 0, arrivals: datedArrivals(inputs, entry), demand: entry.demand, replenishDays: leadDays, safetyStock },
  };
}

function pastOf(inputs: LogisticsInputs, productId: number, sides: readonly Sides[]): PastTransfer[] {
  return (inputs.pastTransfers.get(productId) ?? []).map((t) => {
    const at = sides.find((s) => s.entry.locationId === t.toLocationId);
    return { fromId: t.fromLocationId, toId: t.toLocationId, neededUntilDay: neededUntil(t.arrivalDay, at?.leadDays ?? 0) };
  });
}

export function planTransfers(inputs: LogisticsInputs, holdingRatePerYear: number): TransferStepResult {
  const drafts: TransferDraft[] = [];
  const missingLanes = new Set<string>();
  let withoutPurchaseFreight = 0;
  let backAndForth = 0;
  for (const [productId, entries] of inputs.byProduct) {
    if (entries.length < 2) continue;
    const sides = entries.map((e) => sidesOf(inputs, e));
    const past = pastOf(inputs, productId, sides);
    const unit = unitFactsOf(inputs, productId, entries.find((e) => e.line)?.line?.unitCost);
    const { margin } = unitMarginOf(inputs, productId, unit.unitCost);
    const multiple = 1;
    for (const to of sides) {
      if (to.entry.locationId === 0) continue;
      let best: TransferDraft | null = null;
      let bestNet = 0;
      // A move is whole multiples of at most the shortfall: a destination short of less than one moves nothing.
      const nothingShort = Math.floor(shortfallUnits(to.destination) / multiple + 1e-9) < 1;
      let purchaseExtra: number | null | undefined;
      for (const from of sides) {
        if (from === to || from.entry.locationId === 0) continue;
        const lanes = inputs.lanes.get(transferLaneKey(from.entry.locationId, to.entry.locationId));
        if (!lanes) {
          if (from.origin.onHand > 0) missingLanes.add(`${from.entry.locationId}>${to.entry.locationId}`);
          continue;
        }
        if (reverseOf(past, from.entry.locationId, to.entry.locationId, inputs.planDay)) {
          backAndForth++;
          continue;
        }
        // Nothing to cost: no move can come of it (proposeTransfer would find no shortage, or no excess —
        // an origin spares at most what it holds). Buying instead is priced once per destination.
        if (nothingShort || !(from.origin.onHand >= multiple)) continue;
        if (purchaseExtra === undefined) purchaseExtra = purchaseExtraPerUnit(inputs, productId, to.entry, unit);
        for (const lane of lanes) {
          const verdict = proposeTransfer({
            from: from.origin, to: to.destination, lane: tariffOf(lane), unit, unitMargin: margin, holdingRatePerYear,
            purchaseExtraPerUnit: purchaseExtra, multiple,
          });
          if (verdict.kind !== 'transfer') continue;
          const net = verdict.marginSaved - verdict.transferCost;
          if (net <= bestNet) continue;
          bestNet = net;
          const shipDay = inputs.planDay;
          const arrivalDay = shipDay + Math.ceil(verdict.transitDays);
          best = {
            productId, sku: inputs.products.get(productId)?.sku ?? String(productId),
            fromLocationId: from.entry.locationId, from: inputs.locations.get(from.entry.locationId) ?? String(from.entry.locationId),
            toLocationId: to.entry.locationId, to: inputs.locations.get(to.entry.locationId) ?? String(to.entry.locationId),
            laneId: lane.id, mode: lane.mode, quantity: verdict.quantity, shipDay, arrivalDay,
            shipDate: isoFromDay(shipDay), arrivalDate: isoFromDay(arrivalDay), cost: round2(verdict.transferCost), currency: inputs.currency,
            unitCost: unit.unitCost, landedUnitCost: Math.round((unit.unitCost + verdict.transferCost / verdict.quantity) * 10_000) / 10_000,
            reason: {
              kind: 'transfer_pays', excessUnits: Math.round(verdict.excessUnits), shortUnitsPrevented: round2(verdict.shortUnitsPrevented),
              marginSaved: round2(verdict.marginSaved), transferCost: round2(verdict.transferCost), orderingCost: round2(verdict.orderingCost),
              plannedPurchase: to.entry.line?.quantity ?? 0, purchaseFreightKnown: purchaseExtra !== null,
            },
          };
        }
      }
      if (best) {
        drafts.push(best);
        if (!best.reason.purchaseFreightKnown) withoutPurchaseFreight++;
        // The origin's stock moved is no longer there for another destination; the destination now has it coming.
        const origin = sides.find((s) => s.entry.locationId === best.fromLocationId)!;
        origin.origin = { ...origin.origin, onHand: origin.origin.onHand - best.quantity };
        origin.destination = { ...origin.destination, onHand: origin.destination.onHand - best.quantity };
        to.destination = { ...to.destination, arriving: to.destination.arriving + best.quantity };
        past.push({ fromId: best.fromLocationId, toId: best.toLocationId, neededUntilDay: neededUntil(best.arrivalDay, to.leadDays) });
      }
    }
  }
  return { drafts, missingLanes, withoutPurchaseFreight, backAndForth };
}

/** Inbound freight + duty per unit of buying the destination's units instead, on its cheapest priced lane. */
function purchaseExtraPerUnit(inputs: LogisticsInputs, productId: number, to: SkuLocation, unit: ReturnType<typeof unitFactsOf>): number | null {
  const supplierId = to.line?.supplierId ?? inputs.suppliers.get(productId)?.supplierId ?? null;
  if (supplierId === null) return null;
  const lanes = inputs.lanes.get(supplierLaneKey(supplierId, to.locationId));
  if (!lanes) return null;
  const units = Math.max(1, to.line?.quantity ?? 100);
  let best: number | null = null;
  for (const lane of lanes) {
    const c = landedCost(tariffOf(lane), units, unit);
    if (c.missing) continue;
    const perUnit = (c.freight + c.duty) / units;
    if (best === null || perUnit < best) best = perUnit;
  }
  return best;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
