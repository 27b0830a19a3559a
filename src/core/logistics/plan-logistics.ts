/**
 * The logistics decisions for a whole plan: transfer drafts before purchases, the mode (or split)
 * of every purchase draft and open PO line, containers shared across suppliers, and open orders
 * worth expediting. Pure reading: nothing is written (approving transfers is the app's).
 */

import type Database from 'better-sqlite3';
import { DEFAULT_HOLDING_RATE } from '../planning/build-plan';
import { consolidate } from './consolidate';
import { readInputs, requireLanes, resolvePlanId, seriesKey, type LogisticsInputs, type TransitMeasurer } from './inputs';
import { planExpedites, planShipments } from './shipment-step';
import { applyTransfersToPurchases } from './transfer-purchases';
import { planTransfers, round2 } from './transfer-step';
import type { ExpediteCandidate, LogisticsNote, LogisticsPlan, LogisticsSummary, PlanLogisticsOptions, ShipmentLine, TransferDraft } from './types';

export const LOGISTICS_STEPS = {
  read: 'logistics.read',
  transfers: 'logistics.transfers',
  shipments: 'logistics.shipments',
  containers: 'logistics.containers',
} as const;

export function planLogistics(db: Database.Database, options: PlanLogisticsOptions = {}): LogisticsPlan {
  const { ctx } = options;
  const planId = resolvePlanId(db, options.planId);
  requireLanes(db);
  ctx?.progress(LOGISTICS_STEPS.read, 0, 4);
  const inputs = readInputs(db, planId);
  ctx?.throwIfCancelled();
  ctx?.progress(LOGISTICS_STEPS.transfers, 1, 4);
  const holdingRatePerYear = options.holdingRatePerYear ?? DEFAULT_HOLDING_RATE;
  const { transfers, afterTransfers } = transfersFirst(inputs, holdingRatePerYear);
  ctx?.throwIfCancelled();
  ctx?.progress(LOGISTICS_STEPS.shipments, 2, 4);
  const shipments = planShipments(afterTransfers.inputs, holdingRatePerYear);
  ctx?.throwIfCancelled();
  ctx?.progress(LOGISTICS_STEPS.containers, 3, 4);
  // The lanes read with the inputs (every shipment is on one of them): no second read.
  const lanesById = new Map([...inputs.lanes.values()].flat().map((l) => [l.id, l]));
  const { containers, groups } = consolidate(afterTransfers.inputs, shipments.shipments, lanesById);
  ctx?.progress(LOGISTICS_STEPS.containers, 4, 4);

  const notes: LogisticsNote[] = [];
  for (const n of shipments.noLane.values()) notes.push({ kind: 'no_lane', ...n });
  for (const pair of transfers.missingLanes) {
    const [from, to] = pair.split('>').map(Number) as [number, number];
    notes.push({ kind: 'no_transfer_lane', from: inputs.locations.get(from) ?? String(from), to: inputs.locations.get(to) ?? String(to) });
  }
  for (const [figure, skus] of shipments.missingSize) notes.push({ kind: 'missing_unit_size', figure, skus: skus.size, example: [...skus][0] ?? '' });
  if (shipments.noPrice.size > 0) notes.push({ kind: 'no_margin', skus: shipments.noPrice.size });
  if (transfers.withoutPurchaseFreight > 0) notes.push({ kind: 'no_purchase_freight', transfers: transfers.withoutPurchaseFreight });

  const sorted = shipments.shipments.sort((a, b) => a.shipDay - b.shipDay || a.sku.localeCompare(b.sku) || a.toLocationId - b.toLocationId);
  return {
    planId, planDate: inputs.planDate, currency: inputs.currency,
    transfers: byTransferSaving(transfers.drafts),
    shipments: sorted, containers, consolidation: groups,
    expediteCandidates: byExpediteSaving(shipments.expedite),
    notes,
    summary: summarise(transfers.drafts, sorted, groups, shipments.expedite.length),
  };
}

/**
 * What the alerts check reads of a plan's logistics, decided exactly as planLogistics decides it:
 * the transfer drafts (transfers before purchases) and the open orders worth expediting. No
 * purchase draft is costed by mode and no container packed: no alert reads them, and at 50,000
 * SKUs they were most of the cost.
 */
export function planAlertLogistics(
  db: Database.Database,
  options: Pick<PlanLogisticsOptions, 'planId' | 'holdingRatePerYear'> & { measureTransit?: TransitMeasurer } = {},
): AlertLogistics {
  const planId = resolvePlanId(db, options.planId);
  requireLanes(db);
  const inputs = readInputs(db, planId, options.measureTransit);
  const holdingRatePerYear = options.holdingRatePerYear ?? DEFAULT_HOLDING_RATE;
  const { transfers } = transfersFirst(inputs, holdingRatePerYear);
  return { planId, transfers: byTransferSaving(transfers.drafts), expediteCandidates: byExpediteSaving(planExpedites(inputs, holdingRatePerYear)) };
}

export type AlertLogistics = Pick<LogisticsPlan, 'planId' | 'transfers' | 'expediteCandidates'>;

/** Transfers before purchases: the drafts they feed buy less, the ones they drain see it. */
function transfersFirst(inputs: LogisticsInputs, holdingRatePerYear: number) {
  const transfers = planTransfers(inputs, holdingRatePerYear);
  const afterTransfers = applyTransfersToPurchases(inputs, transfers.drafts);
  const after = new Map(afterTransfers.changes.map((c) => [seriesKey(c.productId, c.locationId), c.after]));
  for (const d of transfers.drafts) d.reason.purchaseAfterTransfer = after.get(seriesKey(d.productId, d.toLocationId)) ?? d.reason.plannedPurchase;
  return { transfers, afterTransfers };
}

const byTransferSaving = (drafts: TransferDraft[]) => drafts.sort((a, b) => b.reason.marginSaved - b.cost - (a.reason.marginSaved - a.cost));
const byExpediteSaving = (candidates: ExpediteCandidate[]) => candidates.sort((a, b) => b.marginSaved - b.extraFreight - (a.marginSaved - a.extraFreight));

function summarise(
  transfers: LogisticsPlan['transfers'],
  shipments: readonly ShipmentLine[],
  groups: LogisticsPlan['consolidation'],
  expedite: number,
): LogisticsSummary {
  const byMode: LogisticsSummary['byMode'] = {};
  for (const s of shipments) {
    const m = (byMode[s.mode] ??= { lines: 0, units: 0, freight: 0 });
    m.lines++;
    m.units += s.quantity;
    m.freight = round2(m.freight + s.freightCost);
  }
  const containers = groups.reduce((a, g) => a + g.counts['20ft'] + g.counts['40ft'] + g.counts['40hc'], 0);
  return {
    transfers: transfers.length,
    transferUnits: transfers.reduce((a, t) => a + t.quantity, 0),
    transferCost: round2(transfers.reduce((a, t) => a + t.cost, 0)),
    shipments: shipments.length,
    splitShipments: shipments.filter((s) => s.part === 'urgent').length,
    freightCost: round2(shipments.reduce((a, s) => a + s.freightCost, 0)),
    dutyCost: round2(shipments.reduce((a, s) => a + s.dutyCost, 0)),
    containers,
    containerCost: round2(groups.reduce((a, g) => a + g.cost, 0)),
    separateContainerCost: round2(groups.reduce((a, g) => a + g.separateCost, 0)),
    expedite,
    byMode,
  };
}
