import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { apiCaller } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';
import { everyRow } from '../helpers/every-row';

/**
 * Alerts, watched folders and app info through the dispatcher, which (outside production) checks
 * every handler's output against the contract: a handler that breaks it fails the call.
 */
describe('monitoring and watch API: every channel answers in the contract’s shape', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  it('refreshes alerts in a worker, then lists, counts, acknowledges, snoozes, reopens, exports; watches a folder', async () => {
    const home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 40, seed: 7, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);
    const finished = async (jobId: string) => (await jobFinished(ctx!, jobId)).status;

    await call('app:info');
    await call('settings:get');
    expect(await finished((await call('forecast:start', { frequency: 'week', horizon: 13 })).jobId)).toBe('done');
    expect(await finished((await call('planning:start')).jobId)).toBe('done');
    // Alerts follow the plan on their own: what a draft line answers points to it.
    await ctx.alertsFollow.idle();
    const afterPlan = await call('monitoring:counts');
    expect(afterPlan.refreshedAt).not.toBeNull();
    expect(afterPlan.covered).toBeGreaterThan(0);
    const answered = (await call('monitoring:alerts', { includeCovered: true, all: true })).rows.filter((r) => r.facts.planLineId !== undefined);
    expect(answered.length).toBe(afterPlan.covered);
    expect(answered.every((r) => r.facts.planLineStatus === 'draft' && typeof r.facts.plannedArrival === 'string')).toBe(true);
    // …and follow an approval: the approved lines' alerts point to their purchase order, or are gone.
    const plans = await call('planning:plans');
    const approvedLine = (await everyRow(call, 'planning:linePage', { planId: plans[0]!.id })).find((l) => l.lineId === answered[0]!.facts.planLineId)!;
    await call('planning:approveDraft', { planId: plans[0]!.id, supplierId: approvedLine.supplierId!, locationId: approvedLine.locationId });
    await ctx.alertsFollow.idle();
    expect((await call('monitoring:counts')).refreshedAt).not.toBe(afterPlan.refreshedAt);
    const still = (await call('monitoring:alerts', { includeCovered: true, all: true })).rows.find((r) => r.key === answered[0]!.key);
    if (still) expect(still.facts).toMatchObject({ planLineStatus: 'approved', plannedPo: expect.stringMatching(/\S/) });
    expect(await finished((await call('monitoring:refresh')).jobId)).toBe('done');

    const alerts = await call('monitoring:alerts', { limit: 50 });
    const counts = await call('monitoring:counts');
    expect(counts).toBeTruthy();
    const ids = alerts.rows.slice(0, 2).map((alert) => alert.id);
    if (ids.length > 0) {
      expect((await call('monitoring:acknowledge', { ids, note: 'seen' })).updated).toBe(ids.length);
      await call('monitoring:reopen', { ids });
      expect((await call('monitoring:snooze', { ids })).updated).toBe(ids.length);
    }
    await call('monitoring:alerts', { statuses: ['open', 'acknowledged', 'snoozed', 'resolved'] });
    const settings = await call('monitoring:settings');
    expect(await call('monitoring:updateSettings', { snoozeDays: settings.snoozeDays + 1 })).toMatchObject({ snoozeDays: settings.snoozeDays + 1 });
    await call('monitoring:exportDigest', { format: 'md', locale: 'en' });

    // Browser mode watches only folders the person chose: the inbox SupplyDesk owns is one.
    const drop = path.join(home, 'inbox', 'drop');
    fs.mkdirSync(drop, { recursive: true });
    const folder = await call('watch:add', { path: drop });
    expect(await call('watch:list')).toHaveLength(1);
    await call('watch:setEnabled', { folderId: folder.id, enabled: false });
    await call('watch:scan', {});
    await call('watch:files', { folderId: folder.id });
    await call('watch:remove', { folderId: folder.id });
  }, 120_000);
});
