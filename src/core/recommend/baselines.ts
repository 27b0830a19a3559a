import type { Baskets } from './baskets';
import { basketItems } from './baskets';
import { topIndices, type Components } from './components';

/** Repeat baseline: the customer's most frequently bought SKUs (orders holding them), latest first on ties. */
export function repeatBaseline(b: Baskets, customer: number, topN: number): number[] {
  const counts = new Map<number, { n: number; last: number }>();
  for (const o of b.customerOrders[customer] ?? []) {
    for (const s of basketItems(b, o)) {
      const entry = counts.get(s);
      if (entry) {
        entry.n++;
        entry.last = Math.max(entry.last, b.orderDay[o]!);
      } else counts.set(s, { n: 1, last: b.orderDay[o]! });
    }
  }
  return [...counts]
    .sort((x, y) => y[1].n - x[1].n || y[1].last - x[1].last || x[0] - y[0])
    .slice(0, topN)
    .map(([s]) => s);
}

/** Item-kNN baseline: SKUs most similar to everything the customer bought (sum of cosine similarities). */
export function itemKnnBaseline(comp: Components, customer: number, topN: number): number[] {
  const scores = new Map<number, number>();
  const { start, ids, sim } = comp.knn;
  const bought = new Set<number>();
  for (const o of comp.baskets.customerOrders[customer] ?? []) for (const s of basketItems(comp.baskets, o)) bought.add(s);
  for (const j of bought) {
    for (let k = start[j]!; k < start[j + 1]!; k++) scores.set(ids[k]!, (scores.get(ids[k]!) ?? 0) + sim[k]!);
  }
  const entries = [...scores];
  return topIndices(
    entries.map(([, v]) => v),
    topN,
  ).map((i) => entries[i]![0]);
}

/** Popularity baseline: the SKUs with most buyers in the recent window, the same for everyone. */
export function popularityBaseline(comp: Components, topN: number): number[] {
  return [...comp.popularTop.subarray(0, topN)];
}
