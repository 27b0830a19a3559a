import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { readPlanFile } from '../../src/core/planning';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { apiCaller } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';
import { everyRow } from '../helpers/every-row';

describe('planning API: plan from a forecast, edit, lock, approve, re-plan, simulate, export', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  it('runs plan and simulation jobs in workers and serves the page from what they stored', async () => {
    const home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 60, seed: 3, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);
    const finished = new Map<string, (status: string) => void>();
    ctx.events.subscribe((event, payload) => {
      if (event !== 'job:finished') return;
      const p = payload as { jobId: string; status: string; error: { message: string } | null };
      finished.get(p.jobId)?.(p.error ? `${p.status}: ${p.error.message}` : p.status);
    });
    const runJob = async (start: Promise<{ jobId: string }>) => {
      // Register before awaiting the start: a quick job may finish before the call returns.
      let resolve!: (status: string) => void;
      const done = new Promise<string>((r) => (resolve = r));
      const { jobId } = await start;
      finished.set(jobId, resolve);
      const known = ctx!.jobs.list().find((j) => j.jobId === jobId);
      if (known && known.status !== 'running') resolve(known.error ? `${known.status}: ${known.error.message}` : known.status);
      return done;
    };

    // Without a forecast there is nothing to plan from: the job fails with a clear message.
    expect(await runJob(call('planning:start'))).toMatch(/failed: .*no forecast run/);
    expect(await runJob(call('forecast:start', { frequency: 'week', horizon: 13 }))).toBe('done');

    expect(await runJob(call('planning:start', { serviceLevel: 0.95 }))).toBe('done');
    const [plan] = await call('planning:plans');
    expect(plan).toMatchObject({ status: 'draft' });
    expect(plan!.summary.linesToOrder).toBeGreaterThan(0);
    const rows = await everyRow(call, 'planning:linePage', { planId: plan!.id });
    expect(rows.length).toBe(plan!.lines);
    const ordering = rows.filter((r) => r.quantity > 0 && r.supplierId !== null);
    expect(ordering.length).toBeGreaterThan(3);
    for (const r of ordering) {
      expect(r.quantity % r.orderMultiple).toBe(0);
      expect(r.value).toBeCloseTo(r.quantity * (r.unitCost ?? 0), 2);
      if (r.suggestedQty !== r.needQty) expect(r.rounding).toContain('→');
    }

    // Detail: explanation and a projected stock per forecast period, higher with the order.
    const line = ordering.sort((a, b) => b.value - a.value)[0]!;
    const detail = await call('planning:line', { planId: plan!.id, lineId: line.lineId });
    expect(detail.row.sku).toBe(line.sku);
    expect(detail.projection).toHaveLength(13);
    expect(detail.explanation.leadTime.meanDays).toBeGreaterThan(0);
    const last = detail.projection.at(-1)!;
    expect(last.stockWithOrder).toBeGreaterThanOrEqual(last.stock);
    expect(detail.projection.some((p) => p.stockWithOrder > p.stock)).toBe(true);
    for (const p of detail.projection) expect(p.p10).toBeLessThanOrEqual(p.p90);

    // Edit: the supplier's draft total follows; the edit is audited.
    const draftOf = async () =>
      (await call('planning:drafts', { planId: plan!.id })).drafts.find((d) => d.supplierId === line.supplierId && d.locationId === line.locationId && d.status === 'draft')!;
    const before = await draftOf();
    const edited = await call('planning:editLine', { planId: plan!.id, lineId: line.lineId, quantity: line.quantity + line.orderMultiple });
    expect(edited).toMatchObject({ quantity: line.quantity + line.orderMultiple, edited: true });
    expect(edited.reason).toContain('edited by planner');
    const after = await draftOf();
    expect(after.value).toBeCloseTo(before.value + line.orderMultiple * (line.unitCost ?? 0), 2);
    await expect(call('planning:editLine', { planId: plan!.id, lineId: line.lineId, quantity: -1 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('planning:editLine', { planId: plan!.id + 99, lineId: line.lineId, quantity: 1 })).rejects.toMatchObject({ code: 'not_found' });

    // Lock a line of another supplier; re-planning keeps its quantity.
    const other = ordering.find((r) => r.supplierId !== line.supplierId)!;
    await call('planning:editLine', { planId: plan!.id, lineId: other.lineId, quantity: other.quantity + 7 });
    expect(await call('planning:lockLine', { planId: plan!.id, lineId: other.lineId, locked: true })).toMatchObject({ locked: true });

    // Approve the first supplier's draft: an open PO that counts as on order.
    const approval = await call('planning:approveDraft', { planId: plan!.id, supplierId: line.supplierId!, locationId: line.locationId });
    expect(approval.lines).toBe(after.lines);
    const pos = await call('data:purchaseOrders');
    const po = pos.filter((p) => p.poNumber === approval.purchaseOrders[0]!.poNumber);
    expect(po.length).toBe(after.lines);
    const drafts = await call('planning:drafts', { planId: plan!.id });
    expect(drafts.drafts.find((d) => d.supplierId === line.supplierId && d.locationId === line.locationId)!.status).toBe('approved');
    await expect(call('planning:editLine', { planId: plan!.id, lineId: line.lineId, quantity: 1 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('planning:approveDraft', { planId: plan!.id, supplierId: line.supplierId!, locationId: line.locationId })).rejects.toMatchObject({ code: 'invalid_input' });
    // The approved draft's purchase order workbook lands in the exports folder; a draft with no such lines is refused.
    const ref = { planId: plan!.id, supplierId: line.supplierId!, locationId: line.locationId };
    const poFile = await call('planning:purchaseOrder', { ...ref, status: 'approved' });
    expect(poFile.fileName).toMatch(/^PO-.*-plan\d+\.xlsx$/);
    expect(fs.existsSync(poFile.path)).toBe(true);
    await expect(call('planning:purchaseOrder', { ...ref, status: 'draft' })).rejects.toMatchObject({ code: 'not_found' });
    const audit = ctx.requireWorkspace().db.prepare("SELECT action FROM audit_log WHERE action LIKE 'plan.%'").pluck().all() as string[];
    expect(audit).toEqual(expect.arrayContaining(['plan.create', 'plan.line.edit', 'plan.line.lock', 'plan.approve']));

    expect(await runJob(call('planning:start', { serviceLevel: 0.95 }))).toBe('done');
    const [replan] = await call('planning:plans');
    expect(replan!.id).toBeGreaterThan(plan!.id);
    const replanRows = await everyRow(call, 'planning:linePage', { planId: replan!.id });
    // The plan it replaced is archived: its drafts cannot be approved as well.
    expect((await call('planning:plans')).find((p) => p.id === plan!.id)!.status).toBe('archived');
    await expect(call('planning:approveDraft', { planId: plan!.id, supplierId: other.supplierId! })).rejects.toMatchObject({ code: 'invalid_input' });
    const kept = replanRows.find((r) => r.productId === other.productId && r.locationId === other.locationId)!;
    expect(kept).toMatchObject({ locked: true, quantity: other.quantity + 7 });
    // The approved order is on order now: the re-plan sees it.
    const approvedAgain = replanRows.find((r) => r.productId === line.productId && r.locationId === line.locationId);
    expect(approvedAgain?.onOrder ?? Infinity).toBeGreaterThanOrEqual(line.onOrder + edited.quantity);

    // Settings: a class target and a budget, validated, then used by the next plan.
    const settings = await call('planning:updateSettings', { overrides: [{ scope: 'class', scopeKey: 'AX', serviceLevel: 0.99 }], budget: 1000 });
    expect(settings.classes.find((c) => c.cls === 'AX')).toMatchObject({ serviceLevel: 0.99, defaultServiceLevel: 0.98 });
    expect(settings.budget).toBe(1000);
    await expect(call('planning:updateSettings', { overrides: [{ scope: 'class', scopeKey: 'QQ', serviceLevel: 0.9 }] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('planning:updateSettings', { overrides: [{ scope: 'class', scopeKey: 'AX', serviceLevel: 1.5 }] })).rejects.toMatchObject({ code: 'invalid_input' });
    // A target per category and per SKU, audited; unknown ones are refused and change nothing.
    const category = settings.categories[0]!;
    const productId = (await call('data:products'))[0]!.id;
    const scoped = await call('planning:updateSettings', {
      overrides: [{ scope: 'category', scopeKey: category, serviceLevel: 0.9 }, { scope: 'sku', scopeKey: String(productId), serviceLevel: 0.985 }],
    });
    expect(scoped.overrides).toEqual(expect.arrayContaining([
      { scope: 'category', scopeKey: category, serviceLevel: 0.9 },
      { scope: 'sku', scopeKey: String(productId), serviceLevel: 0.985 },
    ]));
    const audited = ctx.requireWorkspace().db.prepare("SELECT entity_id FROM audit_log WHERE action = 'planning.setting'").pluck().all() as string[];
    expect(audited).toEqual(expect.arrayContaining([`category:${category}`, `sku:${productId}`]));
    await expect(call('planning:updateSettings', { overrides: [{ scope: 'category', scopeKey: category, serviceLevel: 0.8 }, { scope: 'category', scopeKey: 'No such aisle', serviceLevel: 0.9 }] }))
      .rejects.toMatchObject({ code: 'invalid_input', message: 'No product has the category "No such aisle"' });
    await expect(call('planning:updateSettings', { overrides: [{ scope: 'sku', scopeKey: '999999', serviceLevel: 0.9 }] })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await call('planning:settings')).overrides).toContainEqual({ scope: 'category', scopeKey: category, serviceLevel: 0.9 });
    expect(await runJob(call('planning:start'))).toBe('done');
    const [budgeted] = await call('planning:plans');
    const budgetView = (await call('planning:drafts', { planId: budgeted!.id })).budget;
    expect(budgetView.budget).toBe(1000);
    expect(budgetView.cutLines).toBeGreaterThan(0);
    expect(budgetView.cut[0]!.fillAfter).toBeLessThanOrEqual(budgetView.cut[0]!.fillBefore);

    // Export: written into the exports folder in the documented format, and read back the same.
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      const exported = await call('planning:export', { planId: replan!.id, format });
      expect(exported.fileName).toBe(`supplydesk-plan-${replan!.id}-${replan!.planDate}.${format}`);
      expect(path.dirname(exported.path)).toBe(path.join(home, 'exports'));
      expect(exported.bytes).toBeGreaterThan(100);
      const back = await readPlanFile(exported.path);
      expect(back.length).toBe(replanRows.filter((r) => r.quantity > 0 && r.supplier !== null).length);
      expect(back.find((l) => l.sku === kept.sku && l.location === kept.location)?.quantity).toBe(kept.quantity);
    }
    const csv = fs.readFileSync((await call('planning:export', { planId: replan!.id, format: 'csv' })).path, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFplan_id,plan_date,sku,location,supplier,quantity,unit_cost/);
    await expect(call('planning:export', { planId: 9999, format: 'csv' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('planning:export', { planId: replan!.id, format: 'pdf' })).rejects.toMatchObject({ code: 'invalid_input' });

    // A short simulation of both policies, stored for the page.
    expect(await runJob(call('planning:simulate', { from: '2026-04-01', to: '2026-06-30', curve: false }))).toBe('done');
    const [simulation] = await call('planning:simulations');
    expect(simulation!.settings).toMatchObject({ from: '2026-04-01', to: '2026-06-30', serviceLevel: 0.95 });
    expect(simulation!.results.current.policy).toBe('current');
    expect(simulation!.results.supplydesk.policy).toBe('supplydesk');
    expect(simulation!.results.supplydesk.fillRate).toBeGreaterThan(0.5);
    expect(await runJob(call('planning:simulate', { from: '2020-01-01' }))).toMatch(/failed: .*earliest/);
  }, 240_000);
});
