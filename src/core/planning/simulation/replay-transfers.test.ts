import { describe, expect, it } from 'vitest';
import type { LaneTariff } from '../../freight';
import { replayArm, SINGLE_MODE, type ReplaySeries } from './logistics-replay';
import type { ReplayLanes } from './replay-lanes';
import type { TransferTrace } from './replay-transfers';

const policy = { kind: 'supplydesk' as const, serviceLevel: 0.95, reviewDays: 7 };
const costs = { holdingRatePerYear: 0.25, seed: 1 };
const TRANSFERS_ONLY = { transfers: true, modeChoice: false };
const HISTORY = 182;
const DAYS = 365;
/** Production 10 days + 30 by sea: a purchase lands 40 days after it is placed. */
const LEAD_DAYS = 40;
const TRUCK_DAYS = 2;

const tariff = (over: Partial<LaneTariff>): LaneTariff => ({
  mode: 'sea', transitDays: 30, transitSdDays: 2, costPerUnit: 0.5, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 50, dutyRate: 0, ...over,
});

/** One SKU-location with daily demand `rateAt(day)` over history and replay, supplier 7, lead time 40 ± 2 days. */
function series(productId: number, locationId: number, rateAt: (day: number) => number, onHand: number): ReplaySeries {
  const demand = new Float64Array(HISTORY + DAYS);
  for (let d = 0; d < demand.length; d++) demand[d] = rateAt(d);
  return {
    productId, locationId, demand, start: HISTORY, onHand, unitCost: 10, margin: 20,
    terms: { moq: 0, orderMultiple: 1, maxOrderQty: null }, leadTimeMean: LEAD_DAYS, leadTimeSd: 2, promisedLeadTime: LEAD_DAYS, pipeline: [],
    supplierId: 7, unit: { unitCost: 10, volumeM3: 0.001, weightKg: 1 },
  };
}

/** Sea from supplier 7 to both warehouses; trucks both ways between them (`fixedCost` a shipment + 0.2 a unit). */
function lanes(fixedCost = 20): ReplayLanes {
  const truck = (id: number) => ({ id, tariff: tariff({ mode: 'truck', transitDays: TRUCK_DAYS, transitSdDays: 0, costPerUnit: 0.2, fixedCost }) });
  return {
    inbound: new Map([
      ['7:1', [{ id: 1, tariff: tariff({}) }]],
      ['7:2', [{ id: 2, tariff: tariff({}) }]],
    ]),
    transfer: new Map([['1:2', [truck(9)]], ['2:1', [truck(10)]]]),
    count: 4,
  };
}

function moves(groups: ReplaySeries[][], fixedCost = 20): TransferTrace[] {
  const made: TransferTrace[] = [];
  replayArm(groups, lanes(fixedCost), policy, TRANSFERS_ONLY, costs, undefined, (t) => {
    if (t.verdict === 'transfer') made.push(t);
  });
  return made;
}

describe('replay transfers', () => {
  it('does not move a SKU back while the first move\'s stock is still expected to be needed where it went', () => {
    // Warehouse 1 holds 400 and sold 2 a day, warehouse 2 is empty and sold 5; from the first replay
    // day their demand swaps (1 sells 10, 2 nothing). Stock goes 1 → 2 on day one; before the guard,
    // the stock went back 2 → 1 three weeks later, inside warehouse 2's lead time.
    const group = [series(1, 1, (d) => (d < HISTORY ? 2 : 10), 400), series(1, 2, (d) => (d < HISTORY ? 5 : 0), 0)];
    const made = moves([group]);
    const first = made[0]!;
    expect([first.day, first.fromId, first.toId]).toEqual([HISTORY, 1, 2]);
    const neededUntil = first.day + TRUCK_DAYS + LEAD_DAYS;
    expect(made.filter((m) => m.fromId === 2 && m.toId === 1 && m.day < neededUntil)).toEqual([]);
  });

  it('moves the transfer before the day\'s purchases: the destination buys less, and the arm holds less stock', () => {
    // Warehouse 1 holds a year of its demand; warehouse 2 starts empty and waits 40 days for a purchase.
    const group = [series(1, 1, () => 1, 400), series(1, 2, () => 5, 0)];
    const single = replayArm([group], lanes(), policy, SINGLE_MODE, costs);
    const moved = replayArm([group], lanes(), policy, TRANSFERS_ONLY, costs);
    expect(moved.transfers).toBeGreaterThan(0);
    expect(moved.lostUnits).toBeLessThan(single.lostUnits);
    // Warehouse 2's first purchase counts the units on the truck, so no stock is bought twice.
    expect(moved.avgInventoryValue).toBeLessThan(single.avgInventoryValue);
    expect(moved.totalCost).toBeLessThan(single.totalCost);
  });

  it('pays a shipment\'s fixed cost once per lane and day: a SKU too small to pay it alone joins a truck already going', () => {
    // Trucks at 200 a shipment. SKU 1: warehouse 2 empty, a large shortage that pays a truck alone.
    // SKU 2: warehouse 2 holds one unit less than its 40 days of demand; the few units it would be short
    // (about 120 of margin) do not pay 200 alone, but do pay 0.2 a unit on the truck SKU 1 books.
    const big = [series(1, 1, () => 1, 400), series(1, 2, () => 5, 0)];
    const small = [series(2, 1, () => 1, 400), series(2, 2, () => 5, 5 * LEAD_DAYS - 1)];
    expect(moves([small], 200).filter((m) => m.day === HISTORY)).toEqual([]);
    const together = moves([big, small], 200).filter((m) => m.day === HISTORY);
    expect(together.map((m) => m.productId)).toEqual([1, 2]);
    const [first, second] = together as [TransferTrace, TransferTrace];
    expect(first.transferCost).toBeGreaterThan(200);
    expect(second.transferCost).toBeLessThan(20);
    expect(second.marginSaved).toBeLessThan(200);
  });
});
