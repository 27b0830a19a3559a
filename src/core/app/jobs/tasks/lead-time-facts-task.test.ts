import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../../test/fixtures/planning-workspace';
import type { Workspace } from '../../../db/workspace';
import { buildPlan, LEAD_TIME_FACTS_READ, offerRead, withSharedReads } from '../../../planning';
import { planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { leadTimeFactsOf } from '../../../suppliers/lead-times-kept';
import { sourceWorkerEntry } from '../runner';
import { leadTimeFactsOnWorker } from './lead-time-facts-task';

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = planningDemo(60, true);
  ws = demo.open();
}, 120_000);
afterAll(() => {
  ws.close();
  demo.remove();
});

/** Forgets kept lead times and facts, as an import of orders or receipts does. */
const forgetLeadTimes = () => ws.db.exec('DELETE FROM lead_time_stats_inputs; DELETE FROM lead_time_facts');

describe('lead-time facts read on a worker beside the plan', () => {
  it('are the facts the plan would read itself, and the plan built from them is the same', () => {
    forgetLeadTimes();
    expect(planReadsLeadTimeFacts(ws.db)).toBe(true);
    const inline = leadTimeFactsOf(ws.db);
    const worker = leadTimeFactsOnWorker(sourceWorkerEntry, demo.file);
    const read = worker.take();
    worker.close();
    expect(read).not.toBeNull();
    expect(read!.from).toBe('read');
    expect(read!.inputs).toBe(inline.inputs);
    expect(read!.facts).toEqual(inline.facts);

    const planned = buildPlan(ws.db, { planDate: '2026-01-31' });
    forgetLeadTimes();
    const offered = leadTimeFactsOnWorker(sourceWorkerEntry, demo.file);
    let taken = 0;
    const fromWorker = withSharedReads(ws.db, () => {
      offerRead(ws.db, LEAD_TIME_FACTS_READ, () => {
        taken++;
        return offered.take();
      });
      return buildPlan(ws.db, { planDate: '2026-01-31' });
    });
    offered.close();
    expect(taken).toBe(1);
    expect(fromWorker.lines).toEqual(planned.lines);
    // Measured from read facts, the plan kept them: the next plan needs no worker.
    expect(planReadsLeadTimeFacts(ws.db)).toBe(false);
  });

  it('give null when the worker is not there or its code does not load, and the plan reads the facts itself', () => {
    const missing = leadTimeFactsOnWorker(new URL('./no-such-worker.mjs', import.meta.url), demo.file);
    expect(missing.take()).toBeNull();
    missing.close();
    forgetLeadTimes();
    // A TypeScript file a plain worker cannot load: it never starts, so the plan stops waiting.
    const broken = leadTimeFactsOnWorker(new URL('./lead-time-facts-task.ts', import.meta.url), demo.file, 2000);
    const plan = withSharedReads(ws.db, () => {
      offerRead(ws.db, LEAD_TIME_FACTS_READ, () => broken.take());
      return buildPlan(ws.db, { planDate: '2026-01-31' });
    });
    broken.close();
    expect(plan.lines.length).toBeGreaterThan(0);
    expect(planReadsLeadTimeFacts(ws.db)).toBe(false);
  });
});
