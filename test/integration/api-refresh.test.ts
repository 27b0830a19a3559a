import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { startRefresh } from '../../src/core/app/refresh-launcher';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { apiCaller } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

describe('refresh API: the refresh job in a worker, its status, one refresh at a time', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  it('refreshes from the newest run in a worker, joins a second request, and reports the last refresh', async () => {
    ctx = testAppContext(tempDir());
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 40, seed: 5, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);
    const finished = async (jobId: string) => (await jobFinished(ctx!, jobId)).status;

    expect(await call('refresh:status')).toEqual({ last: null, runningJobId: null });
    const forecast = await call('forecast:start', { frequency: 'week', horizon: 13 });
    expect(await finished(forecast.jobId)).toBe('done');

    const first = await call('refresh:start', { importIds: [] });
    // A watched import arriving meanwhile joins the running refresh (and one more follows it).
    const joined = startRefresh(ctx, { reason: 'watch', importIds: [7] });
    expect(joined.jobId).toBe(first.jobId);
    expect((await call('refresh:status')).runningJobId).toBe(first.jobId);
    expect(await finished(first.jobId)).toBe('done');

    // The follow-up refresh for the watched import runs after the first.
    await expect.poll(async () => (await call('refresh:status')).last?.cause.reason, { timeout: 60_000 }).toBe('watch');
    await expect.poll(async () => (await call('refresh:status')).runningJobId, { timeout: 60_000 }).toBeNull();
    // No week of new sales: both refreshes kept the one run's forecast and re-made the plan.
    const runs = await call('forecast:runs');
    expect(runs.map((run) => run.parentRunId ?? null)).toEqual([null]);
    const { last } = await call('refresh:status');
    expect(last).toMatchObject({ mode: 'rolled', runId: runs[0]!.id, cause: { reason: 'watch', importIds: [7] } });
    expect(last!.planId).not.toBeNull();
    const plans = await call('planning:plans');
    expect(plans.find((plan) => plan.id === last!.planId)?.status).toBe('draft');
  }, 120_000);
});
