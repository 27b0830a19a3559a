import { basketItems, type Baskets } from './baskets';
import { itemNeighbours, type ItemNeighbours, type KnnParams, DEFAULT_KNN } from './item-knn';
import { itemSignals, type ItemSignals } from './popularity';
import { expectedRepeatShare, repeatPropensity, type RepeatPropensity } from './repeat-explore';
import { itemCycles, itemRepurchaseRates, personalHistory, type PersonalHistory, type RepeatParams, DEFAULT_REPEAT } from './repeat';
import { customerVectors, DEFAULT_SIMILAR, kthLargest, neighbourVector, SimilarScratch, type CustomerVectors, type SimilarParams } from './similar-customers';
import type { BlendWeights } from './types';

/** A customer's affinity to SKUs from the TensorFlow.js model: raw scores, any scale. */
export interface CustomerItemScorer {
  readonly name: string;
  /** The customer's best SKU ids by the model, best first. */
  top(customer: number): Int32Array;
  /** Lowest and highest score over every SKU, to scale scores to 0–1. */
  range(customer: number): [number, number];
  score(customer: number, sku: number): number;
}

/** Every fitted model over one set of baskets, ready to score customers. */
export interface Components {
  baskets: Baskets;
  asOfDay: number;
  repeatParams: RepeatParams;
  knn: ItemNeighbours;
  /** Customers as decayed basket averages, for their nearest neighbours (TIFU-KNN). */
  similar: CustomerVectors;
  signals: ItemSignals;
  popularNorm: Float64Array;
  trendingNorm: Float64Array;
  /** SKU ids by popularity and by trend, best first (the fallback candidates). */
  popularTop: Int32Array;
  trendingTop: Int32Array;
  /** Every SKU by recent buyers, then by orders ever (pads a list when a customer's candidates run out). */
  rankAll: Int32Array;
  model: CustomerItemScorer | null;
  /** Per SKU the shop's median days between one customer's purchases of it (0: nobody bought it twice). */
  itemCycle: Float64Array;
  /** Per SKU the share of its buyers who bought it again (shrunk to the shop's mean). */
  repurchaseRate: Float64Array;
  /** Each customer's share of repeat items in their orders after the first (for the repeat/explore split). */
  propensity: RepeatPropensity;
}

/** The candidates of one customer with each model's score scaled to 0–1 (1 = that model's best SKU for them). */
export interface CandidateScores {
  ids: number[];
  repeat: Float64Array;
  /** Share of the customer's orders that held the candidate (0 when never bought). */
  frequency: Float64Array;
  /** The customer's own past items: the share of the SKU's buyers who bought it again (0 for items new to them). */
  repurchase: Float64Array;
  /** How due the candidate is by the customer's own repurchase cycle for it (0–1). */
  due: Float64Array;
  /** Share of the customer's latest orders that held the candidate (0 when not among them). */
  recent: Float64Array;
  knn: Float64Array;
  /** Co-purchase with the SKUs of the customer's latest order (1 = the best such candidate). */
  knnRecent: Float64Array;
  /** The mean of the nearest customers' vectors, over the customer's own largest entry (TIFU-KNN's neighbour part). */
  similar: Float64Array;
  /** Per candidate: how many of the nearest customers bought it; and how many nearest customers there were. */
  similarBuyers: Int32Array;
  neighbours: number;
  trending: Float64Array;
  popular: Float64Array;
  model: Float64Array;
  /** Per candidate: the customer's SKU that contributes most to its co-purchase score (-1: none), and that pair's lift. */
  because: Int32Array;
  becauseLift: Float64Array;
  history: PersonalHistory;
  /** Index of each candidate in history (-1 when never bought). */
  historySlot: Int32Array;
  /** The share of the customer's next basket expected to be their own past items (shrunk toward customers with as many orders). */
  expectedRepeat: number;
}

export const FALLBACK_CANDIDATES = 100;
/** Co-purchase candidates per customer beyond their own SKUs. */
const KNN_CANDIDATES = 100;
const MODEL_CANDIDATES = 100;
/** Co-purchase candidates of the customer's latest order. */
const KNN_RECENT_CANDIDATES = 50;
/** Candidates from similar customers beyond the customer's own SKUs. */
const SIMILAR_CANDIDATES = 100;

