/** The rows of each recommendation export, from the newest run (format.ts names their fields). */

import type Database from 'better-sqlite3';
import type { RecommendExportKind } from '../../../shared/contract/schemas/recommend';
import { describeReasonEn, type RecommendationReason } from '../../recommend';
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
  const wanted = options.customers ? new Set(options.customers) : null;
  const top = options.top ?? Number.MAX_SAFE_INTEGER;
  const rows: ExportRow[] = [];
  const all = db
    .prepare('SELECT customer_id, rank, sku, score, reason FROM recommend_items WHERE run_id = ? AND rank <= ? ORDER BY customer_id, rank')
    .raw(true)
    .iterate(runId, top) as IterableIterator<[string, number, string, number, string]>;
  for (const [customerId, rank, sku, score, reasonText] of all) {
    if (wanted && !wanted.has(customerId)) continue;
    const reason = JSON.parse(reasonText) as RecommendationReason;
    rows.push({ customer_id: customerId, rank, sku, score: round(score, 6), reason: describeReasonEn(reason), reason_kind: reason.kind });
  }
  return rows;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
