import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { buildPlan, savePlan } from '../../planning';
import { editLineQuantity } from '../../planning/plan-control';
import { countAlerts, listAlerts } from './queries';
import { refreshAlerts } from './refresh';

let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(60, true);
});
afterAll(() => demo.remove());

describe('alerts a plan line answers', () => {
  it('point to the draft line instead of repeating it, are not open work, and come back when the draft goes', () => {
    const ws = demo.open();
    try {
      refreshAlerts(ws.db);
      const before = listAlerts(ws.db, { all: true, includeCovered: true }).rows.filter((r) => r.kind === 'stockout' || r.kind === 'belowReorderPoint');
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((r) => r.facts.planLineId === undefined)).toBe(true);

      const planId = savePlan(ws.db, buildPlan(ws.db, {}));
      refreshAlerts(ws.db);
      const answered = listAlerts(ws.db, { all: true, includeCovered: true }).rows.filter((r) => r.facts.planLineId !== undefined);
      expect(answered.length).toBeGreaterThan(0);
      const line = ws.db.prepare('SELECT id, quantity, expected_arrival FROM plan_lines WHERE id = ?').get(answered[0]!.facts.planLineId) as { id: number; quantity: number; expected_arrival: string };
      expect(answered[0]!.facts).toMatchObject({ planId, plannedQty: line.quantity, plannedArrival: line.expected_arrival, planLineStatus: 'draft' });
      // Not open work: left out of the list and the counts unless asked for.
      const counts = countAlerts(ws.db);
      expect(counts.covered).toBe(answered.filter((r) => r.status === 'open').length);
      expect(listAlerts(ws.db, { all: true }).rows.some((r) => r.facts.planLineId !== undefined)).toBe(false);
      expect(listAlerts(ws.db, { all: true }).covered).toBe(counts.covered);

      // The draft set to 0: the next check raises the alert again as open work.
      editLineQuantity(ws.db, line.id, 0);
      ws.db.prepare("UPDATE alerts SET raised_on = '2000-01-01' WHERE key = ?").run(answered[0]!.key);
      refreshAlerts(ws.db);
      const back = listAlerts(ws.db, { all: true }).rows.find((r) => r.key === answered[0]!.key);
      expect(back).toBeDefined();
      expect(back!.facts.planLineId).toBeUndefined();
      expect(back!.raisedOn).toBe('2026-06-30');
    } finally {
      ws.close();
    }
  });
});