export function fitBaseComponents(
  baskets: Baskets,
  asOfDay: number,
  repeatParams: RepeatParams = DEFAULT_REPEAT,
  knnParams: KnnParams = DEFAULT_KNN,
  similarParams: SimilarParams = DEFAULT_SIMILAR,
): Components {
  const allOrders = Int32Array.from({ length: baskets.orderIds.length }, (_, o) => o);
  const knn = itemNeighbours(baskets, allOrders, knnParams);
  const signals = itemSignals(baskets, allOrders, asOfDay);
  return {
    baskets,
    asOfDay,
    repeatParams,
    knn,
    similar: customerVectors(baskets, asOfDay, similarParams),
    signals,
    popularNorm: scaleToMax(signals.popular),
    trendingNorm: scaleToMax(signals.trending),
    popularTop: topIds(signals.popular, FALLBACK_CANDIDATES),
    trendingTop: topIds(signals.trending, FALLBACK_CANDIDATES),
    rankAll: rankAll(baskets, signals.popular),
    model: null,
    propensity: repeatPropensity(baskets),
    itemCycle: itemCycles(baskets),
    repurchaseRate: itemRepurchaseRates(baskets),
  };
}

/** Scratch buffers reused across customers so scoring thousands of them allocates little. */
export class CandidateScratch {
  readonly slot: Int32Array;
  readonly knnAcc: Float64Array;
  readonly becauseBest: Float64Array;
  readonly becauseSku: Int32Array;
  readonly becauseLiftAcc: Float64Array;
  readonly touched: Int32Array;
  readonly similarAcc: Float64Array;
  readonly similarBuyers: Int32Array;
  readonly similarTouched: Int32Array;
  readonly customers: SimilarScratch;
  readonly recentAcc: Float64Array;
  readonly recentTouched: Int32Array;
  constructor(skuCount: number, customerCount: number) {
    this.recentAcc = new Float64Array(skuCount);
    this.recentTouched = new Int32Array(skuCount);
    this.similarAcc = new Float64Array(skuCount);
    this.similarBuyers = new Int32Array(skuCount);
    this.similarTouched = new Int32Array(skuCount);
    this.customers = new SimilarScratch(customerCount);
    this.slot = new Int32Array(skuCount).fill(-1);
    this.knnAcc = new Float64Array(skuCount);
    this.becauseBest = new Float64Array(skuCount);
    this.becauseSku = new Int32Array(skuCount);
    this.becauseLiftAcc = new Float64Array(skuCount);
    this.touched = new Int32Array(skuCount);
  }
}

