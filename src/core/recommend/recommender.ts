import { basketModelScorer, trainBasketModel, type BasketModel } from './basket-model';
import { seededRandom } from '../ground/random';
import { buildBaskets, isPurchase } from './baskets';
import { chooseSimilarParams, type SimilarFold } from './choose-similar';
import { chooseSplit, describeSplit, rankCandidates } from './choose-split';
import { chooseWeights, DEFAULT_WEIGHTS, objective, type ValidationCase } from './choose-weights';
import { DEFAULT_KNN } from './item-knn';
import { DEFAULT_REPEAT } from './repeat';
import { DEFAULT_SIMILAR, type SimilarParams } from './similar-customers';
import { blend, CandidateScratch, candidateScores, fitBaseComponents, type Components } from './components';
import { holdOutLastOrders, type HeldOutBasket } from './holdout';
import { fallbackReason, reasonFor } from './reason';
import type { BlendWeights, FitOptions, PurchaseLine, Recommendation, Recommender, SegmentWeights, SlotSplit } from './types';

/** Validation needs at least this many held-out customers to choose weights; fewer keep the defaults. */
const MIN_VALIDATION_CUSTOMERS = 20;
/** Weights are chosen for HitRate/Recall at this depth. */
const VALIDATION_K = 10;
/** Enough validation customers to choose five weights; more only cost time. */
const MAX_VALIDATION_CUSTOMERS = 1500;
/** Validation cases over all folds: enough for the weights of eight segments, and within the training time budget. */
const MAX_VALIDATION_CASES = 3000;
/** Held-out baskets per recent customer that validation chooses weights on: the last one and those before it. */
const VALIDATION_FOLDS = 3;
const DEFAULT_BUDGET_MS = 60_000;
/** Shares of the time budget: the model's first training (on the validation split) and its refit on all lines. */
const FIRST_TRAINING_SHARE = 0.35;
const REFIT_SHARE = 0.15;
/**
 * The model trains a fixed number of epochs (then one more on all lines) so that its scores, and the
 * weights validation gives it, do not depend on how busy the machine is; the time budget only stops it
 * early on a machine too slow for even that (the note then says so).
 */
const MODEL_EPOCHS = 5;
const REFIT_EPOCHS = 1;

/**
 * Fit every model on the lines up to the as-of day and choose the blend weights on a held-out last
 * basket of each recent customer (taken from these lines only, so an outer backtest's hold-out never
 * leaks in), then refit on all the lines.
 */
