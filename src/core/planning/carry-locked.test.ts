import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../db/workspace';
import { approvePlan, buildPlan, editLineQuantity, latestDraftPlanId, loadPlan, replaceDraftPlans, savePlan, setLineLocked } from '.';
import { planningDemo } from '../../../test/fixtures/planning-workspace';

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = planningDemo(40);
  ws = demo.open();
});
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('re-planning keeps locked lines', () => {
  it('carries a locked line’s quantity into the next plan, and nothing else', () => {
    const firstId = savePlan(ws.db, buildPlan(ws.db, {}));
    expect(latestDraftPlanId(ws.db)).toBe(firstId);
    const first = loadPlan(ws.db, firstId);
    const ordering = first.lines.map((l, i) => ({ l, id: first.lineIds[i]! })).filter(({ l }) => l.quantity > 0);
    const [locked, editedOnly] = ordering;
    editLineQuantity(ws.db, locked!.id, locked!.l.quantity + 3);
    setLineLocked(ws.db, locked!.id, true);
    editLineQuantity(ws.db, editedOnly!.id, editedOnly!.l.quantity + 5);

    const next = buildPlan(ws.db, { keepLockedFrom: firstId });
    const same = (l: { productId: number; locationId: number }) => next.lines.find((x) => x.productId === l.productId && x.locationId === l.locationId)!;
    expect(same(locked!.l)).toMatchObject({ quantity: locked!.l.quantity + 3, locked: true, edited: true });
    expect(same(locked!.l).reason).toContain(`locked in plan ${firstId}`);
    // An edit without a lock is the planner's view of the old plan only.
    expect(same(editedOnly!.l)).toMatchObject({ quantity: editedOnly!.l.quantity, locked: false, edited: false });
    // A budget funds the locked line first, even when it is cut to nothing else.
    const tight = buildPlan(ws.db, { keepLockedFrom: firstId, budget: 1 });
    expect(tight.lines.find((x) => x.productId === locked!.l.productId && x.locationId === locked!.l.locationId)!.quantity).toBe(locked!.l.quantity + 3);
  });

  it('archives the draft plans a new plan replaces: their lines can no longer change or be approved', () => {
    const oldId = savePlan(ws.db, buildPlan(ws.db, {}));
    const old = loadPlan(ws.db, oldId);
    const newId = savePlan(ws.db, buildPlan(ws.db, { keepLockedFrom: oldId }));
    expect(replaceDraftPlans(ws.db, newId)).toContain(oldId);
    expect(latestDraftPlanId(ws.db)).toBe(newId);
    const lineId = old.lineIds[old.lines.findIndex((l) => l.quantity > 0)]!;
    expect(() => editLineQuantity(ws.db, lineId, 1)).toThrow(/replaced by a newer plan/);
    expect(() => approvePlan(ws.db, oldId)).toThrow(/replaced by a newer plan/);
    expect(ws.db.prepare('SELECT status FROM plans WHERE id = ?').pluck().get(oldId)).toBe('archived');
  });
});
