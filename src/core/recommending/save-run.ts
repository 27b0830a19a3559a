/** Writes one recommendation run in one transaction; older runs are dropped (the page shows the newest). */

import type Database from 'better-sqlite3';
import type { BacktestResult, BoughtTogetherPair, PurchaseLine, Recommendation } from '../recommend';
import { isoFromDay } from '../ground/calendar';
import type { TargetedLaunch } from './new-skus';

export interface RunToSave {
  asOf: string;
  topN: number;
  lines: readonly PurchaseLine[];
  recommendations: ReadonlyMap<string, Recommendation[]>;
  pairs: readonly BoughtTogetherPair[];
  audiences: readonly TargetedLaunch[];
  backtest: BacktestResult | null;
  seconds: number;
}

/** Runs kept: the newest and the one before it (a page still reading it keeps working). */
const KEEP_RUNS = 2;

export function saveRun(db: Database.Database, run: RunToSave): number {
  return db.transaction(() => {
    const summary = customerSummaries(run.lines);
    const orders = new Set(run.lines.map((l) => l.orderId)).size;
    const skus = new Set(run.lines.map((l) => l.sku)).size;
    const runId = Number(
      db
        .prepare(
          `INSERT INTO recommend_runs (created_at, as_of, top_n, lines, orders, customers, skus, seconds, backtest)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(new Date().toISOString(), run.asOf, run.topN, run.lines.length, orders, summary.size, skus, run.seconds,
          run.backtest ? JSON.stringify(run.backtest) : null).lastInsertRowid,
    );
    const customer = db.prepare('INSERT INTO recommend_customers VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const [id, s] of summary) customer.run(runId, id, s.orders.size, s.units, s.skus.size, isoFromDay(s.first), isoFromDay(s.last));
    const item = db.prepare('INSERT INTO recommend_items VALUES (?, ?, ?, ?, ?, ?)');
    for (const [id, list] of run.recommendations) list.forEach((r, i) => item.run(runId, id, i + 1, r.sku, r.score, JSON.stringify(r.reason)));
    const pair = db.prepare('INSERT OR IGNORE INTO recommend_pairs VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const p of run.pairs) pair.run(runId, p.sku, p.otherSku, p.orders, p.support, p.confidence, p.lift);
    const audience = db.prepare('INSERT INTO launch_audiences VALUES (?, ?, ?, ?, ?, ?)');
    for (const { candidate, audience: a, unitsPerBuyer } of run.audiences) {
      audience.run(runId, candidate.productId, a.expectedBuyers, a.customers.length, JSON.stringify({ ...a.basis, unitsPerBuyer }), JSON.stringify(a.customers));
    }
    db.prepare('DELETE FROM recommend_runs WHERE id <= ?').run(runId - KEEP_RUNS);
    return runId;
  })();
}

interface Summary {
  orders: Set<string>;
  skus: Set<string>;
  units: number;
  first: number;
  last: number;
}

function customerSummaries(lines: readonly PurchaseLine[]): Map<string, Summary> {
  const out = new Map<string, Summary>();
  for (const l of lines) {
    if (l.customerId === null) continue;
    let s = out.get(l.customerId);
    if (!s) out.set(l.customerId, (s = { orders: new Set(), skus: new Set(), units: 0, first: l.day, last: l.day }));
    s.orders.add(l.orderId);
    s.skus.add(l.sku);
    s.units += l.qty;
    if (l.day < s.first) s.first = l.day;
    if (l.day > s.last) s.last = l.day;
  }
  return out;
}
