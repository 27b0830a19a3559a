import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { buildPlan, savePlan } from '../planning';
import { resolvePlanId } from './inputs';
import { logisticsOverview } from './overview';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(40);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
});
afterAll(() => demo.remove());

describe('the Logistics page and command without a named plan', () => {
  it('take the newest plan that is not archived, the one the alerts check reads', () => {
    const ws = demo.open();
    try {
      // A newer plan that was archived: its id is the highest, and it must not be the one shown.
      const archived = Number(
        ws.db
          .prepare("INSERT INTO plans (created_at, plan_date, forecast_run_id, status) SELECT created_at, plan_date, forecast_run_id, 'archived' FROM plans WHERE id = ?")
          .run(planId).lastInsertRowid,
      );
      expect(archived).toBeGreaterThan(planId);
      expect(logisticsOverview(ws.db).planId).toBe(planId);
      expect(resolvePlanId(ws.db, undefined)).toBe(planId);
      ws.db.prepare("UPDATE plans SET status = 'archived' WHERE id = ?").run(planId);
      expect(logisticsOverview(ws.db)).toMatchObject({ planId: null, missing: ['plan'] });
      expect(() => resolvePlanId(ws.db, undefined)).toThrow(/no replenishment plan: make one first/);
    } finally {
      ws.close();
    }
  });
});
