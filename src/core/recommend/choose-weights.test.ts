import { describe, expect, it } from 'vitest';
import { makeShop } from '../../../test/fixtures/recommend-shop';
import { dayFromIso } from '../ground/calendar';
import { buildBaskets } from './baskets';
import { chooseWeights, DEFAULT_WEIGHTS, objective, type ValidationCase } from './choose-weights';
import { CandidateScratch, candidateScores, fitBaseComponents } from './components';
import { holdOutLastOrders } from './holdout';

describe('chooseWeights', () => {
  it('reports the objective its weights really score (the one-term trials agree with a full blend) and never does worse than where it started', () => {
    const shop = makeShop({ customers: 120, skus: 80, lines: 8000, days: 200, firstDay: dayFromIso('2025-01-01'), seed: 4 });
    const { train, heldOut } = holdOutLastOrders(shop.lines);
    const baskets = buildBaskets(train);
    const comp = fitBaseComponents(baskets, baskets.lastDay);
    const scratch = new CandidateScratch(baskets.skus.length, baskets.customers.length);
    const cases: ValidationCase[] = heldOut.map((held) => ({
      candidates: candidateScores(comp, baskets.customerIndex.get(held.customerId)!, scratch),
      target: new Set([...held.skus].map((sku) => baskets.skuIndex.get(sku) ?? -1)),
    }));
    expect(cases.length).toBeGreaterThan(50);
    const chosen = chooseWeights(cases, 10, false);
    expect(chosen.objective).toBeCloseTo(objective(cases, chosen.weights, 10), 12);
    expect(chosen.objective).toBeGreaterThanOrEqual(objective(cases, DEFAULT_WEIGHTS, 10));
    expect(chosen.weights.repeat).toBe(1);
    expect(chosen.weights.model).toBe(0);
  });
});
