/**
 * The replay's transfers, on review days before the day's purchases (transfers before purchases):
 * a warehouse lends what it physically holds beyond its demand over the transfer's transit + its
 * purchase lead time (safety kept, lots on their way counted from their landing day) to one that
 * will run short before a purchase placed today could land, when the freight engine says the move
 * pays (against the shortage's margin and against buying). The purchases that follow see it: the
 * destination's position holds the units in transit (its purchase shrinks), the origin's lacks them.
 * A SKU is not moved back while an earlier move's stock is still expected to be needed where it went.
 * A shipment's fixed cost is paid once per lane and day: a SKU joining a truck already booked that
 * day pays only its own variable freight.
 */

import { landedCost, neededUntil, proposeTransfer, reverseOf, type DatedArrival, type PastTransfer, type TransferVerdict, type UnitFacts } from '../../freight';
import { hashSeed, seededRandom } from '../../ground/random';
import type { ReplayState } from './replay-state';
import { orderUpToLevel, type SupplyDeskPolicy } from './policies';
import { drawLeadTime } from './random';
import type { ReplayLane, ReplayLanes } from './replay-lanes';

/** What one considered move came to: the diagnostics of why transfers are (not) made. */
export interface TransferTrace {
  day: number;
  productId: number;
  fromId: number;
  toId: number;
  verdict: TransferVerdict['kind'] | 'back_and_forth';
  excessUnits: number;
  shortUnitsBefore: number;
  marginSaved: number | null;
  transferCost: number | null;
  orderingCost: number | null;
}

/** Shared by the SKUs of one arm: the shipments booked per lane and day (their fixed cost is paid once). */
export interface TransferBook {
  booked: Set<string>;
  trace?: (t: TransferTrace) => void;
}

export interface TransferTotals {
  transfers: number;
  transferUnits: number;
}

export function newTransferBook(trace?: (t: TransferTrace) => void): TransferBook {
  return trace ? { booked: new Set(), trace } : { booked: new Set() };
}

/** Days until a purchase placed today lands: production + the default lane's transit (or the measured lead time). */
function leadDaysOf(st: ReplayState): number {
  return st.defaultLane ? st.productionDays + st.defaultLane.tariff.transitDays : st.s.leadTimeMean;
}

function arrivalsAhead(st: ReplayState, t: number, days: number): DatedArrival[] {
  const out: DatedArrival[] = [];
  const end = Math.min(st.arrivals.length - 1, t + Math.ceil(days));
  for (let d = t + 1; d <= end; d++) {
    const units = st.arrivals[d] as number;
    if (units > 0) out.push({ day: d - t, units });
  }
  return out;
}

/** One review day's transfers for one SKU's warehouses; `past` is this SKU's earlier moves (appended to). */
export function reviewTransfers(
  states: ReplayState[], lanes: ReplayLanes, t: number, policy: SupplyDeskPolicy, holdingRatePerYear: number, seed: number,
  book: TransferBook, past: PastTransfer[], totals: TransferTotals,
): void {
  const views = states.map((st) => {
    const { level, days, rate, dailySd } = orderUpToLevel(policy, st.s, t);
    return { demand: { mean: rate, sd: dailySd }, safetyStock: Math.max(0, level - rate * days), leadDays: leadDaysOf(st), monthUnits: Math.max(1, Math.ceil(rate * 30)) };
  });
  for (let to = 0; to < states.length; to++) {
    for (let from = 0; from < states.length; from++) {
      if (from === to) continue;
      const a = states[from]!;
      const b = states[to]!;
      const va = views[from]!;
      const vb = views[to]!;
      // Its payoff (the shortage before B's purchase lands) must fall inside the replay to be measured.
      if (t + vb.leadDays > b.s.demand.length) continue;
      const lane = cheapestTransferLane(lanes.transfer.get(`${a.s.locationId}:${b.s.locationId}`), b.s.unit);
      if (!lane) continue;
      const trace = book.trace;
      if (reverseOf(past, a.s.locationId, b.s.locationId, t)) {
        trace?.({ day: t, productId: a.s.productId, fromId: a.s.locationId, toId: b.s.locationId, verdict: 'back_and_forth', excessUnits: 0, shortUnitsBefore: 0, marginSaved: null, transferCost: null, orderingCost: null });
        continue;
      }
      const shipmentKey = `${lane.id}:${t}`;
      const joins = book.booked.has(shipmentKey);
      const tariff = joins ? { ...lane.tariff, fixedCost: 0 } : lane.tariff;
      // Buying instead ships about a month of demand on the destination's default lane.
      const inbound = b.defaultLane ? landedCost(b.defaultLane.tariff, vb.monthUnits, b.s.unit) : null;
      const originDays = va.leadDays;
      const arrivingAtB = arrivalsAhead(b, t, vb.leadDays).reduce((sum, x) => sum + x.units, 0);
      const verdict = proposeTransfer({
        from: { onHand: a.onHand, arriving: 0, arrivals: arrivalsAhead(a, t, originDays + lane.tariff.transitDays), demand: va.demand, replenishDays: originDays, safetyStock: va.safetyStock },
        to: { onHand: b.onHand, arriving: arrivingAtB, demand: vb.demand, replenishDays: vb.leadDays, safetyStock: vb.safetyStock },
        lane: tariff, unit: b.s.unit, unitMargin: b.s.margin, holdingRatePerYear,
        purchaseExtraPerUnit: inbound && !inbound.missing ? inbound.landedUnitCost - b.s.unit.unitCost : null,
        multiple: 1,
      });
      trace?.({
        day: t, productId: a.s.productId, fromId: a.s.locationId, toId: b.s.locationId, verdict: verdict.kind, excessUnits: verdict.excessUnits,
        shortUnitsBefore: verdict.shortUnitsBefore, marginSaved: 'marginSaved' in verdict ? verdict.marginSaved : null,
        transferCost: 'transferCost' in verdict ? verdict.transferCost : null, orderingCost: 'orderingCost' in verdict ? verdict.orderingCost : null,
      });
      if (verdict.kind !== 'transfer') continue;
      const q = verdict.quantity;
      a.onHand -= q;
      const due = t + drawLeadTime(seededRandom(hashSeed(seed, b.s.productId, a.s.locationId, b.s.locationId, t)), lane.tariff.transitDays, lane.tariff.transitSdDays);
      if (due < b.arrivals.length) b.arrivals[due] = (b.arrivals[due] as number) + q;
      if (due < b.freightAt.length) b.freightAt[due] = (b.freightAt[due] as number) + verdict.transferCost;
      b.onOrder += q;
      book.booked.add(shipmentKey);
      past.push({ fromId: a.s.locationId, toId: b.s.locationId, neededUntilDay: neededUntil(t + Math.ceil(lane.tariff.transitDays), vb.leadDays) });
      totals.transfers++;
      totals.transferUnits += q;
    }
  }
}

function cheapestTransferLane(list: readonly ReplayLane[] | undefined, unit: UnitFacts): ReplayLane | null {
  if (!list || list.length === 0) return null;
  let best: ReplayLane | null = null;
  let bestCost = Infinity;
  for (const lane of list) {
    const cost = landedCost(lane.tariff, 10, unit);
    if (!cost.missing && cost.freight < bestCost) {
      best = lane;
      bestCost = cost.freight;
    }
  }
  return best;
}
