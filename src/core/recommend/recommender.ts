import { buildBaskets, isPurchase } from './baskets';
import { chooseWeights, DEFAULT_WEIGHTS, type ValidationCase } from './choose-weights';
import { blend, CandidateScratch, candidateScores, fitBaseComponents, topIndices, type Components } from './components';
import { holdOutLastOrders } from './holdout';
import { fallbackReason, reasonFor } from './reason';
import type { BlendWeights, FitOptions, PurchaseLine, Recommendation, Recommender } from './types';

/** Validation needs at least this many held-out customers to choose weights; fewer keep the defaults. */
const MIN_VALIDATION_CUSTOMERS = 20;
/** Weights are chosen for HitRate/Recall at this depth. */
const VALIDATION_K = 10;

/**
 * Fit every model on the lines up to the as-of day and choose the blend weights on a held-out last
 * basket of each recent customer (taken from these lines only, so an outer backtest's hold-out never
 * leaks in), then refit on all the lines.
 */
export async function fitRecommender(lines: readonly PurchaseLine[], options: FitOptions = {}): Promise<Recommender> {
  const ctx = options.ctx;
  const models: { name: string; seconds: number; note?: string }[] = [];
  const asOf = options.asOfDay;
  const kept = lines.filter((line) => isPurchase(line) && (asOf === undefined || line.day <= asOf));

  let weights: BlendWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const fixedWeights = options.weights !== undefined && Object.keys(options.weights).length >= 4;
  if (!fixedWeights) {
    const started = performance.now();
    ctx?.progress('recommend.validate', 0, 1);
    const { train, heldOut } = holdOutLastOrders(kept);
    if (heldOut.length >= MIN_VALIDATION_CUSTOMERS) {
      const baskets = buildBaskets(train);
      const comp = fitBaseComponents(baskets, baskets.lastDay);
      ctx?.throwIfCancelled();
      const scratch = new CandidateScratch(baskets.skus.length);
      const cases: ValidationCase[] = [];
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
      }
      const chosen = chooseWeights(cases, VALIDATION_K, comp.model !== null);
      weights = { ...chosen.weights, ...options.weights };
      models.push({
        name: 'validation',
        seconds: (performance.now() - started) / 1000,
        note: `${cases.length} customers' last baskets held out; HR+Recall@${VALIDATION_K} ${chosen.objective.toFixed(3)}`,
      });
    } else {
      models.push({ name: 'validation', seconds: 0, note: `only ${heldOut.length} recent repeat customers: default weights` });
    }
    ctx?.progress('recommend.validate', 1, 1);
  }

  const started = performance.now();
  ctx?.progress('recommend.fit', 0, 1);
  const baskets = buildBaskets(kept);
  const comp = fitBaseComponents(baskets, asOf ?? baskets.lastDay);
  models.push({ name: 'repeat + co-purchase + trending + popular', seconds: (performance.now() - started) / 1000 });
  ctx?.progress('recommend.fit', 1, 1);
  return makeRecommender(comp, weights, models);
}

export function makeRecommender(comp: Components, weights: BlendWeights, models: Recommender['models']): Recommender {
  const scratch = new CandidateScratch(comp.baskets.skus.length);
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
    if (c === undefined) return fallback(topN);
    const candidates = candidateScores(comp, c, scratch);
    const scores = blend(candidates, weights);
    return topIndices(scores, topN).map((k) => ({
      sku: comp.baskets.skus[candidates.ids[k]!]!,
      score: round4(scores[k]!),
      reason: reasonFor(comp, candidates, k, weights),
    }));
  };
  return {
    asOfDay: comp.asOfDay,
    weights,
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

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
