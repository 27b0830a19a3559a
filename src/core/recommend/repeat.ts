import type { Baskets } from './baskets';
import { basketItems } from './baskets';

/** A customer's own history per SKU: the repeat model's scores and the figures its reasons quote. */
export interface PersonalHistory {
  skus: Int32Array;
  /** Frequency with recency decay (higher = bought more often and more recently). */
  score: Float64Array;
  timesBought: Int32Array;
  lastDay: Int32Array;
  /** Median days between the customer's orders of the SKU (0 when bought once). */
  cycleDays: Float64Array;
  /** Share of the customer's orders that held the SKU (personal item frequency, no decay: P-TopFreq). */
  frequency: Float64Array;
  /**
   * 0–1: how close the days since the last purchase are to the SKU's own cycle for the customer; for a SKU
   * they bought on one day only, to the shop's typical cycle of that SKU (0 when nobody bought it twice).
   */
  due: Float64Array;
  /** Share of the customer's last RECENT_ORDERS orders that held the SKU (P-TopFreq over a recency window). */
  recentShare: Float64Array;
  orders: number;
  /** The customer's typical basket: median distinct SKUs per order. */
  basketSize: number;
}

/** The recency window of `recentShare`: a customer's latest orders say more about the next than their first ones. */
export const RECENT_ORDERS = 5;

export interface RepeatParams {
  /** Days after which an order's weight halves. */
  halfLifeDays: number;
  /** Weight multiplier per order going back (1 = only the days count). */
  orderDecay: number;
  /** Extra weight for a SKU that is due by its own repurchase cycle (0 = off). */
  cycleBoost: number;
}

export const DEFAULT_REPEAT: RepeatParams = { halfLifeDays: 120, orderDecay: 0.9, cycleBoost: 0.3 };

const EMPTY: PersonalHistory = {
  skus: new Int32Array(0),
  score: new Float64Array(0),
  timesBought: new Int32Array(0),
  lastDay: new Int32Array(0),
  cycleDays: new Float64Array(0),
  frequency: new Float64Array(0),
  due: new Float64Array(0),
  recentShare: new Float64Array(0),
  orders: 0,
  basketSize: 0,
};

/**
 * Per SKU the median days between one customer's purchases of it, over every customer who bought it on
 * two days or more (0 when nobody did): the cycle to expect of a customer who bought it once.
 */
export function itemCycles(b: Baskets): Float64Array {
  const n = b.skus.length;
  const lastCustomer = new Int32Array(n).fill(-1);
  const lastDay = new Int32Array(n);
  const gaps: number[][] = Array.from({ length: n }, () => []);
  for (let c = 0; c < b.customers.length; c++) {
    for (const o of b.customerOrders[c]!) {
      const day = b.orderDay[o]!;
      for (const s of basketItems(b, o)) {
        if (lastCustomer[s] === c && day > lastDay[s]!) gaps[s]!.push(day - lastDay[s]!);
        lastCustomer[s] = c;
        lastDay[s] = day;
      }
    }
  }
  return Float64Array.from(gaps, (list) => median(list));
}

/** Buyers of a SKU whose own later orders weigh as much as the shop's mean repurchase rate. */
const REPURCHASE_PRIOR_BUYERS = 10;

/**
 * Per SKU: of the customers who bought it and ordered again afterwards, the share who bought it again
 * (shrunk toward the shop's mean for SKUs with few such buyers). Some things are bought once (a gift,
 * a display stand), others restocked: it ranks a customer's own past items by how repeatable they are.
 */
