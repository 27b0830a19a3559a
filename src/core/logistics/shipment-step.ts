/**
 * Shipment lines: every purchase draft of the plan and every open PO line, on the mode (or the
 * split) that costs least in freight, duty and margin lost to stock-outs before landing. Open POs
 * landing after a projected stock-out become expedite candidates when a faster lane pays.
 */

import { dayFromIso, isoFromDay } from '../ground/calendar';
import { chooseMode, priceSingle, type ModeChoice, type ModeLane, type ModeNeed } from '../freight/mode-choice';
import type { UnitFacts } from '../freight/types';
import { seriesKey, supplierLaneKey, type LogisticsInputs, type OpenPoLine } from './inputs';
import { tariffOf } from './lanes';
import { unitFactsOf, unitMarginOf } from './sku-facts';
import { round2 } from './transfer-step';
import type { ExpediteCandidate, Lane, LogisticsReason, ShipmentLine } from './types';

export interface ShipmentStepResult {
  shipments: ShipmentLine[];
  expedite: ExpediteCandidate[];
  /** Lines without a lane, per supplier and destination. */
  noLane: Map<string, { supplier: string; to: string; lines: number }>;
  /** SKUs whose lanes needed a volume or weight they lack. */
  missingSize: Map<'volume' | 'weight', Set<string>>;
  noPrice: Set<number>;
}

interface Shipping {
  lanes: Lane[];
  modeLanes: ModeLane[];
  /** The slowest lane: how goods go when nobody pays to hurry, fixing when they leave the origin. */
  usual: Lane;
}

