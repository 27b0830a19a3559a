import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import type { JobProgress } from '../../src/shared/contract/schemas/app';
import { apiCaller } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { writeSalesCsv } from '../helpers/cli-process';
import { useTempDir } from '../helpers/temp-dir';
import { everyRow } from '../helpers/every-row';

/**
 * In the app, writers take turns: a refresh or an approval asked for while an import job writes
 * waits for it (the refresh showing "waiting for the import"), then both succeed.
 */
describe('the app runs writers one after another', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  it('a refresh and a plan approval during an import wait for it; readers do not', async () => {
    const home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 40, seed: 3, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    const call = apiCaller(createHandlerTable(ctx));
    const order: string[] = [];
    const progress: JobProgress[] = [];
    const finished = new Map<string, string>();
    ctx.events.subscribe((event, payload) => {
      if (event === 'job:progress') progress.push(payload as JobProgress);
      if (event === 'job:finished') {
        const p = payload as { jobId: string; kind: string; status: string; error: { message: string } | null };
        finished.set(p.jobId, p.error ? `${p.status}: ${p.error.message}` : p.status);
        order.push(`${p.kind} ${p.status}`);
      }
    });
    const settled = async (jobId: string) => {
      while (!finished.has(jobId)) await new Promise((r) => setTimeout(r, 50));
      return finished.get(jobId);
    };
    expect(await settled(ctx.startWritingJob('forecastRun', { path: file, frequency: 'week', horizon: 8 }).jobId)).toBe('done');
    expect(await settled((await call('planning:start', {})).jobId)).toBe('done');
    const [plan] = await call('planning:plans');
    const line = (await everyRow(call, 'planning:linePage', { planId: plan!.id })).find((r) => r.quantity > 0 && r.supplierId !== null)!;
    // The alerts checks that follow the forecast and the plan have their turn first.
    await ctx.alertsFollow.idle();
    await ctx.writers.whenIdle();

    const csv = path.join(home, 'sales.csv');
    writeSalesCsv(csv, 'NEW', 200, 300);
    const importing = ctx.startWritingJob('import', { mode: 'import', workspace: file, file: csv, options: { kind: 'sales', mapping: 'auto', encoding: 'auto', onError: 'abort' } });
    const approval = call('planning:approveDraft', { planId: plan!.id, supplierId: line.supplierId!, locationId: line.locationId }).then((result) => {
      order.push('approve done');
      return result;
    });
    const { jobId: refreshId } = await call('refresh:start', {});
    // Readers are answered meanwhile.
    expect((await call('planning:plans')).length).toBeGreaterThan(0);
    expect(ctx.writers.queued).toBe(2);

    expect(await settled(importing.jobId)).toBe('done');
    expect((await approval).lines).toBeGreaterThan(0);
    expect(await settled(refreshId)).toBe('done');
    // (The alerts check that follows the import and the approval queues behind them.)
    expect(order.filter((o) => !o.startsWith('alerts')).slice(-3)).toEqual(['import done', 'approve done', 'refresh done']);
    // The refresh said whom it waited for: the import, then the approval (an edit) ahead of it.
    const waits = progress.filter((p) => p.jobId === refreshId && p.step.startsWith('wait.')).map((p) => p.step);
    expect(waits).toEqual(['wait.import', 'wait.change']);
    await ctx.writers.whenIdle();
  }, 180_000);

  it('a writing job cancelled while it waits never starts', async () => {
    const home = tempDir();
    ctx = testAppContext(home);
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 20, seed: 3, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    const first = ctx.startWritingJob('forecastRun', { path: file, frequency: 'week', horizon: 8 });
    const second = ctx.startWritingJob('alerts', { path: file });
    ctx.jobs.cancel(second.jobId);
    await expect(second.done).rejects.toMatchObject({ code: 'job_cancelled' });
    await first.done;
    // The forecast's own alerts check follows it; the cancelled one never ran.
    await ctx.alertsFollow.idle();
    expect(ctx.writers.idle).toBe(true);
  }, 120_000);
});
