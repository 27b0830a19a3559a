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

/** Per SKU: the SKUs bought in the same orders and in how many (sparse rows), and the orders holding each SKU. */
export interface CoOccurrence {
  /** Row of SKU i: other[rowStart[i]..rowStart[i+1]] with counts both[...]. */
  rowStart: Int32Array;
  other: Int32Array;
  both: Float64Array;
  count: Float64Array;
}

/**
 * Co-occurrence counts per SKU pair over the given orders (each order counts once per pair), row by row
 * through an inverted index into one dense scratch row: no hash maps in the hot loop.
 * Orders larger than maxBasket contribute the pairs of their first maxBasket SKUs only.
 */
export function coOccurrence(b: Baskets, orders: readonly number[] | Int32Array, maxBasket: number): CoOccurrence {
  const n = b.skus.length;
  const count = new Float64Array(n);
  const postings = new Int32Array(n + 1);
  for (const o of orders) {
    const basket = basketItems(b, o);
    for (let x = 0; x < basket.length; x++) count[basket[x]!]! += 1;
    const m = Math.min(basket.length, maxBasket);
    for (let x = 0; x < m; x++) postings[basket[x]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) postings[i + 1]! += postings[i]!;
  const orderOf = new Int32Array(postings[n]!);
  const fill = postings.slice(0, n);
  for (const o of orders) {
    const basket = basketItems(b, o);
    const m = Math.min(basket.length, maxBasket);
    for (let x = 0; x < m; x++) orderOf[fill[basket[x]!]!++] = o;
  }
  const row = new Float64Array(n);
  const touched = new Int32Array(n);
  const rowStart = new Int32Array(n + 1);
  let other = new Int32Array(1 << 16);
  let both = new Float64Array(1 << 16);
  let size = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = size;
    let t = 0;
    for (let p = postings[i]!; p < postings[i + 1]!; p++) {
      const o = orderOf[p]!;
      const from = b.itemStart[o]!;
      const to = Math.min(b.itemStart[o + 1]!, from + maxBasket);
      for (let k = from; k < to; k++) {
        const j = b.items[k]!;
        if (j === i) continue;
        if (row[j] === 0) touched[t++] = j;
        row[j]! += 1;
      }
    }
    if (size + t > other.length) {
      const grown = Math.max(other.length * 2, size + t);
      const o2 = new Int32Array(grown);
      o2.set(other.subarray(0, size));
      other = o2;
      const b2 = new Float64Array(grown);
      b2.set(both.subarray(0, size));
      both = b2;
    }
    for (let x = 0; x < t; x++) {
      const j = touched[x]!;
      other[size] = j;
      both[size++] = row[j]!;
      row[j] = 0;
    }
  }
  rowStart[n] = size;
  return { rowStart, other: other.slice(0, size), both: both.slice(0, size), count };
}

export function itemNeighbours(b: Baskets, orders: readonly number[] | Int32Array, params: KnnParams): ItemNeighbours {
  const { rowStart, other, both, count } = coOccurrence(b, orders, params.maxBasket);
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
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const j = other[p]!;
      const c = both[p]!;
      candidates.push({ j, s: c / Math.sqrt(count[i]! * count[j]!), c });
    }
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
