/**
 * Test support: a hand-built workspace whose key figures are worked out by hand in the tests.
 * Today is 2026-06-30, so the trend's weeks end on 04-14, 04-21, … 06-23, 06-30 (week k ends 06-30 − 7·(11 − k))
 * and the four weeks before the first start after 03-17.
 *
 * - SKU-1 (cost 10): sells 2 a day from 03-18, except 06-17…06-23 (week 10) out of stock;
 *   receives 100 on 06-24 (PO line L2); one snapshot, 86 on 06-30.
 * - SKU-2 (cost 5): sells 1 a day from 03-18; snapshots 999 on 04-01 and 40 on 06-02 (the newest is the anchor).
 * - SKU-3 (cost 7): no sales, no snapshot; only purchase orders.
 * - Supplier 1's PO lines: L1 SKU-3 100 × 10 ordered 05-01 due 06-05, received 06-05 in full;
 *   L2 SKU-1 100 × 10 ordered 05-20 due 06-20, received 06-24 (late); L3 SKU-3 50 × 8 ordered 05-25 due 06-12, open;
 *   L4 SKU-3 20 × 7 ordered 04-01 due 05-01, received 05-01; L5 SKU-2 30 × 5 ordered 06-20 due 07-15, open.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeMeta } from '../../db/meta';
import { createWorkspace, type Workspace } from '../../db/workspace';
import { addDailySales } from '../../forecasting/test-workspaces';
import { TinyHistory } from '../../suppliers/testing/tiny-history';

export const TODAY = '2026-06-30';
const WINDOW_START = '2026-03-18';
const WINDOW_DAYS = 105;

export interface FiguresTestWorkspace {
  workspace: Workspace;
  cleanup(): void;
}

export function figuresTestWorkspace(options: { asOf?: boolean } = {}): FiguresTestWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'key-figures-test-'));
  const workspace = createWorkspace(path.join(dir, 'figures.supplydesk'), { name: 'Key figures test' });
  const db = workspace.db;
  if (options.asOf !== false) writeMeta(db, { asOf: TODAY });
  const history = new TinyHistory(db).supplier(1).product(1).product(2).product(3);
  const cost = db.prepare('UPDATE products SET unit_cost = ? WHERE id = ?');
  cost.run(10, 1);
  cost.run(5, 2);
  cost.run(7, 3);

  // SKU-1: day 91 is 06-17; days 91…97 out of stock.
  addDailySales(db, 1, 1, WINDOW_START, Array.from({ length: WINDOW_DAYS }, () => 2), { stockout: (d) => d >= 91 && d <= 97 });
  addDailySales(db, 2, 1, WINDOW_START, Array.from({ length: WINDOW_DAYS }, () => 1));
  const snapshot = db.prepare('INSERT INTO stock_snapshots (product_id, location_id, date, on_hand) VALUES (?, 1, ?, ?)');
  snapshot.run(1, TODAY, 86);
  snapshot.run(2, '2026-04-01', 999);
  snapshot.run(2, '2026-06-02', 40);

  const l1 = history.line({ supplier: 1, product: 3, ordered: '2026-05-01', promised: '2026-06-05', qty: 100, unitCost: 10 });
  history.receipt(l1, '2026-06-05', 100);
  const l2 = history.line({ supplier: 1, product: 1, ordered: '2026-05-20', promised: '2026-06-20', qty: 100, unitCost: 10 });
  history.receipt(l2, '2026-06-24', 100);
  history.line({ supplier: 1, product: 3, ordered: '2026-05-25', promised: '2026-06-12', qty: 50, unitCost: 8, status: 'open' });
  const l4 = history.line({ supplier: 1, product: 3, ordered: '2026-04-01', promised: '2026-05-01', qty: 20, unitCost: 7 });
  history.receipt(l4, '2026-05-01', 20);
  history.line({ supplier: 1, product: 2, ordered: '2026-06-20', promised: '2026-07-15', qty: 30, unitCost: 5, status: 'open' });

  return {
    workspace,
    cleanup: () => {
      workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A weekly forecast run stored by hand: one series per SKU with a flat weekly mean. */
export function addWeeklyRun(
  workspace: Workspace,
  run: { historyTo: string; horizon: number; series: { productId: number; weekly: number; scaleMae: number }[]; backtest?: { wape: number; mase: number } },
): number {
  const db = workspace.db;
  const runId = Number(
    db
      .prepare(
        `INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, history_from, history_to, series_count)
         VALUES ('2026-06-30T08:00:00Z', 'week', ?, '[0.1,0.5,0.9,0.95,0.99]', '2026-03-18', ?, ?)`,
      )
      .run(run.horizon, run.historyTo, run.series.length).lastInsertRowid,
  );
  const start = Date.parse(`${run.historyTo}T00:00:00Z`);
  for (const s of run.series) {
    const bt = run.backtest;
    db.prepare(
      `INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class, total_mean, scale_mae, scale_mse,
                                    bt_points, bt_actual, wape, mase)
       VALUES (?, ?, 1, 'hand', 'smooth', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(runId, s.productId, s.weekly * run.horizon, s.scaleMae, s.scaleMae * s.scaleMae, bt ? 13 : 0, bt ? 100 : 0, bt?.wape ?? null, bt?.mase ?? null);
    for (let k = 1; k <= run.horizon; k++) {
      const bucket = new Date(start + 7 * k * 86_400_000).toISOString().slice(0, 10);
      db.prepare(
        `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, mean, p10, p50, p90, p95, p99, variance, cum_variance, snaive)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      ).run(runId, s.productId, bucket, s.weekly, s.weekly, s.weekly, s.weekly, s.weekly, s.weekly, k, s.weekly);
    }
  }
  return runId;
}