export function itemRepurchaseRates(b: Baskets): Float64Array {
  const n = b.skus.length;
  const buyers = new Float64Array(n);
  const repeaters = new Float64Array(n);
  const firstOrder = new Int32Array(n).fill(-1);
  const stamp = new Int32Array(n).fill(-1);
  const again = new Uint8Array(n);
  for (let c = 0; c < b.customers.length; c++) {
    const orders = b.customerOrders[c]!;
    const touched: number[] = [];
    for (let k = 0; k < orders.length; k++) {
      for (const s of basketItems(b, orders[k]!)) {
        if (stamp[s] !== c) {
          stamp[s] = c;
          firstOrder[s] = k;
          again[s] = 0;
          touched.push(s);
        } else if (k > firstOrder[s]!) again[s] = 1;
      }
    }
    for (const s of touched) {
      // Only a customer who ordered again after first buying it could have bought it again.
      if (firstOrder[s]! < orders.length - 1) {
        buyers[s]! += 1;
        repeaters[s]! += again[s]!;
      }
    }
  }
  let totalBuyers = 0;
  let totalRepeaters = 0;
  for (let s = 0; s < n; s++) {
    totalBuyers += buyers[s]!;
    totalRepeaters += repeaters[s]!;
  }
  const mean = totalBuyers > 0 ? totalRepeaters / totalBuyers : 0;
  return Float64Array.from({ length: n }, (_, s) => (repeaters[s]! + REPURCHASE_PRIOR_BUYERS * mean) / (buyers[s]! + REPURCHASE_PRIOR_BUYERS));
}

export function personalHistory(b: Baskets, customer: number, asOfDay: number, params: RepeatParams, itemCycle?: Float64Array): PersonalHistory {
  const orders = b.customerOrders[customer];
  if (!orders || orders.length === 0) return EMPTY;
  const lambda = Math.LN2 / params.halfLifeDays;
  const slot = new Map<number, number>();
  const skus: number[] = [];
  const score: number[] = [];
  const times: number[] = [];
  const days: number[][] = [];
  const recent: number[] = [];
  const sizes: number[] = [];
  for (let k = orders.length - 1, rank = 0; k >= 0; k--, rank++) {
    const o = orders[k]!;
    const day = b.orderDay[o]!;
    const weight = Math.pow(params.orderDecay, rank) * Math.exp(-lambda * Math.max(0, asOfDay - day));
    const items = basketItems(b, o);
    sizes.push(items.length);
    for (const s of items) {
      let i = slot.get(s);
      if (i === undefined) {
        i = skus.length;
        slot.set(s, i);
        skus.push(s);
        score.push(0);
        times.push(0);
        days.push([]);
        recent.push(0);
      }
      if (rank < RECENT_ORDERS) recent[i]! += 1;
      score[i]! += weight;
      times[i]! += 1;
      days[i]!.push(day);
    }
  }
  const n = skus.length;
  const history: PersonalHistory = {
    skus: Int32Array.from(skus),
    score: Float64Array.from(score),
    timesBought: Int32Array.from(times),
    lastDay: new Int32Array(n),
    cycleDays: new Float64Array(n),
    frequency: new Float64Array(n),
    due: new Float64Array(n),
    recentShare: new Float64Array(n),
    orders: orders.length,
    basketSize: median(sizes),
  };
  const window = Math.min(RECENT_ORDERS, orders.length);
  for (let i = 0; i < n; i++) {
    const d = days[i]!; // newest first
    history.lastDay[i] = d[0]!;
    history.cycleDays[i] = medianGap(d);
    history.frequency[i] = times[i]! / orders.length;
    history.recentShare[i] = recent[i]! / window;
    if (history.cycleDays[i]! > 0) {
      // Due = the days since the last purchase are near the SKU's own cycle for this customer.
      const due = dueness(asOfDay - d[0]!, history.cycleDays[i]!);
      history.due[i] = due;
      history.score[i]! *= 1 + params.cycleBoost * due;
    } else if (itemCycle && itemCycle[skus[i]!]! > 0) {
      // Bought on one day only: due by the shop's cycle of the SKU (it does not boost the repeat score, which is the customer's own).
      history.due[i] = dueness(asOfDay - d[0]!, itemCycle[skus[i]!]!);
    }
  }
  return history;
}

/** 1 when the days since the last purchase equal the cycle, falling off by their log ratio. */
function dueness(daysSince: number, cycleDays: number): number {
  return Math.exp(-Math.pow(Math.log(Math.max(daysSince / cycleDays, 0.05)), 2));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of the gaps between distinct purchase days (newest first), 0 if fewer than two days. */
function medianGap(daysNewestFirst: number[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < daysNewestFirst.length; i++) {
    const gap = daysNewestFirst[i - 1]! - daysNewestFirst[i]!;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}
