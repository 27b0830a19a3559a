import { describe, expect, it } from 'vitest';
import { chooseMode, type LaneTariff } from '../../freight';
import { replayArm, type ReplaySeries } from './logistics-replay';
import { decide, orderUpToLevel } from './policies';
import type { ReplayLanes } from './replay-lanes';

const policy = { kind: 'supplydesk' as const, serviceLevel: 0.95, reviewDays: 7 };
const costs = { holdingRatePerYear: 0.25, seed: 1 };
const HISTORY = 182;
const PRODUCTION = 10;

const tariff = (over: Partial<LaneTariff>): LaneTariff => ({
  mode: 'sea', transitDays: 30, transitSdDays: 2, costPerUnit: 0.5, costPerKg: null, costPerM3: null, containerCosts: {}, fixedCost: 50, dutyRate: 0, ...over,
});
const SEA = { id: 2, tariff: tariff({}) };
const air = (costPerKg: number) => ({ id: 3, tariff: tariff({ mode: 'air', transitDays: 5, transitSdDays: 1, costPerUnit: null, costPerKg, fixedCost: 100 }) });

/**
 * One warehouse with `onHand` units and an order of `pipelineUnits` landing in 12 days, selling a
 * noisy 5 a day. The replay runs just long enough for its first purchase's horizon (production +
 * sea + a review period), so only that purchase may leave the default (sea) lane.
 */
function series(onHand: number, pipelineUnits: number): ReplaySeries {
  const days = PRODUCTION + SEA.tariff.transitDays + policy.reviewDays;
  const demand = Float64Array.from({ length: HISTORY + days }, (_, i) => [3, 7, 5, 4, 6, 5, 5][i % 7]!);
  return {
    productId: 1, locationId: 2, demand, start: HISTORY, onHand, unitCost: 10, margin: 20,
    terms: { moq: 0, orderMultiple: 10, maxOrderQty: null }, leadTimeMean: PRODUCTION + SEA.tariff.transitDays, leadTimeSd: 2, promisedLeadTime: 40,
    pipeline: pipelineUnits > 0 ? [[HISTORY + 12, pipelineUnits]] : [],
    supplierId: 7, unit: { unitCost: 10, volumeM3: 0.001, weightKg: 1 },
  };
}

const lanesWith = (airCostPerKg: number): ReplayLanes => ({ inbound: new Map([['7:2', [SEA, air(airCostPerKg)]]]), transfer: new Map(), count: 2 });

/** What the engine's one rule chooses for the replay's first purchase, given what the replay knows then. */
function engineChoice(s: ReplaySeries, airCostPerKg: number) {
  const t = s.start;
  const position = s.onHand + s.pipeline.reduce((a, [, units]) => a + units, 0);
  const quantity = decide(policy, s, t, position);
  const view = orderUpToLevel(policy, s, t);
  return chooseMode([SEA, air(airCostPerKg)], {
    quantity, stock: s.onHand, arrivals: s.pipeline.map(([day, units]) => ({ day: day - t, units })),
    demand: { mean: view.rate, sd: view.dailySd }, unitMargin: s.margin, unit: s.unit, readyInDays: PRODUCTION,
    orderMultiple: s.terms.orderMultiple, reviewDays: policy.reviewDays, holdingPerUnitDay: (s.unitCost * costs.holdingRatePerYear) / 365, baseLaneId: SEA.id,
  })!;
}

describe('the replay ships by the freight engine\'s mode choice', () => {
  it.each([
    ['empty, cheap air', 0, 0, 2],
    ['empty, dear air', 0, 0, 100],
    ['some stock and an order on its way', 30, 60, 2],
    ['stock lasting past the ship', 400, 0, 2],
  ])('%s: the same lanes and quantities as chooseMode for the same inputs', (_, onHand, pipeline, airCostPerKg) => {
    const s = series(onHand, pipeline);
    const choice = engineChoice(s, airCostPerKg);
    const arm = replayArm([[s]], lanesWith(airCostPerKg), policy, { transfers: false, modeChoice: true }, costs);
    const byAir = choice.parts.filter((p) => p.mode === 'air').reduce((a, p) => a + p.quantity, 0);
    expect(arm.splitOrders).toBe(choice.kind === 'split' ? 1 : 0);
    expect(arm.expeditedUnits).toBe(byAir);
  });

  it('covers both outcomes: a split by air when air is cheap and the shelf is empty, sea alone when air is dear', () => {
    expect(engineChoice(series(0, 0), 2).kind).toBe('split');
    expect(engineChoice(series(0, 0), 100).parts.map((p) => p.mode)).toEqual(['sea']);
  });
});