export async function fitRecommender(lines: readonly PurchaseLine[], options: FitOptions = {}): Promise<Recommender> {
  const ctx = options.ctx;
  const fitStarted = performance.now();
  const budgetMs = options.timeBudgetMs ?? DEFAULT_BUDGET_MS;
  const useModel = options.useModel ?? true;
  const seed = options.seed ?? 1;
  let model: BasketModel | null = null;
  const models: { name: string; seconds: number; note?: string }[] = [];
  const asOf = options.asOfDay;
  const kept = lines.filter((line) => isPurchase(line) && (asOf === undefined || line.day <= asOf));

  let weights: BlendWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  let segmentWeights: SegmentWeights[] = [];
  let similarParams: SimilarParams = DEFAULT_SIMILAR;
  let split: SlotSplit | null = options.split ?? null;
  const fixedWeights = options.weights !== undefined && Object.keys(options.weights).length >= 4;
  if (!fixedWeights) {
    const started = performance.now();
    ctx?.progress('recommend.validate', 0, 1);
    const { train, heldOut: allHeldOut } = holdOutLastOrders(kept);
    const heldOut = sampleOf(allHeldOut, MAX_VALIDATION_CUSTOMERS, seed);
    if (heldOut.length >= MIN_VALIDATION_CUSTOMERS) {
      const baskets = buildBaskets(train);
      const comp = fitBaseComponents(baskets, baskets.lastDay);
      ctx?.throwIfCancelled();
      if (useModel) {
        const modelStarted = performance.now();
        model = await trainBasketModel(baskets, { budgetMs: budgetMs * FIRST_TRAINING_SHARE, ctx, seed, maxEpochs: MODEL_EPOCHS });
        // A model the time budget stopped before one whole epoch scores noise: validation must not weigh it.
        if (model && model.epochs === 0) {
          models.push({ name: 'tfjs next-basket model', seconds: (performance.now() - modelStarted) / 1000, note: 'left out: the time budget ran out before one whole epoch' });
          model = null;
        }
        if (model) {
          comp.model = await basketModelScorer(model, baskets);
          models.push({
            name: 'tfjs next-basket model',
            seconds: (performance.now() - modelStarted) / 1000,
            note: `${model.vocabulary.length} SKUs, ${model.epochs} epochs${model.epochs < MODEL_EPOCHS ? ` (stopped by the time budget, of ${MODEL_EPOCHS})` : ''}, loss ${model.loss.toFixed(3)}`,
          });
        }
      }
      const first = validationCases(comp, heldOut);
      const cases = first.cases;
      const folds: SimilarFold[] = [{ baskets, asOfDay: comp.asOfDay, cases: first.customers.map((customer, index) => ({ index, customer })) }];
      // Earlier folds (each customer's last basket before that one, and the one before) add customers the
      // weights are chosen on, so they follow the shop rather than one hold-out's noise. The model was
      // trained on those baskets, so these folds go without it.
      let foldLines = train;
      for (let fold = 1; fold < VALIDATION_FOLDS; fold++) {
        const earlier = holdOutLastOrders(foldLines);
        const heldOutEarlier = sampleOf(earlier.heldOut, Math.max(0, Math.min(MAX_VALIDATION_CUSTOMERS, MAX_VALIDATION_CASES - cases.length)), seed + fold);
        if (heldOutEarlier.length < MIN_VALIDATION_CUSTOMERS) break;
        const earlierBaskets = buildBaskets(earlier.train);
        const more = validationCases(fitBaseComponents(earlierBaskets, earlierBaskets.lastDay), heldOutEarlier);
        folds.push({ baskets: earlierBaskets, asOfDay: earlierBaskets.lastDay, cases: more.customers.map((customer, i) => ({ index: cases.length + i, customer })) });
        cases.push(...more.cases);
        foldLines = earlier.train;
        ctx?.throwIfCancelled();
      }
      ctx?.throwIfCancelled();
      // TIFU-KNN's decay and neighbour count are chosen with the weights (each choice gets its own search).
      const chosen = chooseSimilarParams(cases, folds, VALIDATION_K, comp.model !== null, DEFAULT_WEIGHTS);
      similarParams = chosen.params;
      weights = { ...chosen.weights, ...options.weights };
      // Customers with few and with many orders differ in how much their own repeats predict: each
      // segment's own weights, searched from the shared ones, where validation has enough of its customers.
      if (!options.weights) segmentWeights = chooseSegmentWeights(chosen.cases, weights, comp.model !== null);
      // How many of the K slots go to the customer's own past items, by how often their own next baskets held them.
      const splitChoice = options.split === undefined ? chooseSplit(chosen.cases, (c) => weightsFor(c.history, segmentWeights, weights), VALIDATION_K) : null;
      split = options.split === undefined ? splitChoice!.split : options.split;
      models.push({
        name: 'validation',
        seconds: (performance.now() - started) / 1000,
        note:
          `${cases.length} customers' last baskets held out; HR+3×Recall@${VALIDATION_K} ${chosen.objective.toFixed(3)}` +
          `; similar customers: ${describeSimilar(similarParams)} (${chosen.tried.map((t) => `${describeSimilar(t.params)} ${t.objective.toFixed(3)}`).join(', ')})` +
          segmentWeights.map((seg) => `; customers with ${describeSegment(seg)} (${seg.customers}): ${describeWeights(seg.weights)}`).join('') +
          `; ${describeSplit(split, VALIDATION_K)}` +
          (splitChoice
            ? ` (HR+3×Recall ${splitChoice.objective.toFixed(3)}, without a split ${splitChoice.withoutSplit.toFixed(3)}` +
              (splitChoice.bestTried ? `, best split tried ${splitChoice.bestTried.split.intercept} + ${splitChoice.bestTried.split.slope} × share ${splitChoice.bestTried.objective.toFixed(3)})` : ')')
            : ''),
      });
    } else {
      models.push({ name: 'validation', seconds: 0, note: `only ${heldOut.length} recent repeat customers: default weights` });
    }
    ctx?.progress('recommend.validate', 1, 1);
  }

  const started = performance.now();
  ctx?.progress('recommend.fit', 0, 1);
  const baskets = buildBaskets(kept);
  const comp = fitBaseComponents(baskets, asOf ?? baskets.lastDay, DEFAULT_REPEAT, DEFAULT_KNN, similarParams);
  models.push({ name: 'repeat + similar customers + co-purchase + trending + popular', seconds: (performance.now() - started) / 1000 });
  if (useModel && (weights.model > 0 || segmentWeights.some((seg) => seg.weights.model > 0))) {
    const modelStarted = performance.now();
    // Keep training on every line (the validation split left the latest baskets out), within what is left.
    const left = budgetMs - (performance.now() - fitStarted);
    const refit = await trainBasketModel(baskets, { budgetMs: Math.max(0, Math.min(left * 0.8, budgetMs * REFIT_SHARE)), ctx, seed, maxEpochs: REFIT_EPOCHS, ...(model ? { start: model } : {}) });
    if (refit && (model !== null || refit.epochs > 0)) {
      comp.model = await basketModelScorer(refit, baskets);
      models.push({ name: 'tfjs next-basket model (refit on all lines)', seconds: (performance.now() - modelStarted) / 1000, note: `${refit.epochs} more epochs` });
    }
  }
  ctx?.progress('recommend.fit', 1, 1);
  return makeRecommender(comp, weights, models, segmentWeights, split);
}

