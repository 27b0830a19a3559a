import type { Baskets } from './baskets';
import { basketItems } from './baskets';
import type { SlotSplit } from './types';

/**
 * How much of a customer's next basket is their own past items (repeat) rather than items new to
 * them (explore), after Li et al., "A Next Basket Recommendation Reality Check": the blend scales each
 * model's scores to the customer's own best, so a customer who rarely buys again gets as many of their
 * old items as one who always does. Their own history says which they are.
 */
export interface RepeatPropensity {
  /** Per customer: the mean share of repeat items over their orders after the first (0 when they have none). */
  share: Float64Array;
  /** Per customer: how many orders that mean is over. */
  observed: Int32Array;
  /** The mean share over customers with that many past orders, by ORDER_BANDS. */
  bandShare: Float64Array;
}

/** Past-order bands whose mean the personal share is shrunk toward (customers who order more repeat more). */
export const ORDER_BANDS: readonly { minOrders: number; maxOrders: number }[] = [
  { minOrders: 1, maxOrders: 1 },
  { minOrders: 2, maxOrders: 3 },
  { minOrders: 4, maxOrders: 9 },
  { minOrders: 10, maxOrders: Number.POSITIVE_INFINITY },
];

/**
 * Orders of the customer's own that weigh as much as the band's mean: with few orders of their own a
 * customer's share is mostly noise (one order after the first says 0 or 1 often), with many it is theirs.
 */
export const SHRINK_ORDERS = 3;

/** Every customer's repeat share: for each order after their first, the share of its SKUs they had bought before. */
export function repeatPropensity(b: Baskets): RepeatPropensity {
  const customers = b.customers.length;
  const share = new Float64Array(customers);
  const observed = new Int32Array(customers);
  const seen = new Int32Array(b.skus.length).fill(-1);
  const bandTotal = new Float64Array(ORDER_BANDS.length);
  const bandCount = new Float64Array(ORDER_BANDS.length);
  for (let c = 0; c < customers; c++) {
    const orders = b.customerOrders[c]!;
    let total = 0;
    for (let k = 0; k < orders.length; k++) {
      const items = basketItems(b, orders[k]!);
      let repeats = 0;
      for (const s of items) if (seen[s] === c) repeats++;
      if (k > 0 && items.length > 0) total += repeats / items.length;
      for (const s of items) seen[s] = c;
    }
    observed[c] = Math.max(0, orders.length - 1);
    share[c] = observed[c]! > 0 ? total / observed[c]! : 0;
    // Each customer counts in the band of their orders now, the band they are scored in.
    if (observed[c]! > 0) {
      const band = bandOf(orders.length);
      bandTotal[band]! += share[c]!;
      bandCount[band]! += 1;
    }
  }
  const overall = sum(bandTotal) / Math.max(1, sum(bandCount));
  const bandShare = bandTotal.map((t, i) => (bandCount[i]! > 0 ? t / bandCount[i]! : overall));
  return { share, observed, bandShare };
}

/** The customer's repeat share shrunk toward their band's: what to expect of their next basket. */
export function expectedRepeatShare(p: RepeatPropensity, customer: number, pastOrders: number): number {
  const prior = p.bandShare[bandOf(pastOrders)]!;
  const n = p.observed[customer] ?? 0;
  return (n * (p.share[customer] ?? 0) + SHRINK_ORDERS * prior) / (n + SHRINK_ORDERS);
}

function bandOf(orders: number): number {
  const i = ORDER_BANDS.findIndex((band) => orders >= band.minOrders && orders <= band.maxOrders);
  return i < 0 ? 0 : i;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Slots of `n` for the customer's own past items under the split. */
export function repeatSlots(split: SlotSplit, expectedShare: number, n: number): number {
  const fraction = Math.min(1, Math.max(0, split.intercept + split.slope * expectedShare));
  return Math.round(n * fraction);
}

/**
 * Indices of the top `n` scores where `isRepeat(i)` items take `slots` places and the others the rest
 * (a side with too few candidates leaves its places to the other), best first by score.
 */
export function splitTop(scores: ArrayLike<number>, isRepeat: (i: number) => boolean, slots: number, n: number, top: (values: ArrayLike<number>, n: number) => number[]): number[] {
  const repeatScores = new Float64Array(scores.length);
  const exploreScores = new Float64Array(scores.length);
  let repeats = 0;
  for (let i = 0; i < scores.length; i++) {
    // -Infinity keeps an item of the other side out of this side's top.
    const repeat = isRepeat(i);
    if (repeat) repeats++;
    repeatScores[i] = repeat ? scores[i]! : Number.NEGATIVE_INFINITY;
    exploreScores[i] = repeat ? Number.NEGATIVE_INFINITY : scores[i]!;
  }
  const explores = scores.length - repeats;
  const takeRepeat = Math.min(repeats, Math.max(slots, n - explores));
  const takeExplore = Math.min(explores, n - takeRepeat);
  const chosen = [...top(repeatScores, takeRepeat), ...top(exploreScores, takeExplore)];
  return chosen.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
