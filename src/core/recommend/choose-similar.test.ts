import { describe, expect, it } from 'vitest';
import { makeShop } from '../../../test/fixtures/recommend-shop';
import { dayFromIso } from '../ground/calendar';
import { buildBaskets } from './baskets';
import { chooseSimilarParams, SIMILAR_CHOICES, similarScores } from './choose-similar';
import { DEFAULT_WEIGHTS, objective, type ValidationCase } from './choose-weights';
import { CandidateScratch, candidateScores, fitBaseComponents } from './components';
import { holdOutLastOrders } from './holdout';
import { DEFAULT_REPEAT } from './repeat';
import { DEFAULT_KNN } from './item-knn';
import { customerVectors, SimilarScratch } from './similar-customers';

describe('chooseSimilarParams', () => {
  const shop = makeShop({ customers: 150, skus: 90, lines: 9000, days: 200, firstDay: dayFromIso('2025-01-01'), seed: 6 });
  const { train, heldOut } = holdOutLastOrders(shop.lines);
  const baskets = buildBaskets(train);
  const comp = fitBaseComponents(baskets, baskets.lastDay);
  const scratch = new CandidateScratch(baskets.skus.length, baskets.customers.length);
  const customers = heldOut.map((held) => baskets.customerIndex.get(held.customerId)!);
  const cases: ValidationCase[] = heldOut.map((held, i) => ({
    candidates: candidateScores(comp, customers[i]!, scratch),
    target: new Set([...held.skus].map((sku) => baskets.skuIndex.get(sku) ?? -1)),
  }));
  const folds = [{ baskets, asOfDay: baskets.lastDay, cases: customers.map((customer, index) => ({ index, customer })) }];

  it('scores similar customers as the components do, for any decay and neighbour count', () => {
    for (const params of SIMILAR_CHOICES) {
      const other = fitBaseComponents(baskets, baskets.lastDay, DEFAULT_REPEAT, DEFAULT_KNN, params);
      const vectors = customerVectors(baskets, baskets.lastDay, params);
      const n = baskets.skus.length;
      for (const customer of customers.slice(0, 20)) {
        const expected = candidateScores(other, customer, scratch);
        const got = similarScores(vectors, customer, expected.ids, new SimilarScratch(baskets.customers.length), new Float64Array(n), new Int32Array(n), new Int32Array(n));
        expect([...got]).toEqual([...expected.similar]);
      }
    }
  });

  it('keeps the defaults unless another choice scores better, and reports the objective its cases really score', () => {
    const chosen = chooseSimilarParams(cases, folds, 10, false, DEFAULT_WEIGHTS);
    expect(chosen.tried).toHaveLength(SIMILAR_CHOICES.length);
    expect(chosen.objective).toBeCloseTo(objective(chosen.cases, chosen.weights, 10), 12);
    const best = Math.max(...chosen.tried.map((t) => t.objective));
    expect(chosen.objective).toBeGreaterThanOrEqual(chosen.tried[0]!.objective);
    expect(best - chosen.objective).toBeLessThan(0.002 + 1e-9);
  });
});
