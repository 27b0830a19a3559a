import { describe, expect, it } from 'vitest';
import type { LaneTariff } from '../../freight';
import { replayArm, SINGLE_MODE, type ReplaySeries } from './logistics-replay';
import type { ReplayLanes } from './replay-lanes';

const policy = { kind: 'supplydesk' as const, serviceLevel: 0.95, reviewDays: 7 };
const costs = { holdingRatePerYear: 0.25, seed: 1 };
const HISTORY = 182;
const DAYS = 365;

const tariff = (over: Partial<LaneTariff>): LaneTariff => ({
  mode: 'sea', transitDays: 30, transitSdDays: 2, costPerUnit: 0.5, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 50, dutyRate: 0, ...over,
});

/** Steady demand of `rate` a day (history and replay), one supplier, lead time 40 days (10 production + 30 by sea). */
function series(locationId: number, rate: number, onHand: number, pipeline: [number, number][] = []): ReplaySeries {
  const demand = new Float64Array(HISTORY + DAYS).fill(rate);
  return {
    productId: 1, locationId, demand, start: HISTORY, onHand, unitCost: 10, margin: 20,
    terms: { moq: 0, orderMultiple: 1, maxOrderQty: null }, leadTimeMean: 40, leadTimeSd: 2, promisedLeadTime: 40, pipeline,
    supplierId: 7, unit: { unitCost: 10, volumeM3: 0.001, weightKg: 1 },
  };
}

function lanes(): ReplayLanes {
  const transfer = { id: 9, tariff: tariff({ mode: 'truck', transitDays: 2, transitSdDays: 0, costPerUnit: 0.2, fixedCost: 20 }) };
  return {
    inbound: new Map([
      ['7:1', [{ id: 1, tariff: tariff({}) }]],
      ['7:2', [{ id: 2, tariff: tariff({}) }]],
    ]),
    transfer: new Map([['1:2', [transfer]]]),
    count: 3,
  };
}

describe('logistics replay rules', () => {
  it('moves stock the origin holds above its own needs to a warehouse that would run out before a purchase lands', () => {
    // Warehouse 1 holds a year of its demand; warehouse 2 starts empty and waits 40 days for a purchase.
    const group = [series(1, 1, 400), series(2, 5, 0)];
    const single = replayArm([group], lanes(), policy, SINGLE_MODE, costs);
    const moved = replayArm([group], lanes(), policy, { transfers: true, modeChoice: false }, costs);
    expect(moved.transfers).toBeGreaterThan(0);
    expect(moved.lostUnits).toBeLessThan(single.lostUnits);
    expect(moved.totalCost).toBeLessThan(single.totalCost);
  });

  it('takes no transfer whose payoff would fall after the replay\'s last day', () => {
    // The same warehouses over 20 days: a purchase placed today lands after the end, so the shortage
    // a transfer would prevent cannot be measured; the arm stays the single-mode one.
    const short = (s: ReplaySeries): ReplaySeries => ({ ...s, demand: s.demand.slice(0, HISTORY + 20) });
    const group = [short(series(1, 1, 400)), short(series(2, 5, 0))];
    const moved = replayArm([group], lanes(), policy, { transfers: true, modeChoice: false }, costs);
    expect(moved.transfers).toBe(0);
    expect(moved).toEqual(replayArm([group], lanes(), policy, SINGLE_MODE, costs));
  });

  it('ships the urgent part by air only when the sales it saves pay its freight', () => {
    // One empty warehouse selling 5 a day; sea lands in 40 days, air in 15 (production 10 + 5).
    const withAir = (costPerKg: number): ReplayLanes => ({
      inbound: new Map([['7:2', [{ id: 2, tariff: tariff({}) }, { id: 3, tariff: tariff({ mode: 'air', transitDays: 5, transitSdDays: 1, costPerUnit: null, costPerKg, fixedCost: 100 }) }]]]),
      transfer: new Map(),
      count: 2,
    });
    const group = [series(2, 5, 0)];
    const single = replayArm([group], withAir(2), policy, SINGLE_MODE, costs);
    const cheapAir = replayArm([group], withAir(2), policy, { transfers: false, modeChoice: true }, costs);
    expect(cheapAir.expeditedUnits).toBeGreaterThan(0);
    expect(cheapAir.lostUnits).toBeLessThan(single.lostUnits);
    expect(cheapAir.totalCost).toBeLessThan(single.totalCost);
    // At 100 a kg a unit by air costs five times its margin: everything goes by sea.
    const dearAir = replayArm([group], withAir(100), policy, { transfers: false, modeChoice: true }, costs);
    expect(dearAir.expeditedUnits).toBe(0);
    expect(dearAir).toEqual(replayArm([group], withAir(100), policy, SINGLE_MODE, costs));
  });
});