/** Customers by past orders: each segment may get its own blend weights. */
export const ORDER_SEGMENTS: readonly { name: string; minOrders: number; maxOrders: number }[] = [
  { name: '1', minOrders: 1, maxOrders: 1 },
  { name: '2-3', minOrders: 2, maxOrders: 3 },
  { name: '4-9', minOrders: 4, maxOrders: 9 },
  { name: '10+', minOrders: 10, maxOrders: Number.POSITIVE_INFINITY },
];
/** Validation customers a segment needs before it gets weights of its own. */
const MIN_SEGMENT_CUSTOMERS = 150;
/**
 * A segment keeps its parent's weights unless its own beat them on its customers by this much of the
 * objective (HR + 3×Recall): a few hundred customers' last baskets are noisy, and weights fitted to that
 * noise lost to the shared ones on the next cut-off.
 */
const MIN_SEGMENT_GAIN = 0.01;

/**
 * Each segment's weights, searched from the shared ones on that segment's validation customers only
 * (starting there keeps a small segment near the shared weights unless its own customers say otherwise).
 * Then each segment is split by typical basket size (at the validation customers' median): a customer
 * who buys 40 lines an order has room for all their repeats, one who buys 3 needs the most due ones, and
 * each half searches from its segment's weights. More specific segments come first in the list.
 */
function chooseSegmentWeights(cases: readonly ValidationCase[], shared: BlendWeights, withModel: boolean): SegmentWeights[] {
  const bySize: SegmentWeights[] = [];
  const byOrders: SegmentWeights[] = [];
  const split = medianOf(cases.map((c) => c.candidates.history.basketSize));
  for (const seg of ORDER_SEGMENTS) {
    const mine = cases.filter((c) => c.candidates.history.orders >= seg.minOrders && c.candidates.history.orders <= seg.maxOrders);
    if (mine.length < MIN_SEGMENT_CUSTOMERS) continue;
    const segWeights = ownWeights(mine, shared, withModel);
    // A segment that keeps its parent's weights is left out: the lookup falls back to the same weights.
    if (segWeights !== shared) byOrders.push({ ...seg, minBasket: 0, maxBasket: Number.POSITIVE_INFINITY, customers: mine.length, weights: segWeights });
    const halves = [
      { name: `${seg.name}, baskets ≤ ${split}`, minBasket: 0, maxBasket: split },
      { name: `${seg.name}, baskets > ${split}`, minBasket: nextAbove(split), maxBasket: Number.POSITIVE_INFINITY },
    ];
    for (const half of halves) {
      const part = mine.filter((c) => c.candidates.history.basketSize >= half.minBasket && c.candidates.history.basketSize <= half.maxBasket);
      if (part.length < MIN_SEGMENT_CUSTOMERS) continue;
      const weights = ownWeights(part, segWeights, withModel);
      if (weights !== segWeights) bySize.push({ ...seg, ...half, customers: part.length, weights });
    }
  }
  return [...bySize, ...byOrders];
}

/** The segment's own weights when they beat its parent's clearly on its customers, else the parent's. */
function ownWeights(cases: readonly ValidationCase[], parent: BlendWeights, withModel: boolean): BlendWeights {
  const own = chooseWeights(cases, VALIDATION_K, withModel, parent);
  return own.objective > objective(cases, parent, VALIDATION_K) + MIN_SEGMENT_GAIN ? own.weights : parent;
}

/** The weights for a customer: those of the most specific segment that holds them, else the shared ones. */
export function weightsFor(history: { orders: number; basketSize: number }, segments: readonly SegmentWeights[], shared: BlendWeights): BlendWeights {
  const { orders, basketSize } = history;
  return (
    segments.find((seg) => orders >= seg.minOrders && orders <= seg.maxOrders && basketSize >= seg.minBasket && basketSize <= seg.maxBasket)?.weights ?? shared
  );
}

