import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ground/random';
import { AnaloguePool, MAX_ANALOGUES, similarityScore, type AnalogueCandidate } from './analogues';
import type { ProductInfo } from './products';

/** A catalogue like a category manager's: few categories, many brands, overlapping attributes, equal scores. */
function catalogue(count: number, seed: number, priceSteps = 6): ProductInfo[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const attributes: Record<string, string> = {};
    for (const [name, values] of [
      ['size', ['S', 'M', 'L']],
      ['colour', ['black', 'white', 'red 红色']],
      ['season', ['winter', 'summer']],
      ['material', ['wool', 'cotton']],
    ] as const) {
      if (random() < 0.8) attributes[name] = pick(values);
    }
    return {
      id: i + 1,
      sku: `SKU-${i + 1}`,
      brand: random() < 0.9 ? `brand ${Math.floor(random() * 12)}` : null,
      category: random() < 0.95 ? pick(['coats', 'shoes']) : null,
      // Whole prices repeat, so scores tie and the tie-break decides.
      price: random() < 0.9 ? 50 + Math.floor(random() * priceSteps) * 10 : null,
      status: 'active',
      launchDay: null,
      attributes,
    };
  });
}

/** The ranking by definition: every candidate scored, best first, ties by product then location. */
function bruteForce(pool: readonly AnalogueCandidate[], target: ProductInfo, locationId: number, launchDay: number | null): AnalogueCandidate[] {
  return pool
    .filter((c) => !(c.product.id === target.id && c.locationId === locationId))
    .map((c) => ({ c, score: similarityScore(target, c, launchDay) }))
    .sort((a, b) => b.score - a.score || a.c.product.id - b.c.product.id || a.c.locationId - b.c.locationId)
    .slice(0, MAX_ANALOGUES)
    .map(({ c }) => c);
}

/** Every target's analogues from the pool against scoring its whole shelf (the category at its location, else the location). */
function expectBruteForceAnalogues(products: ProductInfo[], targets: ProductInfo[], launchShare: number): void {
  const random = seededRandom(11);
  const candidates: AnalogueCandidate[] = products.flatMap((product) =>
    [1, 2].map((locationId) => ({
      product,
      locationId,
      history: new Float64Array(4),
      forecastMean: new Float64Array(4),
      launchDay: random() < launchShare ? 19_000 + Math.floor(random() * 700) : null,
    })),
  );
  const pool = new AnaloguePool(candidates);
  let compared = 0;
  for (const target of targets) {
    const locationId = 1 + (target.id % 2);
    const launchDay = target.id % 3 === 0 ? 19_200 : null;
    // The shelf searched: the category at the location, else the category, else the location.
    const sameCategory = (c: AnalogueCandidate) => target.category !== null && c.product.category === target.category;
    const shelf = candidates.filter((c) => c.locationId === locationId && sameCategory(c));
    const found = pool.find(target, locationId, launchDay);
    const expected = bruteForce(shelf.length >= 3 ? shelf : candidates.filter((c) => c.locationId === locationId), target, locationId, launchDay);
    expect(found.map((a) => a.candidate)).toEqual(expected);
    for (const a of found) expect(a.score).toBe(similarityScore(target, a.candidate, launchDay));
    compared += found.length;
  }
  expect(compared).toBe(targets.length * MAX_ANALOGUES);
}

describe('AnaloguePool.find', () => {
  it('returns exactly the best-scored analogues of scoring the whole shelf, with their scores', () => {
    const products = catalogue(600, 7);
    const targets = catalogue(80, 23).map((p) => ({ ...p, id: p.id + 10_000 }));
    // Targets that are listed products too (another location of the same SKU counts most).
    targets.push(...products.slice(0, 20));
    expectBruteForceAnalogues(products, targets, 0.3);
  });

  it('finds the same when most of the shelf is priced outside the band or launched in another season (the search passes over them)', () => {
    const products = catalogue(1_500, 5, 40);
    const targets = catalogue(120, 29, 40).map((p) => ({ ...p, id: p.id + 10_000 }));
    targets.push(...products.slice(0, 30));
    expectBruteForceAnalogues(products, targets, 0.6);
  });
});
