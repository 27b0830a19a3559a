import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyRunForecasts } from '../../../test/helpers/legacy-plan-readers';
import { importFile, writeText } from '../../../test/fixtures/import-workspace';
import { undoImport } from '../import/write/undo';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { demoTask } from '../app/jobs/tasks/demo-task';
import { openWorkspace, type Workspace } from '../db/workspace';
import { runWorkspaceForecast } from '../forecasting';
import { createInlineTaskContext } from '../ground/task-context';
import { supplierLeadTimes } from '../suppliers';
import { buildPlan, latestRunId } from './build-plan';
import { planLeadTimes } from './lead-times/lead-time-stats';
import { loadRunForecasts } from './load-forecasts';
import { savePlan } from './plan-store';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((clean) => clean()));

/** The 2,000-SKU demo planned per SKU (all locations together), 13 weeks: the other location mode, at a lower cost. */
function totalDemo(skus: number): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-plan-readers-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'demo.supplydesk');
  demoTask({ path: file, name: 'Plan readers', skus, seed: 11, asOf: '2026-06-30' }, createInlineTaskContext());
  const ws = openWorkspace(file);
  runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 13, locations: 'total' }, createInlineTaskContext());
  cleanups.push(() => ws.close());
  return ws;
}

function perLocationDemo(skus: number): Workspace {
  const demo = planningDemo(skus);
  const ws = demo.open();
  cleanups.push(() => {
    ws.close();
    demo.remove();
  });
  return ws;
}

/** The stored plan's rows, whole (every figure of every line is in `explanation`). */
function storedPlan(ws: Workspace, planId: number): unknown[] {
  return ws.db
    .prepare(
      `SELECT product_id, location_id, supplier_id, policy, abc, xyz, service_level, need_qty, suggested_qty, quantity, unit_cost, currency,
              moq, order_multiple, max_order_qty, order_date, expected_arrival, reason, explanation, locked, edited, status
       FROM plan_lines WHERE plan_id = ? ORDER BY product_id, location_id`,
    )
    .raw(true)
    .all(planId);
}

describe.each([
  ['300 SKUs per location', () => perLocationDemo(300)],
  ['2,000 SKUs in total', () => totalDemo(2000)],
])('the plan on the demo of %s', (_, open) => {
  let ws: Workspace;
  // A demo and its forecast run: minutes on a busy machine.
  beforeAll(() => {
    ws = open();
  }, 300_000);

  it('reads the run exactly as the row-by-row reader did, and the lead times exactly as the scorecards', () => {
    const runId = latestRunId(ws.db)!;
    const fast = loadRunForecasts(ws.db, runId);
    const legacy = legacyRunForecasts(ws.db, runId);
    expect([...fast.keys()]).toEqual([...legacy.keys()]);
    for (const [key, series] of legacy) {
      const read = fast.get(key)!;
      expect({ ...read, forecast: null }).toEqual({ ...series, forecast: null });
      expect(read.forecast.family).toBe(series.forecast.family);
      for (const field of ['mean', 'variance', 'cumVariance'] as const) expect(Array.from(read.forecast[field])).toEqual(Array.from(series.forecast[field]));
    }
    // The run was packed for the plan: read again without the packed copy, from its rows, the same.
    expect(ws.db.prepare('SELECT count(*) FROM forecast_packed WHERE run_id = ?').pluck().get(runId)).toBeGreaterThan(0);
    ws.db.exec('SAVEPOINT unpacked');
    ws.db.prepare('DELETE FROM forecast_packed WHERE run_id = ?').run(runId);
    const fromRows = loadRunForecasts(ws.db, runId);
    ws.db.exec('ROLLBACK TO unpacked; RELEASE unpacked');
    expect(fromRows).toEqual(fast);
    const planDate = buildPlan(ws.db, {}).planDate;
    expect(planLeadTimes(ws.db, { asOf: planDate }).table).toEqual(supplierLeadTimes(ws.db, { asOf: planDate }));
  });

  it('stores the same plan whether lead times are measured or reused', () => {
    ws.db.exec('DELETE FROM lead_time_stats_inputs');
    const measured = buildPlan(ws.db, {});
    const first = savePlan(ws.db, measured);
    expect(planLeadTimes(ws.db, { asOf: measured.planDate }).source).toBe('stored');
    const second = savePlan(ws.db, buildPlan(ws.db, {}));
    const rows = storedPlan(ws, first);
    expect(rows.length).toBeGreaterThan(20);
    expect(storedPlan(ws, second)).toEqual(rows);
  });

  it('stores the same plan from kept purchase facts as from none, after a receipt import and after its undo', async () => {
    const forget = (facts: boolean) => {
      ws.db.exec('DELETE FROM lead_time_stats_inputs');
      if (facts) ws.db.exec('DELETE FROM lead_time_facts');
    };
    const planRows = () => storedPlan(ws, savePlan(ws.db, buildPlan(ws.db, {})));
    forget(true);
    const fromPurchases = planRows();
    expect(ws.db.prepare('SELECT count(*) FROM lead_time_facts').pluck().get()).toBe(1);
    // A moved plan date forgets the statistics, not the facts: re-judged from them, the same plan.
    forget(false);
    expect(planRows()).toEqual(fromPurchases);
    const planDate = buildPlan(ws.db, {}).planDate;
    const line = ws.db
      .prepare(
        `SELECT po.po_number AS po, p.sku, l.qty_ordered AS qty FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id JOIN products p ON p.id = l.product_id
         WHERE l.status IN ('open', 'partial') AND po.status IN ('open', 'partial') AND po.order_date < ? ORDER BY po.order_date, l.id LIMIT 1`,
      )
      .get(planDate) as { po: string; sku: string; qty: number };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-plan-receipt-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const receipt = await importFile(
      ws.db,
      writeText(dir, 'r.csv', `receipt date,PO number,SKU,qty received\n${planDate},${line.po},${line.sku},${line.qty}\n`),
      { kind: 'receipts' },
    );
    expect(receipt.status).toBe('done');
    // The import moved the purchases version: the kept facts no longer hold and are read again.
    expect(planLeadTimes(ws.db, { asOf: planDate }).facts).toBe('read');
    const afterReceipt = planRows();
    forget(true);
    expect(planRows()).toEqual(afterReceipt);
    undoImport(ws.db, receipt.importId!);
    expect(planRows()).toEqual(fromPurchases);
    forget(false);
    expect(planRows()).toEqual(fromPurchases);
  });
});
