/**
 * The analogue search of a category manager's run: cold-start SKUs (4.5% of the catalogue, as
 * in the demo) each searching a shelf of 4 categories × 2 locations, at 10,000 and 50,000 SKUs.
 */

import { AnaloguePool, type AnalogueCandidate } from '../../src/core/forecasting/analogues';
import type { ProductInfo } from '../../src/core/forecasting/products';
import { seededRandom } from '../../src/core/ground/random';

function catalogue(skus: number, first: number, random: () => number): ProductInfo[] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  return Array.from({ length: skus }, (_, i) => ({
    id: first + i,
    sku: `SKU-${first + i}`,
    brand: `brand ${Math.floor((random() * skus) / 75)}`,
    category: pick(['coats', 'shoes', 'bags', 'knitwear']),
    price: 20 + Math.floor(random() * 200),
    status: 'active' as const,
    launchDay: null,
    attributes: {
      style: `ST${Math.floor((random() * skus) / 10)}`,
      size: pick(['S', 'M', 'L', 'XL']),
      material: pick(['wool', 'cotton', 'silk']),
      season: pick(['winter', 'summer']),
      colour: pick(['red', 'black', 'white', 'blue']),
    },
  }));
}

function searchAt(skus: number): void {
  const random = seededRandom(skus);
  const candidates: AnalogueCandidate[] = catalogue(skus, 1, random).flatMap((product) =>
    [1, 2].map((locationId) => ({
      product,
      locationId,
      history: new Float64Array(1),
      forecastMean: new Float64Array(1),
      launchDay: random() < 0.3 ? 19_000 + Math.floor(random() * 700) : null,
    })),
  );
  const targets = catalogue(Math.round(skus * 0.045), skus + 1, random);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const pool = new AnaloguePool(candidates);
  for (const target of targets) pool.find(target, 1 + (target.id % 2), target.id % 3 === 0 ? 19_300 : null);
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  console.log(
    `  ${skus.toLocaleString('en')} SKUs: ${targets.length.toLocaleString('en')} searches over ${candidates.length.toLocaleString('en')} candidates: ` +
      `${wall.toFixed(2)} s, ${((used.user + used.system) / 1e6).toFixed(2)} CPU-s`,
  );
}

export function runAnalogueSearch(): void {
  console.log('\n== analogue search (cold starts of a workspace run) ==');
  for (const skus of [10_000, 50_000]) searchAt(skus);
}
