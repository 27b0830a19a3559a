/**
 * One recommendation run over a workspace: read its order lines, fit the engine, rank the next
 * purchases of every customer, find bought-together pairs and the launch audiences of new SKUs,
 * backtest against the baselines, and store it all in one transaction (the page reads the run,
 * never recomputes). Cancelling before the save leaves the previous run as it was.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import type { TaskContext } from '../ground/task-context';
import { backtestRecommendations, boughtTogether, fitRecommender, launchAudience, type BacktestResult, type PurchaseLine } from '../recommend';
import { LAUNCH_SIGNAL_WEEKS } from './launch-signal';
import { catalogueAttributes, launchCandidates, type TargetedLaunch } from './new-skus';
import { readPurchaseLines } from './purchase-lines';
import { saveRun, type RunToSave } from './save-run';

export interface RecommendRunOptions {
  /** Items per customer (default 10). */
  topN?: number;
  /** Hold out each recent customer's last order and score the blend against the baselines (default true). */
  backtest?: boolean;
  /** Train the TensorFlow.js model (default true; the blend weights decide how much it counts). */
  useModel?: boolean;
  timeBudgetMs?: number;
  seed?: number;
}

export interface RecommendRunSummary {
  runId: number;
  asOf: string;
  customers: number;
  lines: number;
  skus: number;
  launchAudiences: number;
  pairs: number;
  seconds: number;
}

export const RECOMMEND_STEPS = {
  read: 'recommend.read',
  recommend: 'recommend.rank',
  pairs: 'recommend.pairs',
  launch: 'recommend.launch',
  backtest: 'recommend.backtest',
  save: 'recommend.save',
} as const;

export const DEFAULT_TOP_N = 10;
/** Pairs kept per SKU for the bought-together lists (the page filters by support). */
const PAIRS_PER_SKU = 20;
const AUDIENCE_SIZE = 200;

export async function runRecommendations(db: Database.Database, options: RecommendRunOptions, ctx: TaskContext): Promise<RecommendRunSummary> {
  const started = performance.now();
  const topN = options.topN ?? DEFAULT_TOP_N;
  ctx.progress(RECOMMEND_STEPS.read, 0, 1);
  const lines = readPurchaseLines(db);
  const customerIds = [...new Set(lines.map((l) => l.customerId).filter((c): c is string => c !== null))].sort();
  if (customerIds.length === 0) {
    throw new AppError('invalid_input', 'No order lines with a customer: import order lines with a customer_id column first', { table: 'order_lines' });
  }
  ctx.progress(RECOMMEND_STEPS.read, 1, 1);
  const recommender = await fitRecommender(lines, fitOptions(options, ctx));
  ctx.throwIfCancelled();
  const recommendations = new Map<string, ReturnType<typeof recommender.recommend>>();
  const chunk = 500;
  for (let i = 0; i < customerIds.length; i += chunk) {
    ctx.progress(RECOMMEND_STEPS.recommend, i, customerIds.length);
    for (const [id, list] of recommender.recommendAll(customerIds.slice(i, i + chunk), topN)) recommendations.set(id, list);
    ctx.throwIfCancelled();
  }
  ctx.progress(RECOMMEND_STEPS.pairs, 0, 1);
  const pairs = boughtTogether(lines, { topPerSku: PAIRS_PER_SKU });
  ctx.throwIfCancelled();
  const asOf = isoFromDay(recommender.asOfDay);
  const audiences = launchAudiences(db, lines, asOf, recommender.asOfDay, ctx);
  let backtest: BacktestResult | null = null;
  if (options.backtest !== false) {
    ctx.progress(RECOMMEND_STEPS.backtest, 0, 1);
    backtest = await backtestRecommendations(lines, { topN: 10, ...fitOptions(options, ctx) });
  }
  ctx.throwIfCancelled();
  ctx.progress(RECOMMEND_STEPS.save, 0, 1);
  const run: RunToSave = {
    asOf, topN, lines, recommendations, pairs, audiences, backtest,
    seconds: (performance.now() - started) / 1000,
  };
  const runId = saveRun(db, run);
  ctx.progress(RECOMMEND_STEPS.save, 1, 1);
  return {
    runId, asOf, customers: customerIds.length, lines: lines.length, skus: recommender.skuCount,
    launchAudiences: audiences.length, pairs: pairs.length, seconds: run.seconds,
  };
}

function fitOptions(options: RecommendRunOptions, ctx: TaskContext) {
  return {
    ctx,
    ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.useModel !== undefined ? { useModel: options.useModel } : {}),
  };
}

function launchAudiences(db: Database.Database, lines: readonly PurchaseLine[], asOf: string, asOfDay: number, ctx: TaskContext): TargetedLaunch[] {
  const candidates = launchCandidates(db, asOf);
  if (candidates.length === 0) return [];
  const items = catalogueAttributes(db);
  const perBuyer = unitsPerBuyerOrder(lines);
  return candidates.map((candidate, i) => {
    ctx.progress(RECOMMEND_STEPS.launch, i, candidates.length);
    ctx.throwIfCancelled();
    const launchDay = candidate.launchDate && candidate.launchDate > asOf ? dayFromIso(candidate.launchDate) : asOfDay + 1;
    const audience = launchAudience({ lines, items, newItem: candidate, top: AUDIENCE_SIZE, horizonDays: LAUNCH_SIGNAL_WEEKS * 7, launchDay });
    return { candidate, audience, unitsPerBuyer: perBuyer };
  });
}

/** Units a customer takes of one SKU in one order, across the workspace (median): what a new buyer is expected to take. */
function unitsPerBuyerOrder(lines: readonly PurchaseLine[]): number {
  const qty = lines.filter((l) => l.customerId !== null).map((l) => l.qty).sort((a, b) => a - b);
  return qty.length > 0 ? Math.max(1, qty[Math.floor(qty.length / 2)]!) : 1;
}