/** `sharing` lines travel together (one supplier's draft, one PO): each carries its share of the fixed cost per shipment. */
function shippingFor(inputs: LogisticsInputs, supplierId: number, locationId: number, sharing: number): Shipping | null {
  const lanes = inputs.lanes.get(supplierLaneKey(supplierId, locationId));
  if (!lanes || lanes.length === 0) return null;
  const usual = lanes.reduce((a, b) => (b.transitDays > a.transitDays ? b : a));
  const share = Math.max(1, sharing);
  return { lanes, modeLanes: lanes.map((l) => { const t = tariffOf(l); return { id: l.id, tariff: { ...t, fixedCost: t.fixedCost / share } }; }), usual };
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** `holdingRatePerYear`: units landing before the usual lane would are charged their holding meanwhile. */
export function planShipments(inputs: LogisticsInputs, holdingRatePerYear: number): ShipmentStepResult {
  const result: ShipmentStepResult = { shipments: [], expedite: [], noLane: new Map(), missingSize: new Map(), noPrice: new Set() };
  const shippingCache = new Map<string, Shipping | null>();
  const shipping = (supplierId: number, locationId: number, sharing: number) => {
    const key = `${supplierLaneKey(supplierId, locationId)}|${sharing}`;
    if (!shippingCache.has(key)) shippingCache.set(key, shippingFor(inputs, supplierId, locationId, sharing));
    return shippingCache.get(key)!;
  };
  const draftLines = countBy(inputs.skuLocations.values(), (e) => (e.line && e.line.quantity > 0 && e.line.supplierId !== null ? supplierLaneKey(e.line.supplierId, e.line.locationId) : null));
  const noLane = (supplier: string, locationId: number) => {
    const to = inputs.locations.get(locationId) ?? String(locationId);
    const key = `${supplier}>${to}`;
    const entry = result.noLane.get(key) ?? { supplier, to, lines: 0 };
    entry.lines++;
    result.noLane.set(key, entry);
  };

  for (const entry of inputs.skuLocations.values()) {
    const line = entry.line;
    if (!line || !(line.quantity > 0) || line.supplierId === null || line.locationId === 0 || line.status === 'cut') continue;
    const ship = shipping(line.supplierId, line.locationId, draftLines.get(supplierLaneKey(line.supplierId, line.locationId)) ?? 1);
    if (!ship) {
      noLane(line.supplier ?? String(line.supplierId), line.locationId);
      continue;
    }
    const unit = unitFactsOf(inputs, line.productId, line.unitCost);
    const { margin, known } = unitMarginOf(inputs, line.productId, unit.unitCost);
    if (!known) result.noPrice.add(line.productId);
    const orderDay = dayFromIso(line.orderDate);
    const readyInDays = Math.max(0, line.leadTime.meanDays - ship.usual.transitDays) + (orderDay - inputs.planDay);
    const need: ModeNeed = {
      quantity: line.quantity, stock: line.position, demand: entry.demand, unitMargin: margin, unit, readyInDays,
      orderMultiple: line.orderMultiple > 0 ? line.orderMultiple : 1,
      reviewDays: line.policy === 'order_up_to' ? line.reviewDays : 0, holdingPerUnitDay: (unit.unitCost * holdingRatePerYear) / 365, baseLaneId: ship.usual.id,
    };
    const choice = chooseMode(ship.modeLanes, need);
    noteMissing(result, choice, ship, line.sku);
    if (!choice) continue;
    pushLines(result, inputs, choice, ship, unit, {
      source: 'draft', planLineId: entry.lineId, poLineId: null, poNumber: null, productId: line.productId, sku: line.sku,
      supplierId: line.supplierId, supplier: line.supplier ?? String(line.supplierId), toLocationId: line.locationId,
    });
  }

  for (const po of openPoCases(inputs, holdingRatePerYear, shipping)) {
    if (!po.ship) {
      noLane(po.line.supplier, po.line.locationId);
      continue;
    }
    if (!po.known) result.noPrice.add(po.line.productId);
    const choice = chooseMode(po.ship.modeLanes, po.need);
    noteMissing(result, choice, po.ship, po.sku);
    if (!choice) continue;
    pushLines(result, inputs, choice, po.ship, po.need.unit, {
      source: 'open_po', planLineId: null, poLineId: po.line.poLineId, poNumber: po.line.poNumber, productId: po.line.productId, sku: po.sku,
      supplierId: po.line.supplierId, supplier: po.line.supplier, toLocationId: po.line.locationId,
    });
    const candidate = expediteOf(inputs, po.line, po.sku, po.ship, po.need, po.need.stock, po.need.demand.mean);
    if (candidate) result.expedite.push(candidate);
  }
  return result;
}

/**
 * The expedite candidates alone, exactly as planShipments finds them: the alerts check reads no
 * shipment line, so no purchase draft is costed and an open line's modes are compared only when a
 * faster lane would pay for it (a line whose modes cannot be priced is no candidate there either).
 */
export function planExpedites(inputs: LogisticsInputs, holdingRatePerYear: number): ExpediteCandidate[] {
  const shippingCache = new Map<string, Shipping | null>();
  const shipping = (supplierId: number, locationId: number, sharing: number) => {
    const key = `${supplierLaneKey(supplierId, locationId)}|${sharing}`;
    if (!shippingCache.has(key)) shippingCache.set(key, shippingFor(inputs, supplierId, locationId, sharing));
    return shippingCache.get(key)!;
  };
  const out: ExpediteCandidate[] = [];
  for (const po of openPoCases(inputs, holdingRatePerYear, shipping)) {
    if (!po.ship) continue;
    const candidate = expediteOf(inputs, po.line, po.sku, po.ship, po.need, po.need.stock, po.need.demand.mean);
    if (candidate && chooseMode(po.ship.modeLanes, po.need)) out.push(candidate);
  }
  return out;
}

type OpenPoCase = { line: OpenPoLine; sku: string } & ({ ship: null } | { ship: Shipping; need: ModeNeed; known: boolean });

/** Every open PO line with its lanes and what shipping it must weigh (stock before it lands counts the lines landing earlier). */
function* openPoCases(
  inputs: LogisticsInputs,
  holdingRatePerYear: number,
  shipping: (supplierId: number, locationId: number, sharing: number) => Shipping | null,
): Generator<OpenPoCase> {
  const poLines = countBy(inputs.openPoLines, (po) => po.poNumber);
  const arrivalsBefore = openArrivalIndex(inputs.openPoLines);
  for (const po of inputs.openPoLines) {
    const sku = inputs.products.get(po.productId)?.sku ?? String(po.productId);
    const ship = shipping(po.supplierId, po.locationId, poLines.get(po.poNumber) ?? 1);
    if (!ship) {
      yield { line: po, sku, ship: null };
      continue;
    }
    const entry = inputs.skuLocations.get(seriesKey(po.productId, po.locationId));
    const demand = entry?.demand ?? { mean: 0, sd: 0 };
    const unit = unitFactsOf(inputs, po.productId, po.unitCost);
    const { margin, known } = unitMarginOf(inputs, po.productId, unit.unitCost);
    const daysToArrival = po.expectedDay - inputs.planDay;
    const readyInDays = Math.max(0, daysToArrival - ship.usual.transitDays);
    const stock = (entry?.position?.onHand ?? 0) + arrivalsBefore(po);
    const need: ModeNeed = {
      quantity: po.balance, stock, demand, unitMargin: margin, unit, readyInDays, orderMultiple: 1,
      holdingPerUnitDay: (unit.unitCost * holdingRatePerYear) / 365, baseLaneId: ship.usual.id,
    };
    yield { line: po, sku, ship, need, known };
  }
}

type LineHead = Pick<ShipmentLine, 'source' | 'planLineId' | 'poLineId' | 'poNumber' | 'productId' | 'sku' | 'supplierId' | 'supplier' | 'toLocationId'>;

function pushLines(result: ShipmentStepResult, inputs: LogisticsInputs, choice: ModeChoice, ship: Shipping, unit: UnitFacts, head: LineHead): void {
  const reason = reasonOf(choice, ship);
  choice.parts.forEach((p, i) => {
    const shipDay = inputs.planDay + Math.round(p.shipInDays);
    const arrivalDay = inputs.planDay + Math.ceil(p.arriveInDays);
    result.shipments.push({
      ...head, to: inputs.locations.get(head.toLocationId) ?? String(head.toLocationId), laneId: p.laneId, mode: p.mode,
      part: choice.kind === 'single' ? 'whole' : i === 0 ? 'urgent' : 'rest',
      quantity: p.quantity, shipDay, arrivalDay, shipDate: isoFromDay(shipDay), arrivalDate: isoFromDay(arrivalDay),
      freightCost: round2(p.freight), dutyCost: round2(p.duty), unitCost: unit.unitCost, landedUnitCost: round4(p.landedUnitCost),
      containerId: null, looseUnits: 0, currency: inputs.currency, reason,
    });
  });
}

function reasonOf(choice: ModeChoice, ship: Shipping): LogisticsReason {
  const brief = (c: ModeChoice['singles'][number]) => ({ mode: c.mode, freight: round2(c.freight + c.duty), lostMargin: round2(c.lostMargin), total: round2(c.total) });
  if (choice.kind === 'split') {
    const [urgent, rest] = choice.parts as [ModeChoice['parts'][number], ModeChoice['parts'][number]];
    return {
      kind: 'split_urgent', urgentMode: urgent.mode, urgentUnits: urgent.quantity, restMode: rest.mode, restUnits: rest.quantity,
      freight: round2(choice.freight + choice.duty), lostMargin: round2(choice.lostMargin), total: round2(choice.total), bestSingle: brief(choice.singles[0]!),
    };
  }
  if (ship.lanes.length === 1) return { kind: 'only_lane', mode: choice.parts[0]!.mode, freight: round2(choice.freight + choice.duty) };
  const [best, runnerUp] = choice.singles;
  return { kind: 'mode_cheapest', ...brief(best!), runnerUp: runnerUp ? brief(runnerUp) : null };
}

function noteMissing(result: ShipmentStepResult, choice: ModeChoice | null, ship: Shipping, sku: string): void {
  const missing = choice ? choice.unpriced : ship.lanes.map((l) => ({ laneId: l.id, mode: l.mode, missing: 'volume' as const }));
  for (const m of missing) {
    let set = result.missingSize.get(m.missing);
    if (!set) result.missingSize.set(m.missing, (set = new Set()));
    set.add(sku);
  }
}

/** Stock arriving at the PO's SKU-location from other open PO lines that land before it (earlier day, then lower line id). */
function openArrivalIndex(lines: readonly OpenPoLine[]): (po: OpenPoLine) => number {
  const byKey = new Map<string, OpenPoLine[]>();
  for (const l of lines) {
    const key = seriesKey(l.productId, l.locationId);
    const list = byKey.get(key);
    if (list) list.push(l);
    else byKey.set(key, [l]);
  }
  const before = new Map<OpenPoLine, number>();
  for (const list of byKey.values()) {
    list.sort((a, b) => a.expectedDay - b.expectedDay || a.poLineId - b.poLineId);
    let sum = 0;
    for (const l of list) {
      before.set(l, sum);
      sum += l.balance;
    }
  }
  return (po) => before.get(po) ?? 0;
}

/**
 * An open line landing after the projected stock-out, with a faster lane whose extra freight is
 * less than the margin it saves (units short before the usual landing − before the faster one).
 */
function expediteOf(inputs: LogisticsInputs, po: OpenPoLine, sku: string, ship: Shipping, need: ModeNeed, stock: number, dailyMean: number): ExpediteCandidate | null {
  if (!(dailyMean > 0)) return null;
  const stockoutDay = inputs.planDay + Math.floor(stock / dailyMean);
  if (po.expectedDay <= stockoutDay) return null;
  const usual = priceSingle(ship.modeLanes.find((l) => l.id === ship.usual.id)!, need);
  if (!usual) return null;
  let best: ExpediteCandidate | null = null;
  for (const lane of ship.modeLanes) {
    if (lane.tariff.transitDays >= ship.usual.transitDays) continue;
    // Over the usual landing: the faster lane is credited only with the sales its units save meanwhile.
    const fast = priceSingle(lane, need, need.readyInDays + ship.usual.transitDays);
    if (!fast) continue;
    const extraFreight = fast.freight + fast.duty - usual.freight - usual.duty;
    const marginSaved = usual.lostMargin - fast.lostMargin;
    if (!(marginSaved > extraFreight) || (best && marginSaved - extraFreight <= best.marginSaved - best.extraFreight)) continue;
    const expeditedDay = inputs.planDay + Math.ceil(need.readyInDays + lane.tariff.transitDays);
    best = {
      poNumber: po.poNumber, poLineId: po.poLineId, productId: po.productId, sku, supplier: po.supplier, toLocationId: po.locationId,
      to: inputs.locations.get(po.locationId) ?? String(po.locationId), quantity: po.balance,
      stockoutDate: isoFromDay(stockoutDay), currentArrivalDate: isoFromDay(po.expectedDay), expeditedArrivalDate: isoFromDay(expeditedDay),
      mode: lane.tariff.mode, laneId: lane.id, extraFreight: round2(extraFreight), marginSaved: round2(marginSaved), currency: inputs.currency,
      reason: {
        kind: 'expedite_pays', poNumber: po.poNumber, stockoutDay, currentArrivalDay: po.expectedDay, expeditedArrivalDay: expeditedDay,
        mode: lane.tariff.mode, extraFreight: round2(extraFreight), marginSaved: round2(marginSaved),
      },
    };
  }
  return best;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
