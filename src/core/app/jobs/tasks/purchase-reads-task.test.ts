import { describe, expect, it } from 'vitest';
import { useLogisticsDemo } from '../../../../../test/fixtures/use-logistics-demo';
import { refreshAlerts } from '../../../monitoring/alerts';
import { measureTransitAhead } from '../../../monitoring/alerts/detectors/logistics-plan';
import { buildPlan, LEAD_TIME_FACTS_READ, offerRead, savePlan, withSharedReads } from '../../../planning';
import { planReadsLeadTimeFacts } from '../../../planning/lead-times/lead-time-stats';
import { leadTimeFactsOf } from '../../../suppliers/lead-times-kept';
import { sourceWorkerEntry } from '../runner';
import { offerPurchaseReads } from './purchase-reads-beside';
import { purchaseReadsOnWorker } from './purchase-reads-on-worker';

const demo = useLogisticsDemo(60);

/** Forgets kept lead times and facts, as an import of orders or receipts does. */
const forgetLeadTimes = () => demo.ws.db.exec('DELETE FROM lead_time_stats_inputs; DELETE FROM lead_time_facts');

describe('purchase reads made on a worker beside the plan', () => {
  it('are the facts the plan would read itself, and the plan built from them is the same', () => {
    forgetLeadTimes();
    expect(planReadsLeadTimeFacts(demo.ws.db)).toBe(true);
    const inline = leadTimeFactsOf(demo.ws.db);
    const worker = purchaseReadsOnWorker(sourceWorkerEntry, demo.file);
    const read = worker.take();
    worker.close();
    expect(read).not.toBeNull();
    expect(read!.from).toBe('read');
    expect(read!.inputs).toBe(inline.inputs);
    expect(read!.facts).toEqual(inline.facts);

    const planned = buildPlan(demo.ws.db, { planDate: '2026-01-31' });
    forgetLeadTimes();
    const offered = purchaseReadsOnWorker(sourceWorkerEntry, demo.file);
    let taken = 0;
    const fromWorker = withSharedReads(demo.ws.db, () => {
      offerRead(demo.ws.db, LEAD_TIME_FACTS_READ, () => {
        taken++;
        return offered.take();
      });
      return buildPlan(demo.ws.db, { planDate: '2026-01-31' });
    });
    offered.close();
    expect(taken).toBe(1);
    expect(fromWorker.lines).toEqual(planned.lines);
    // Measured from read facts, the plan kept them: the next plan needs no worker.
    expect(planReadsLeadTimeFacts(demo.ws.db)).toBe(false);
  });

  it('measure the transit the alerts check after the plan would measure, which it takes instead', () => {
    forgetLeadTimes();
    demo.ws.db.exec("DELETE FROM alert_cache WHERE name = 'laneTransit'");
    const expected = measureTransitAhead(demo.ws.db, buildPlan(demo.ws.db, {}).planDate);
    expect(expected?.measures.length).toBeGreaterThan(0);
    const reads = purchaseReadsOnWorker(sourceWorkerEntry, demo.file);
    expect(reads.takeTransit()).toEqual(expected);
    reads.close();

    // The whole pass: the check stores the worker's measure, the one it would have made.
    forgetLeadTimes();
    const offered = purchaseReadsOnWorker(sourceWorkerEntry, demo.file);
    withSharedReads(demo.ws.db, () => {
      offerPurchaseReads(demo.ws.db, offered);
      savePlan(demo.ws.db, buildPlan(demo.ws.db, {}));
      refreshAlerts(demo.ws.db);
    });
    offered.close();
    const kept = demo.ws.db.prepare("SELECT value FROM alert_cache WHERE name = 'laneTransit'").pluck().get() as string;
    expect(JSON.parse(kept)).toEqual(expected!.measures);
  });

  it('started before anyone asked whether the plan reads the facts, read them only if it does', () => {
    forgetLeadTimes();
    const needed = purchaseReadsOnWorker(sourceWorkerEntry, demo.file, { whenPlanReads: {} });
    expect(needed.take()?.inputs).toBe(leadTimeFactsOf(demo.ws.db).inputs);
    needed.close();
    // Kept facts, or promised lead times: the plan reads none, and the worker gives none.
    savePlan(demo.ws.db, buildPlan(demo.ws.db, {}));
    expect(planReadsLeadTimeFacts(demo.ws.db)).toBe(false);
    const kept = purchaseReadsOnWorker(sourceWorkerEntry, demo.file, { whenPlanReads: {} });
    expect(kept.take()).toBeNull();
    kept.close();
    forgetLeadTimes();
    const promised = purchaseReadsOnWorker(sourceWorkerEntry, demo.file, { whenPlanReads: { usePromised: true } });
    expect(promised.take()).toBeNull();
    promised.close();
  });

  it('give null when the worker is not there or its code does not load, and the plan reads the facts itself', () => {
    const missing = purchaseReadsOnWorker(new URL('./no-such-worker.mjs', import.meta.url), demo.file);
    expect(missing.take()).toBeNull();
    missing.close();
    forgetLeadTimes();
    // A TypeScript file a plain worker cannot load: it never starts, so the plan stops waiting.
    const broken = purchaseReadsOnWorker(new URL('./purchase-reads-task.ts', import.meta.url), demo.file, {}, 2000);
    const plan = withSharedReads(demo.ws.db, () => {
      offerPurchaseReads(demo.ws.db, broken);
      return buildPlan(demo.ws.db, { planDate: '2026-01-31' });
    });
    broken.close();
    expect(plan.lines.length).toBeGreaterThan(0);
    expect(planReadsLeadTimeFacts(demo.ws.db)).toBe(false);
  });
});
