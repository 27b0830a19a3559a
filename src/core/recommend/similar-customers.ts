import type { Baskets } from './baskets';
import { basketItems } from './baskets';

/**
 * Similar customers, after TIFU-KNN (Hu et al., "Modeling Personalized Item Frequency Information for
 * Next-basket Recommendation"): each customer is a time-decayed average of their baskets (baskets in
 * groups of `groupSize`, newest first; `withinDecay` per basket inside a group, `acrossDecay` per group),
 * and a customer's items from others are the mean vector of their `neighbours` most similar customers
 * (cosine). Neighbours are found per customer on demand through an inverted index, so scoring a few
 * customers costs only their own postings.
 */
export interface SimilarParams {
  groupSize: number;
  withinDecay: number;
  acrossDecay: number;
  neighbours: number;
  /**
   * The customer's largest entries that look for neighbours (the rest still count in the neighbours'
   * mean): bounds the work for customers who bought thousands of SKUs.
   */
  queryItems: number;
  /** Days after which a basket's weight halves besides its rank (Infinity: rank only, as in TIFU-KNN). */
  halfLifeDays: number;
}

export const DEFAULT_SIMILAR: SimilarParams = { groupSize: 7, withinDecay: 0.9, acrossDecay: 0.7, neighbours: 300, queryItems: 100, halfLifeDays: Number.POSITIVE_INFINITY };

export interface CustomerVectors {
  params: SimilarParams;
  /** Customer c's vector: sku[start[c]..start[c+1]] with weight value[...] (weights sum to 1 over baskets). */
  start: Int32Array;
  sku: Int32Array;
  value: Float64Array;
  norm: Float64Array;
  /** Per SKU: the customers holding it, postingCustomer[postingStart[s]..] with their weight postingValue. */
  postingStart: Int32Array;
  postingCustomer: Int32Array;
  postingValue: Float64Array;
}

/** Every customer's decayed basket average and the inverted index over them. */
export function customerVectors(b: Baskets, asOfDay: number, params: SimilarParams = DEFAULT_SIMILAR): CustomerVectors {
  const lambda = Number.isFinite(params.halfLifeDays) ? Math.LN2 / params.halfLifeDays : 0;
  const customers = b.customers.length;
  const skuCount = b.skus.length;
  const acc = new Float64Array(skuCount);
  const touched = new Int32Array(skuCount);
  const start = new Int32Array(customers + 1);
  const skuList: number[] = [];
  const valueList: number[] = [];
  const norm = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    start[c] = skuList.length;
    const orders = b.customerOrders[c]!;
    let t = 0;
    let total = 0;
    for (let k = orders.length - 1, rank = 0; k >= 0; k--, rank++) {
      const group = Math.floor(rank / params.groupSize);
      const within = rank % params.groupSize;
      const w = Math.pow(params.acrossDecay, group) * Math.pow(params.withinDecay, within) * Math.exp(-lambda * Math.max(0, asOfDay - b.orderDay[orders[k]!]!));
      total += w;
      for (const s of basketItems(b, orders[k]!)) {
        if (acc[s] === 0) touched[t++] = s;
        acc[s]! += w;
      }
    }
    let sq = 0;
    for (let x = 0; x < t; x++) {
      const s = touched[x]!;
      const v = acc[s]! / total;
      skuList.push(s);
      valueList.push(v);
      sq += v * v;
      acc[s] = 0;
    }
    norm[c] = Math.sqrt(sq);
  }
  start[customers] = skuList.length;
  const sku = Int32Array.from(skuList);
  const value = Float64Array.from(valueList);
  const postingStart = new Int32Array(skuCount + 1);
  for (let k = 0; k < sku.length; k++) postingStart[sku[k]! + 1]! += 1;
  for (let s = 0; s < skuCount; s++) postingStart[s + 1]! += postingStart[s]!;
  const fill = postingStart.slice(0, skuCount);
  const postingCustomer = new Int32Array(sku.length);
  const postingValue = new Float64Array(sku.length);
  for (let c = 0; c < customers; c++) {
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const p = fill[sku[k]!]!++;
      postingCustomer[p] = c;
      postingValue[p] = value[k]!;
    }
  }
  return { params, start, sku, value, norm, postingStart, postingCustomer, postingValue };
}

/** Dense scratch rows reused across customers. */
export class SimilarScratch {
  readonly dot: Float64Array;
  readonly touchedCustomers: Int32Array;
  readonly sims: Float64Array;
  constructor(customers: number) {
    this.dot = new Float64Array(customers);
    this.touchedCustomers = new Int32Array(customers);
    this.sims = new Float64Array(customers);
  }
}

/**
 * The mean vector of the customer's nearest customers, added into `out` (dense over SKUs, must be zero
 * where untouched) with `buyers` counting how many neighbours hold each SKU; returns the SKUs touched
 * (in `touchedSkus`, count returned) and the number of neighbours used.
 */
export function neighbourVector(
  v: CustomerVectors,
  customer: number,
  scratch: SimilarScratch,
  out: Float64Array,
  buyers: Int32Array,
  touchedSkus: Int32Array,
): { count: number; neighbours: number } {
  const { dot, touchedCustomers, sims } = scratch;
  let t = 0;
  const from = v.start[customer]!;
  const to = v.start[customer + 1]!;
  let floor = Number.NEGATIVE_INFINITY;
  let ownSq = 0;
  if (to - from > v.params.queryItems) {
    const values = v.value.slice(from, to);
    floor = kthLargest(values, v.params.queryItems);
  }
  let taken = 0;
  for (let k = from; k < to; k++) {
    const s = v.sku[k]!;
    const x = v.value[k]!;
    if (x < floor || taken >= v.params.queryItems) continue;
    taken++;
    ownSq += x * x;
    for (let p = v.postingStart[s]!; p < v.postingStart[s + 1]!; p++) {
      const other = v.postingCustomer[p]!;
      if (other === customer) continue;
      if (dot[other] === 0) touchedCustomers[t++] = other;
      dot[other]! += x * v.postingValue[p]!;
    }
  }
  const own = Math.sqrt(ownSq) || 1;
  for (let i = 0; i < t; i++) {
    const other = touchedCustomers[i]!;
    sims[i] = dot[other]! / (own * (v.norm[other]! || 1));
  }
  const k = Math.min(v.params.neighbours, t);
  const threshold = k > 0 && k < t ? kthLargest(sims.subarray(0, t), k) : Number.NEGATIVE_INFINITY;
  // Recompute the similarities (kthLargest reordered them) and take those above the threshold, ties up to k.
  let used = 0;
  let count = 0;
  const chosen: number[] = [];
  for (let pass = 0; pass < 2 && used < k; pass++) {
    for (let i = 0; i < t && used < k; i++) {
      const other = touchedCustomers[i]!;
      const sim = dot[other]! / (own * (v.norm[other]! || 1));
      if (pass === 0 ? sim > threshold : sim === threshold) {
        chosen.push(other);
        used++;
      }
    }
  }
  for (let i = 0; i < t; i++) dot[touchedCustomers[i]!] = 0;
  if (used === 0) return { count: 0, neighbours: 0 };
  const share = 1 / used;
  for (const other of chosen) {
    for (let k2 = v.start[other]!; k2 < v.start[other + 1]!; k2++) {
      const s = v.sku[k2]!;
      if (buyers[s] === 0) touchedSkus[count++] = s;
      out[s]! += share * v.value[k2]!;
      buyers[s]! += 1;
    }
  }
  return { count, neighbours: used };
}

/** The k-th largest value (1 = the largest); reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const tmp = values[i]!;
        values[i] = values[j]!;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
