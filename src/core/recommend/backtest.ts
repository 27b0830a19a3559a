import type { TaskContext } from '../ground/task-context';
import { repeatBaseline, itemKnnBaseline, popularityBaseline } from './baselines';
import { buildBaskets } from './baskets';
import { fitBaseComponents } from './components';
import { holdOutLastOrders, type HoldoutOptions } from './holdout';
import { meanScores, rankingScores, type RankingScores } from './metrics';
import { fitRecommender } from './recommender';
import type { BlendWeights, PurchaseLine, SegmentWeights, SlotSplit } from './types';

export interface BacktestOptions extends HoldoutOptions {
  topN?: number;
  ctx?: TaskContext;
  timeBudgetMs?: number;
  seed?: number;
  useModel?: boolean;
}

export type MethodName = 'blend' | 'repeat' | 'itemKnn' | 'popularity';
export const METHOD_NAMES: MethodName[] = ['blend', 'repeat', 'itemKnn', 'popularity'];

export interface SegmentResult {
  /** Past orders of the held-out customers: '1', '2-3', '4-9', '10+'. */
  segment: string;
  customers: number;
  scores: Record<MethodName, RankingScores>;
}

export interface BacktestResult {
  topN: number;
  customers: number;
  /** Customers whose held-out basket holds only SKUs never seen before it (every method misses them). */
  newItemOnlyBaskets: number;
  overall: Record<MethodName, RankingScores>;
  segments: SegmentResult[];
  weights: BlendWeights;
  segmentWeights: readonly SegmentWeights[];
  /** The repeat/explore split validation chose (null: none). */
  split: SlotSplit | null;
  models: { name: string; seconds: number; note?: string }[];
  asOfDay: number;
  seconds: number;
}

const SEGMENTS: { name: string; min: number; max: number }[] = [
  { name: '1', min: 1, max: 1 },
  { name: '2-3', min: 2, max: 3 },
  { name: '4-9', min: 4, max: 9 },
  { name: '10+', min: 10, max: Number.POSITIVE_INFINITY },
];

/**
 * Hold out each recent customer's last order, fit on the rest (the blend chooses its weights on a
 * further hold-out inside that rest), and score the blend and the baselines on the held-out baskets.
 */
export async function backtestRecommendations(lines: readonly PurchaseLine[], options: BacktestOptions = {}): Promise<BacktestResult> {
  const started = performance.now();
  const topN = options.topN ?? 10;
  const { train, heldOut } = holdOutLastOrders(lines, options);
  const recommender = await fitRecommender(train, { ctx: options.ctx, timeBudgetMs: options.timeBudgetMs, seed: options.seed, useModel: options.useModel });
  const baskets = buildBaskets(train);
  const comp = fitBaseComponents(baskets, baskets.lastDay);
  const popular = popularityBaseline(comp, topN).map((s) => baskets.skus[s]!);

  const per: Record<MethodName, RankingScores[]> = { blend: [], repeat: [], itemKnn: [], popularity: [] };
  const segmentOf: number[] = [];
  let newItemOnly = 0;
  for (const held of heldOut) {
    const c = baskets.customerIndex.get(held.customerId);
    if (c === undefined) continue;
    if (![...held.skus].some((sku) => baskets.skuIndex.has(sku))) newItemOnly++;
    const ranked: Record<MethodName, string[]> = {
      blend: recommender.recommend(held.customerId, topN).map((r) => r.sku),
      repeat: repeatBaseline(baskets, c, topN).map((s) => baskets.skus[s]!),
      itemKnn: itemKnnBaseline(comp, c, topN).map((s) => baskets.skus[s]!),
      popularity: popular,
    };
    for (const method of METHOD_NAMES) per[method].push(rankingScores(ranked[method], held.skus, topN));
    segmentOf.push(SEGMENTS.findIndex((s) => held.pastOrders >= s.min && held.pastOrders <= s.max));
  }
  const summarise = (pick: (i: number) => boolean) =>
    Object.fromEntries(METHOD_NAMES.map((m) => [m, meanScores(per[m].filter((_, i) => pick(i)))])) as Record<MethodName, RankingScores>;
  return {
    topN,
    customers: segmentOf.length,
    newItemOnlyBaskets: newItemOnly,
    overall: summarise(() => true),
    segments: SEGMENTS.map((segment, index) => ({
      segment: segment.name,
      customers: segmentOf.filter((s) => s === index).length,
      scores: summarise((i) => segmentOf[i] === index),
    })).filter((s) => s.customers > 0),
    weights: recommender.weights,
    segmentWeights: recommender.segmentWeights,
    split: recommender.split,
    models: recommender.models,
    asOfDay: recommender.asOfDay,
    seconds: (performance.now() - started) / 1000,
  };
}
