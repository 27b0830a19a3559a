/** What the Recommendations page reads: the newest run's stored results, never a recomputation. */

import type Database from 'better-sqlite3';
import type {
  BoughtTogetherRow,
  CustomerDetail,
  LaunchAudience,
  RecommendAccuracy,
  RecommendCustomer,
  RecommendStatus,
} from '../../shared/contract/schemas/recommend';
import type { BacktestResult } from '../recommend';
import { AppError } from '../ground/errors/app-error';
import { orderLineCounts } from './purchase-lines';
import { latestRun, latestRunId } from './runs';

export function recommendStatus(db: Database.Database): RecommendStatus {
  return { ...orderLineCounts(db), run: latestRun(db) };
}

function requireRun(db: Database.Database): number {
  const runId = latestRunId(db);
  if (runId === null) throw new AppError('not_found', 'No recommendations yet: make them first (they need order lines with a customer_id)');
  return runId;
}

export function listCustomers(db: Database.Database): RecommendCustomer[] {
  const runId = requireRun(db);
  return db
    .prepare(
      `SELECT c.customer_id AS customerId, c.orders, c.units, c.skus, c.first_day AS firstDay, c.last_day AS lastDay, i.sku AS topSku
         FROM recommend_customers c LEFT JOIN recommend_items i ON i.run_id = c.run_id AND i.customer_id = c.customer_id AND i.rank = 1
        WHERE c.run_id = ? ORDER BY c.orders DESC, c.customer_id`,
    )
    .all(runId) as RecommendCustomer[];
}

/** How many purchases of a customer's history the page shows (newest first). */
const HISTORY_LINES = 200;

export function customerDetail(db: Database.Database, customerId: string): CustomerDetail {
  const runId = requireRun(db);
  const history = db
    .prepare(
      `SELECT l.order_id AS orderId, l.date, p.sku, p.name, sum(l.quantity) AS qty
         FROM order_lines_current l JOIN products p ON p.id = l.product_id
        WHERE l.customer_id = ? AND l.cancelled = 0 AND l.quantity > 0
        GROUP BY l.order_id, l.date, p.sku ORDER BY l.date DESC, l.order_id, p.sku LIMIT ?`,
    )
    .all(customerId, HISTORY_LINES) as CustomerDetail['history'];
  const recommendations = (
    db
      .prepare(
        `SELECT i.rank, i.sku, p.name, i.score, i.reason FROM recommend_items i LEFT JOIN products p ON p.sku = i.sku
          WHERE i.run_id = ? AND i.customer_id = ? ORDER BY i.rank`,
      )
      .all(runId, customerId) as { rank: number; sku: string; name: string | null; score: number; reason: string }[]
  ).map((r) => ({ ...r, reason: JSON.parse(r.reason) as CustomerDetail['recommendations'][number]['reason'] }));
  if (history.length === 0 && recommendations.length === 0) throw new AppError('not_found', `No customer ${customerId} in the order lines`, { customerId });
  return { customerId, history, recommendations };
}

export interface PairFilter {
  sku?: string;
  minSupport?: number;
  minOrders?: number;
}

export function boughtTogetherRows(db: Database.Database, filter: PairFilter = {}): BoughtTogetherRow[] {
  const runId = requireRun(db);
  return db
    .prepare(
      `SELECT r.sku, r.other_sku AS otherSku, p.name AS otherName, r.orders, r.support, r.confidence, r.lift
         FROM recommend_pairs r LEFT JOIN products p ON p.sku = r.other_sku
        WHERE r.run_id = ? AND (? IS NULL OR r.sku = ?) AND r.support >= ? AND r.orders >= ?
        ORDER BY r.sku, r.lift DESC, r.orders DESC`,
    )
    .all(runId, filter.sku ?? null, filter.sku ?? null, filter.minSupport ?? 0, filter.minOrders ?? 0) as BoughtTogetherRow[];
}

/** SKUs with at least one bought-together pair, most paired first (the page's product picker). */
export function pairedSkus(db: Database.Database): { sku: string; name: string | null; pairs: number }[] {
  const runId = requireRun(db);
  return db
    .prepare(
      `SELECT r.sku, p.name, count(*) AS pairs FROM recommend_pairs r LEFT JOIN products p ON p.sku = r.sku
        WHERE r.run_id = ? GROUP BY r.sku ORDER BY max(r.orders) DESC, r.sku`,
    )
    .all(runId) as { sku: string; name: string | null; pairs: number }[];
}

export function launchAudienceRows(db: Database.Database): LaunchAudience[] {
  const runId = requireRun(db);
  const rows = db
    .prepare(
      `SELECT a.product_id AS productId, p.sku, p.name,
              coalesce((SELECT min(start_date) FROM launch_plans lp WHERE lp.product_id = p.id), p.launch_date) AS launchDate,
              a.expected_buyers AS expectedBuyers, a.audience_size AS audienceSize, a.basis, a.customers
         FROM launch_audiences a JOIN products p ON p.id = a.product_id WHERE a.run_id = ? ORDER BY a.expected_buyers DESC, p.sku`,
    )
    .all(runId) as (Omit<LaunchAudience, 'basis' | 'customers'> & { basis: string; customers: string })[];
  return rows.map((r) => ({ ...r, basis: JSON.parse(r.basis) as LaunchAudience['basis'], customers: JSON.parse(r.customers) as LaunchAudience['customers'] }));
}

const METHOD_ORDER = ['blend', 'repeat', 'itemKnn', 'popularity'] as const;

export function recommendAccuracy(db: Database.Database): RecommendAccuracy | null {
  const runId = requireRun(db);
  const text = db.prepare('SELECT backtest FROM recommend_runs WHERE id = ?').pluck().get(runId) as string | null;
  if (!text) return null;
  const result = JSON.parse(text) as BacktestResult;
  const methods = (scores: BacktestResult['overall']) =>
    METHOD_ORDER.map((method) => ({ method, hitRate: scores[method].hit, recall: scores[method].recall, ndcg: scores[method].ndcg }));
  return {
    topN: result.topN,
    segments: [
      { segment: 'all', customers: result.customers, methods: methods(result.overall) },
      ...result.segments.map((s) => ({ segment: s.segment, customers: s.customers, methods: methods(s.scores) })),
    ],
  };
}
