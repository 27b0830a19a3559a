import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { planningDemo } from '../../../../../test/fixtures/planning-workspace';
import { ensureLanes } from '../../../../../test/fixtures/logistics-workspace';
import type { Workspace } from '../../../db/workspace';
import { createInlineTaskContext } from '../../../ground/task-context';
import { planAndSave } from '../../../planning/plan-and-save';
import { planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { leadTimeFactsOf } from '../../../suppliers/lead-times-kept';
import type * as LeadTimesKept from '../../../suppliers/lead-times-kept';
import { runRefresh } from '../../refresh';
import { sourceWorkerEntry } from '../runner';
import { planRunTask } from './plan-run-task';

// Counts the purchase reads made on this thread; the worker beside the plan loads the real module.
vi.mock('../../../suppliers/lead-times-kept', async (importOriginal) => {
  const real = await importOriginal<typeof LeadTimesKept>();
  return { ...real, leadTimeFactsOf: vi.fn(real.leadTimeFactsOf) };
});
const readsHere = vi.mocked(leadTimeFactsOf);

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;
const workerEntry = fileURLToPath(sourceWorkerEntry);

beforeAll(() => {
  demo = planningDemo(40);
  ws = demo.open();
  ensureLanes(ws.db);
}, 120_000);
afterAll(() => {
  ws.close();
  demo.remove();
});
beforeEach(() => {
  readsHere.mockClear();
});

/** Forgets kept lead times and facts, as an import of orders or receipts does. */
const forgetLeadTimes = () => ws.db.exec('DELETE FROM lead_time_stats_inputs; DELETE FROM lead_time_facts');

/** A stored plan's lines, every column but the ids. */
const linesOf = (planId: number) =>
  ws.db.prepare('SELECT * FROM plan_lines WHERE plan_id = ? ORDER BY product_id, location_id').all(planId).map((row) => {
    const { id: _id, plan_id: _plan, ...columns } = row as Record<string, unknown>;
    return columns;
  });

describe('the app plans a first plan with its purchase reads on a worker beside it', () => {
  it('in the plan job: the same plan as read on its own thread, with no purchase read on that thread', () => {
    forgetLeadTimes();
    const inline = planRunTask({ path: demo.file }, createInlineTaskContext());
    expect(readsHere).toHaveBeenCalledTimes(1);

    forgetLeadTimes();
    readsHere.mockClear();
    expect(planReadsLeadTimeFacts(ws.db)).toBe(true);
    const beside = planRunTask({ path: demo.file, workerEntry }, createInlineTaskContext());
    expect(readsHere).not.toHaveBeenCalled();
    expect(linesOf(beside.planId)).toEqual(linesOf(inline.planId));
    expect(beside.summary).toEqual(inline.summary);
    // The facts were kept: the next plan reads none, and starts no worker.
    expect(planReadsLeadTimeFacts(ws.db)).toBe(false);
  });

  it('in the refresh of a small shop: the plan reads its purchases on its own thread, a worker would cost more', async () => {
    forgetLeadTimes();
    const { summary } = await runRefresh(ws.db, { cause: { reason: 'import' }, workerEntry }, createInlineTaskContext());
    expect(summary.planId).not.toBeNull();
    expect(readsHere).toHaveBeenCalledTimes(1);
  });

  it('in the refresh of a large run: the plan after new data takes the facts read beside it, the same plan a plan job makes', async () => {
    forgetLeadTimes();
    const options = { cause: { reason: 'import' as const }, workerEntry, purchaseReadsBesideFrom: 0 };
    const { summary } = await runRefresh(ws.db, options, createInlineTaskContext());
    expect(summary.planId).not.toBeNull();
    expect(readsHere).not.toHaveBeenCalled();

    forgetLeadTimes();
    const inline = planAndSave(ws.db, { runId: summary.runId as number }, createInlineTaskContext());
    expect(readsHere).toHaveBeenCalledTimes(1);
    expect(linesOf(inline.planId)).toEqual(linesOf(summary.planId as number));
  });
});