/** Median basket sizes are whole or halves: the smallest size above `x`. */
function nextAbove(x: number): number {
  return Math.floor(x * 2 + 1) / 2;
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** '10+ orders' or '10+ orders, baskets ≤ 12 SKUs'. */
export function describeSegment(seg: SegmentWeights): string {
  const [orders, baskets] = seg.name.split(', ');
  return `${orders} orders${baskets ? `, ${baskets} SKUs` : ''}`;
}

/** 'baskets decay 0.9 within groups of 7, 0.7 across; 300 neighbours'. */
export function describeSimilar(p: SimilarParams): string {
  return `baskets decay ${p.withinDecay} within groups of ${p.groupSize}, ${p.acrossDecay} across; ${p.neighbours} neighbours`;
}

export function describeWeights(w: BlendWeights): string {
  return `repeat ${w.repeat}, order share ${w.frequency}, bought again by its buyers ${w.repurchase}, due ${w.due}, latest orders' share ${w.recent}, similar customers ${w.similar}, co-purchase ${w.knn}, co-purchase with the latest order ${w.knnRecent}, trending ${w.trending}, popular ${w.popular}, model ${w.model}`;
}

export function makeRecommender(
  comp: Components,
  weights: BlendWeights,
  models: Recommender['models'],
  segmentWeights: readonly SegmentWeights[] = [],
  split: SlotSplit | null = null,
): Recommender {
  const scratch = new CandidateScratch(comp.baskets.skus.length, comp.baskets.customers.length);
  const fallback = (topN: number): Recommendation[] => {
    // Popular and trending interleaved by their blended weight; each SKU once.
    const scores = new Map<number, number>();
    for (const s of comp.popularTop) scores.set(s, (weights.popular || 0.01) * comp.popularNorm[s]!);
    for (const s of comp.trendingTop) scores.set(s, (scores.get(s) ?? 0) + (weights.trending || 0.01) * comp.trendingNorm[s]!);
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, topN)
      .map(([s, score]) => ({
        sku: comp.baskets.skus[s]!,
        score: round4(score),
        reason: fallbackReason(comp, s, (weights.trending || 0.01) * comp.trendingNorm[s]! > (weights.popular || 0.01) * comp.popularNorm[s]!),
      }));
  };
  const recommend = (customerId: string | null, topN: number): Recommendation[] => {
    const c = customerId === null ? undefined : comp.baskets.customerIndex.get(customerId);
    if (c === undefined) return padWithPopular(fallback(topN), topN);
    const candidates = candidateScores(comp, c, scratch);
    const w = weightsFor(candidates.history, segmentWeights, weights);
    const scores = blend(candidates, w);
    const list = rankCandidates(candidates, scores, topN, split).map((k) => ({
      sku: comp.baskets.skus[candidates.ids[k]!]!,
      score: round4(scores[k]!),
      reason: reasonFor(comp, candidates, k, w),
    }));
    return list.length < topN ? padWithPopular(list, topN) : list;
  };
  /** A long list asked of a short history: the rest are the store's best sellers, score 0. */
  const padWithPopular = (list: Recommendation[], topN: number): Recommendation[] => {
    const have = new Set(list.map((r) => r.sku));
    for (const s of comp.rankAll) {
      if (list.length >= topN) break;
      const sku = comp.baskets.skus[s]!;
      if (!have.has(sku)) list.push({ sku, score: 0, reason: fallbackReason(comp, s, false) });
    }
    return list;
  };
  return {
    asOfDay: comp.asOfDay,
    weights,
    segmentWeights,
    split,
    models,
    customerCount: comp.baskets.customers.length,
    skuCount: comp.baskets.skus.length,
    recommend,
    recommendAll(customerIds, topN) {
      const out = new Map<string, Recommendation[]>();
      for (const id of customerIds) out.set(id, recommend(id, topN));
      return out;
    },
    knows: (customerId) => comp.baskets.customerIndex.has(customerId),
  };
}

/** Each held-out customer's candidates under the components and the SKU ids of the basket they bought. */
function validationCases(comp: Components, heldOut: readonly HeldOutBasket[]): { cases: ValidationCase[]; customers: number[] } {
  const baskets = comp.baskets;
  const scratch = new CandidateScratch(baskets.skus.length, baskets.customers.length);
  const cases: ValidationCase[] = [];
  const customers: number[] = [];
  for (const held of heldOut) {
    const c = baskets.customerIndex.get(held.customerId);
    if (c === undefined) continue;
    const target = new Set<number>();
    for (const sku of held.skus) {
      const s = baskets.skuIndex.get(sku);
      if (s !== undefined) target.add(s);
    }
    // A basket of only new SKUs cannot be hit by any model; it still counts (as a miss) in the mean.
    cases.push({ candidates: candidateScores(comp, c, scratch), target: target.size > 0 ? target : new Set([-1]) });
    customers.push(c);
  }
  return { cases, customers };
}

/** At most `max` items, drawn evenly by a seeded shuffle (all of them, in order, when there are few). */
function sampleOf<T>(items: T[], max: number, seed: number): T[] {
  if (items.length <= max) return items;
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, max);
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
