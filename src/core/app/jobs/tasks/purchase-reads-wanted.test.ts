import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticsDemo } from '../../../../../test/fixtures/logistics-workspace';
import type { Workspace } from '../../../db/workspace';
import { refreshAlerts } from '../../../monitoring/alerts';
import { buildPlan, savePlan } from '../../../planning';
import { purchaseReadsWanted } from './purchase-reads-wanted';

let demo: ReturnType<typeof logisticsDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = logisticsDemo(60);
  ws = demo.open();
}, 120_000);
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('whether a plan has purchase reads for a worker', () => {
  it('has them for a first plan, none once a plan and its check kept facts and transit, the transit again when the lanes move', async () => {
    ws.db.exec("DELETE FROM lead_time_stats_inputs; DELETE FROM lead_time_facts; DELETE FROM alert_cache WHERE name = 'laneTransit'");
    expect(await purchaseReadsWanted(ws.db, null, undefined)).toBe(true);
    savePlan(ws.db, buildPlan(ws.db));
    // The facts are kept, the lanes' transit not yet measured.
    expect(await purchaseReadsWanted(ws.db, null, undefined)).toBe(true);
    refreshAlerts(ws.db);
    expect(await purchaseReadsWanted(ws.db, null, undefined)).toBe(false);
    ws.db.exec('UPDATE lanes SET transit_days = transit_days + 1 WHERE id = (SELECT min(id) FROM lanes WHERE active = 1)');
    expect(await purchaseReadsWanted(ws.db, null, undefined)).toBe(true);
  }, 120_000);
});