export function candidateScores(comp: Components, customer: number, scratch: CandidateScratch): CandidateScores {
  const history = personalHistory(comp.baskets, customer, comp.asOfDay, comp.repeatParams, comp.itemCycle);
  const ids: number[] = [];
  const slot = scratch.slot;
  const add = (s: number) => {
    if (slot[s] === -1) {
      slot[s] = ids.length;
      ids.push(s);
    }
  };
  for (let i = 0; i < history.skus.length; i++) add(history.skus[i]!);

  // Co-purchase scores of every neighbour of the customer's SKUs, in dense scratch rows.
  const { knnAcc, becauseBest, becauseSku, becauseLiftAcc, touched } = scratch;
  let touchedCount = 0;
  const maxRepeat = maxOf(history.score);
  const { start, ids: nIds, sim, lift } = comp.knn;
  for (let h = 0; h < history.skus.length; h++) {
    const j = history.skus[h]!;
    const w = history.score[h]! / maxRepeat;
    for (let k = start[j]!; k < start[j + 1]!; k++) {
      const i = nIds[k]!;
      if (knnAcc[i] === 0) touched[touchedCount++] = i;
      const contribution = w * sim[k]!;
      knnAcc[i]! += contribution;
      if (contribution > becauseBest[i]!) {
        becauseBest[i] = contribution;
        becauseSku[i] = j;
        becauseLiftAcc[i] = lift[k]!;
      }
    }
  }
  let maxKnn = 0;
  for (let t = 0; t < touchedCount; t++) if (knnAcc[touched[t]!]! > maxKnn) maxKnn = knnAcc[touched[t]!]!;
  const touchedScores = new Float64Array(touchedCount);
  for (let t = 0; t < touchedCount; t++) touchedScores[t] = knnAcc[touched[t]!]!;
  for (const t of largestIndices(touchedScores, KNN_CANDIDATES)) add(touched[t]!);
  // Co-purchase with the latest order alone: the neighbours of what the customer buys now.
  const { recentAcc, recentTouched } = scratch;
  let recentCount = 0;
  const customerOrders = comp.baskets.customerOrders[customer];
  if (customerOrders && customerOrders.length > 0) {
    for (const j of basketItems(comp.baskets, customerOrders[customerOrders.length - 1]!)) {
      for (let k = start[j]!; k < start[j + 1]!; k++) {
        const i = nIds[k]!;
        if (recentAcc[i] === 0) recentTouched[recentCount++] = i;
        recentAcc[i]! += sim[k]!;
      }
    }
  }
  const recentScores = new Float64Array(recentCount);
  let maxRecent = 0;
  for (let t = 0; t < recentCount; t++) {
    recentScores[t] = recentAcc[recentTouched[t]!]!;
    if (recentScores[t]! > maxRecent) maxRecent = recentScores[t]!;
  }
  for (const t of largestIndices(recentScores, KNN_RECENT_CANDIDATES)) add(recentTouched[t]!);
  // Similar customers: the mean of the nearest customers' decayed basket averages.
  const { similarAcc, similarBuyers, similarTouched } = scratch;
  const near = neighbourVector(comp.similar, customer, scratch.customers, similarAcc, similarBuyers, similarTouched);
  const nearScores = new Float64Array(near.count);
  for (let t = 0; t < near.count; t++) nearScores[t] = similarAcc[similarTouched[t]!]!;
  for (const t of largestIndices(nearScores, SIMILAR_CANDIDATES)) add(similarTouched[t]!);
  let ownMax = 0;
  for (let k = comp.similar.start[customer]!; k < comp.similar.start[customer + 1]!; k++) ownMax = Math.max(ownMax, comp.similar.value[k]!);
  const similarScale = ownMax > 0 ? ownMax : 1;
  for (let k = 0; k < Math.min(FALLBACK_CANDIDATES, comp.popularTop.length); k++) add(comp.popularTop[k]!);
  for (let k = 0; k < Math.min(FALLBACK_CANDIDATES, comp.trendingTop.length); k++) add(comp.trendingTop[k]!);
  let modelMin = 0;
  let modelRange = 1;
  if (comp.model) {
    const top = comp.model.top(customer);
    for (let k = 0; k < Math.min(top.length, MODEL_CANDIDATES); k++) add(top[k]!);
    const [lo, hi] = comp.model.range(customer);
    modelMin = lo;
    modelRange = hi > lo ? hi - lo : 1;
  }

  const n = ids.length;
  const result: CandidateScores = {
    ids,
    repeat: new Float64Array(n),
    frequency: new Float64Array(n),
    repurchase: new Float64Array(n),
    due: new Float64Array(n),
    recent: new Float64Array(n),
    knn: new Float64Array(n),
    knnRecent: new Float64Array(n),
    similar: new Float64Array(n),
    similarBuyers: new Int32Array(n),
    neighbours: near.neighbours,
    trending: new Float64Array(n),
    popular: new Float64Array(n),
    model: new Float64Array(n),
    because: new Int32Array(n).fill(-1),
    becauseLift: new Float64Array(n),
    history,
    historySlot: new Int32Array(n).fill(-1),
    expectedRepeat: expectedRepeatShare(comp.propensity, customer, history.orders),
  };
  for (let h = 0; h < history.skus.length; h++) {
    const c = slot[history.skus[h]!]!;
    result.repeat[c] = history.score[h]! / maxRepeat;
    result.frequency[c] = history.frequency[h]!;
    result.repurchase[c] = comp.repurchaseRate[history.skus[h]!]!;
    result.due[c] = history.due[h]!;
    result.recent[c] = history.recentShare[h]!;
    result.historySlot[c] = h;
  }
  const knnScale = maxKnn > 0 ? maxKnn : 1;
  for (let c = 0; c < n; c++) {
    const s = ids[c]!;
    result.knn[c] = knnAcc[s]! / knnScale;
    result.knnRecent[c] = maxRecent > 0 ? recentAcc[s]! / maxRecent : 0;
    if (becauseBest[s]! > 0) {
      result.because[c] = becauseSku[s]!;
      result.becauseLift[c] = becauseLiftAcc[s]!;
    }
    result.similar[c] = similarAcc[s]! / similarScale;
    result.similarBuyers[c] = similarBuyers[s]!;
    result.trending[c] = comp.trendingNorm[s]!;
    result.popular[c] = comp.popularNorm[s]!;
    if (comp.model) result.model[c] = (comp.model.score(customer, s) - modelMin) / modelRange;
    slot[s] = -1; // leave the scratch clean for the next customer
  }
  for (let t = 0; t < touchedCount; t++) {
    const i = touched[t]!;
    knnAcc[i] = 0;
    becauseBest[i] = 0;
  }
  for (let t = 0; t < recentCount; t++) recentAcc[recentTouched[t]!] = 0;
  for (let t = 0; t < near.count; t++) {
    const i = similarTouched[t]!;
    similarAcc[i] = 0;
    similarBuyers[i] = 0;
  }
  return result;
}

