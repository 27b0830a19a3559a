/** Transfer drafts: for every SKU held at two warehouses joined by a transfer lane, the move that pays best. */

import { isoFromDay } from '../ground/calendar';
import { landedCost } from '../freight/landed-cost';
import { proposeTransfer, type WarehouseSide } from '../freight/transfers';
import { arrivingWithin, replenishDaysOf, safetyStockOf, unitFactsOf, unitMarginOf } from './sku-facts';
import { supplierLaneKey, transferLaneKey, type LogisticsInputs, type SkuLocation } from './inputs';
import { tariffOf } from './lanes';
import type { TransferDraft } from './types';

export interface TransferStepResult {
  drafts: TransferDraft[];
  /** Pairs of warehouses holding the same SKUs with no transfer lane between them. */
  missingLanes: Set<string>;
  withoutPurchaseFreight: number;
}

function sideOf(inputs: LogisticsInputs, entry: SkuLocation): WarehouseSide {
  const replenishDays = replenishDaysOf(inputs, entry);
  return {
    onHand: entry.position?.onHand ?? 0,
    arriving: arrivingWithin(inputs, entry, replenishDays),
    demand: entry.demand,
    replenishDays,
    safetyStock: safetyStockOf(entry, replenishDays),
  };
}

export function planTransfers(inputs: LogisticsInputs, holdingRatePerYear: number): TransferStepResult {
  const drafts: TransferDraft[] = [];
  const missingLanes = new Set<string>();
  let withoutPurchaseFreight = 0;
  for (const [productId, entries] of inputs.byProduct) {
    if (entries.length < 2) continue;
    const sides = entries.map((e) => ({ entry: e, side: sideOf(inputs, e) }));
    const unit = unitFactsOf(inputs, productId, entries.find((e) => e.line)?.line?.unitCost);
    const { margin } = unitMarginOf(inputs, productId, unit.unitCost);
    const multiple = 1;
    for (const to of sides) {
      if (to.entry.locationId === 0) continue;
      let best: TransferDraft | null = null;
      let bestNet = 0;
      for (const from of sides) {
        if (from === to || from.entry.locationId === 0) continue;
        const lanes = inputs.lanes.get(transferLaneKey(from.entry.locationId, to.entry.locationId));
        if (!lanes) {
          if (from.side.onHand > 0) missingLanes.add(`${from.entry.locationId}>${to.entry.locationId}`);
          continue;
        }
        const purchaseExtra = purchaseExtraPerUnit(inputs, productId, to.entry, unit);
        for (const lane of lanes) {
          const verdict = proposeTransfer({
            from: from.side, to: to.side, lane: tariffOf(lane), unit, unitMargin: margin, holdingRatePerYear,
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
        // The origin's stock moved is no longer there for another destination.
        const origin = sides.find((s) => s.entry.locationId === best.fromLocationId)!;
        origin.side = { ...origin.side, onHand: origin.side.onHand - best.quantity };
        to.side = { ...to.side, arriving: to.side.arriving + best.quantity };
      }
    }
  }
  return { drafts, missingLanes, withoutPurchaseFreight };
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
