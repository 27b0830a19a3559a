import { describe, expect, it } from 'vitest';
import { useLogisticsDemo } from '../../../../../test/fixtures/use-logistics-demo';
import { refreshAlerts } from '../../../monitoring/alerts';
import { buildPlan, savePlan } from '../../../planning';
import { purchaseReadsWanted } from './purchase-reads-wanted';

const demo = useLogisticsDemo(60);

describe('whether a plan has purchase reads for a worker', () => {
  it('has them for a first plan, none once a plan and its check kept facts and transit, the transit again when the lanes move', async () => {
    demo.ws.db.exec("DELETE FROM lead_time_stats_inputs; DELETE FROM lead_time_facts; DELETE FROM alert_cache WHERE name = 'laneTransit'");
    expect(await purchaseReadsWanted(demo.ws.db, null, undefined)).toBe(true);
    savePlan(demo.ws.db, buildPlan(demo.ws.db));
    // The facts are kept, the lanes' transit not yet measured.
    expect(await purchaseReadsWanted(demo.ws.db, null, undefined)).toBe(true);
    refreshAlerts(demo.ws.db);
    expect(await purchaseReadsWanted(demo.ws.db, null, undefined)).toBe(false);
    demo.ws.db.exec('UPDATE lanes SET transit_days = transit_days + 1 WHERE id = (SELECT min(id) FROM lanes WHERE active = 1)');
    expect(await purchaseReadsWanted(demo.ws.db, null, undefined)).toBe(true);
  }, 120_000);
});