/** Blended score of each candidate. */
export function blend(c: CandidateScores, w: BlendWeights, out: Float64Array = new Float64Array(c.ids.length)): Float64Array {
  for (let k = 0; k < c.ids.length; k++) {
    out[k] =
      w.repeat * c.repeat[k]! +
      w.frequency * c.frequency[k]! +
      w.repurchase * c.repurchase[k]! +
      w.due * c.due[k]! +
      w.recent * c.recent[k]! +
      w.knn * c.knn[k]! + w.knnRecent * c.knnRecent[k]! + w.similar * c.similar[k]! + w.trending * c.trending[k]! + w.popular * c.popular[k]! + w.model * c.model[k]!;
  }
  return out;
}

/** Indices of (at most) the n highest values, in index order: linear time for long rows. */
function largestIndices(values: Float64Array, n: number): number[] {
  if (values.length <= n) return Array.from({ length: values.length }, (_, i) => i);
  const threshold = kthLargest(values.slice(), n);
  const out: number[] = [];
  for (let i = 0; i < values.length && out.length < n; i++) if (values[i]! > threshold) out.push(i);
  for (let i = 0; i < values.length && out.length < n; i++) if (values[i] === threshold) out.push(i);
  return out;
}

/** Indices of the n highest values, best first (ties: lower index first). */
export function topIndices(values: ArrayLike<number>, n: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (best.length === n && v <= values[best[n - 1]!]!) continue;
    let pos = best.length === n ? n - 1 : best.length;
    if (best.length < n) best.push(i);
    while (pos > 0 && values[best[pos - 1]!]! < v) {
      best[pos] = best[pos - 1]!;
      pos--;
    }
    best[pos] = i;
  }
  return best;
}

export function topIds(values: ArrayLike<number>, n: number): Int32Array {
  return Int32Array.from(topIndices(values, n));
}

function scaleToMax(values: Float64Array): Float64Array {
  const max = maxOf(values);
  return values.map((v) => v / max);
}

function maxOf(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max > 0 ? max : 1;
}

function rankAll(b: Baskets, popular: Float64Array): Int32Array {
  const orders = new Float64Array(b.skus.length);
  for (let k = 0; k < b.items.length; k++) orders[b.items[k]!]! += 1;
  return Int32Array.from(
    Array.from({ length: b.skus.length }, (_, s) => s).sort((x, y) => popular[y]! - popular[x]! || orders[y]! - orders[x]! || x - y),
  );
}
