/** The rows of each recommendation export, from the newest run (format.ts names their fields). */

import type Database from 'better-sqlite3';
import type { RecommendExportKind } from '../../../shared/contract/schemas/recommend';
import { describeReasonEn, type Recommendation, type RecommendationReason } from '../../recommend';
import { AppError } from '../../ground/errors/app-error';
import { latestRun } from '../runs';
import { boughtTogetherRows, launchAudienceRows, type PairFilter } from '../views';
import type { ExportRow } from './format';

export interface ExportHeader {
  runId: number;
  asOf: string;
}

export interface ExportOptions extends PairFilter {
  /** customers: only these customers (default every customer of the run). */
  customers?: readonly string[];
  /** customers: at most this many items each (default the run's top N). */
  top?: number;
}

export function exportRows(db: Database.Database, kind: RecommendExportKind, options: ExportOptions = {}): { header: ExportHeader; rows: ExportRow[] } {
  const run = latestRun(db);
  if (!run) throw new AppError('not_found', 'No recommendations yet: make them first (they need order lines with a customer_id)');
  const header = { runId: run.id, asOf: run.asOf };
  if (kind === 'customers') return { header, rows: customerRows(db, run.id, options) };
  if (kind === 'bought-together') {
    return {
      header,
      rows: boughtTogetherRows(db, options).map((p) => ({
        sku: p.sku, other_sku: p.otherSku, orders: p.orders, support: round(p.support, 6), confidence: round(p.confidence, 6), lift: round(p.lift, 4),
      })),
    };
  }
  const rows: ExportRow[] = [];
  for (const a of launchAudienceRows(db)) {
    a.customers.forEach((c, i) =>
      rows.push({
        sku: a.sku, customer_id: c.customerId, rank: i + 1, score: round(c.score, 6),
        reason: describeReasonEn(c.reason as RecommendationReason), expected_buyers: round(a.expectedBuyers, 1),
      }),
    );
  }
  return { header, rows };
}

function customerRows(db: Database.Database, runId: number, options: ExportOptions): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const [customerId, list] of storedRecommendations(db, runId, options)) {
    list.forEach((r, i) =>
      rows.push({ customer_id: customerId, rank: i + 1, sku: r.sku, score: round(r.score, 6), reason: describeReasonEn(r.reason), reason_kind: r.reason.kind }),
    );
  }
  return rows;
}

/** A run's stored lists, by customer id (only the customers asked for, when given), best first. */
export function storedRecommendations(db: Database.Database, runId: number, options: Pick<ExportOptions, 'customers' | 'top'> = {}): Map<string, Recommendation[]> {
  const wanted = options.customers ? new Set(options.customers) : null;
  const out = new Map<string, Recommendation[]>();
  const all = db
    .prepare('SELECT customer_id, sku, score, reason FROM recommend_items WHERE run_id = ? AND rank <= ? ORDER BY customer_id, rank')
    .raw(true)
    .iterate(runId, options.top ?? Number.MAX_SAFE_INTEGER) as IterableIterator<[string, string, number, string]>;
  for (const [customerId, sku, score, reasonText] of all) {
    if (wanted && !wanted.has(customerId)) continue;
    const list = out.get(customerId) ?? [];
    list.push({ sku, score, reason: JSON.parse(reasonText) as RecommendationReason });
    out.set(customerId, list);
  }
  return out;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
