import type { Baskets } from './baskets';
import { basketItems } from './baskets';

/** Item-to-item neighbours from co-purchases: for each SKU its most similar SKUs (cosine over baskets). */
export interface ItemNeighbours {
  /** neighbours of s: ids[start[s]..start[s+1]] with similarity sim[...] (highest first). */
  start: Int32Array;
  ids: Int32Array;
  sim: Float32Array;
  /** Lift of the pair: orders with both × all orders / (orders with one × orders with the other). */
  lift: Float32Array;
}

export interface KnnParams {
  neighbours: number;
  /** Baskets larger than this count only their first this-many pairs per item (wholesale orders of hundreds of lines). */
  maxBasket: number;
}

export const DEFAULT_KNN: KnnParams = { neighbours: 50, maxBasket: 200 };

/** Co-occurrence counts per SKU pair over the given orders (each order counts once per pair). */
export function coOccurrence(b: Baskets, orders: Iterable<number>, maxBasket: number): { pairs: Map<number, number>[]; count: Float64Array } {
  const n = b.skus.length;
  const pairs: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const count = new Float64Array(n);
  for (const o of orders) {
    const basket = basketItems(b, o);
    const m = Math.min(basket.length, maxBasket);
    for (let x = 0; x < basket.length; x++) count[basket[x]!]! += 1;
    for (let x = 0; x < m; x++) {
      const i = basket[x]!;
      const row = pairs[i]!;
      for (let y = 0; y < m; y++) {
        if (x === y) continue;
        const j = basket[y]!;
        row.set(j, (row.get(j) ?? 0) + 1);
      }
    }
  }
  return { pairs, count };
}

export function itemNeighbours(b: Baskets, orders: readonly number[] | Int32Array, params: KnnParams): ItemNeighbours {
  const { pairs, count } = coOccurrence(b, orders, params.maxBasket);
  const n = b.skus.length;
  const start = new Int32Array(n + 1);
  const ids: number[] = [];
  const sims: number[] = [];
  const lifts: number[] = [];
  let orderCount = 0;
  for (const o of orders) if (o >= 0) orderCount++;
  const candidates: { j: number; s: number; c: number }[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = ids.length;
    candidates.length = 0;
    for (const [j, c] of pairs[i]!) candidates.push({ j, s: c / Math.sqrt(count[i]! * count[j]!), c });
    candidates.sort((a, z) => z.s - a.s || a.j - z.j);
    const k = Math.min(params.neighbours, candidates.length);
    for (let x = 0; x < k; x++) {
      ids.push(candidates[x]!.j);
      sims.push(candidates[x]!.s);
      lifts.push((candidates[x]!.c * orderCount) / (count[i]! * count[candidates[x]!.j]!));
    }
  }
  start[n] = ids.length;
  return { start, ids: Int32Array.from(ids), sim: Float32Array.from(sims), lift: Float32Array.from(lifts) };
}
