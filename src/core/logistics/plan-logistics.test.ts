import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { buildPlan, loadPlan, savePlan } from '../planning';
import { loadPositions } from '../planning/inventory-position';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { planLogistics } from './plan-logistics';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(40);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
});
afterAll(() => demo.remove());

describe('planLogistics on the demo business', () => {
  it('ships every ordering plan line in full (split parts add up), dates in order, transfers between two warehouses', () => {
    const ws = demo.open();
    const result = planLogistics(ws.db, { planId });
    const plan = loadPlan(ws.db, planId);
    const ordering = plan.lines.filter((l) => l.quantity > 0 && l.supplierId !== null && l.status !== 'cut');
    const shipped = new Map<number, number>();
    for (const s of result.shipments) {
      expect(s.arrivalDay).toBeGreaterThanOrEqual(s.shipDay);
      expect(s.landedUnitCost).toBeGreaterThanOrEqual(s.unitCost);
      if (s.source === 'draft') shipped.set(s.planLineId!, (shipped.get(s.planLineId!) ?? 0) + s.quantity);
    }
    // The demo has a lane from every supplier to both warehouses: every ordering line ships, whole.
    expect(result.notes.filter((n) => n.kind === 'no_lane')).toEqual([]);
    // (Lines a transfer feeds or drains are resized first: the next test.)
    const moved = new Set(result.transfers.flatMap((t) => [`${t.productId}:${t.fromLocationId}`, `${t.productId}:${t.toLocationId}`]));
    for (const [i, line] of plan.lines.entries()) {
      if (ordering.includes(line) && !moved.has(`${line.productId}:${line.locationId}`)) expect(shipped.get(plan.lineIds[i]!)).toBe(line.quantity);
    }
    const urgent = result.shipments.filter((s) => s.part === 'urgent');
    for (const u of urgent) {
      const rest = result.shipments.find((s) => s.part === 'rest' && s.source === u.source && (s.planLineId ?? s.poLineId) === (u.planLineId ?? u.poLineId))!;
      expect(rest.arrivalDay).toBeGreaterThan(u.arrivalDay);
      expect(u.reason.kind).toBe('split_urgent');
    }
    const held = loadPositions(ws.db, plan.planDate);
    for (const t of result.transfers) {
      expect(t.fromLocationId).not.toBe(t.toLocationId);
      // Never more than the origin holds on the ship date.
      expect(t.quantity).toBeLessThanOrEqual(held.get(`${t.productId}:${t.fromLocationId}`)?.onHand ?? 0);
      expect(t.reason.transferCost).toBeLessThan(t.reason.marginSaved);
      expect(t.reason.transferCost).toBeLessThan(t.reason.orderingCost);
    }
    expect(result.summary.shipments).toBe(result.shipments.length);
    ws.close();
  });
});

describe('transfers in the logistics plan', () => {
  it('shrinks the destination\'s purchase by what the transfer brings in its cover window, and ships the smaller draft', () => {
    const ws = demo.open();
    const result = planLogistics(ws.db, { planId });
    const plan = loadPlan(ws.db, planId);
    expect(result.transfers.length).toBeGreaterThan(0);
    for (const t of result.transfers) {
      const i = plan.lines.findIndex((l) => l.productId === t.productId && l.locationId === t.toLocationId);
      const after = t.reason.purchaseAfterTransfer!;
      expect(after).toBeLessThanOrEqual(t.reason.plannedPurchase);
      if (i < 0 || plan.lines[i]!.quantity === 0) continue;
      const shipped = result.shipments.filter((s) => s.source === 'draft' && s.planLineId === plan.lineIds[i]).reduce((a, s) => a + s.quantity, 0);
      expect(shipped).toBe(after);
    }
    ws.close();
  });

  it('does not send a SKU back while an earlier transfer\'s stock is still needed where it went', () => {
    const ws = demo.open();
    const before = planLogistics(ws.db, { planId });
    const move = before.transfers[0]!;
    // A transfer order the other way (destination → origin) landed three days ago: its stock is needed
    // at the origin until its next purchase could land, so the move is not proposed.
    const landed = isoFromDay(dayFromIso(before.planDate) - 3);
    ws.db.prepare(
      `INSERT INTO transfer_orders (transfer_number, product_id, from_location_id, to_location_id, mode, quantity, ship_date, expected_arrival, status)
       VALUES ('TO-900001', ?, ?, ?, 'truck', 1, ?, ?, 'in_transit')`,
    ).run(move.productId, move.toLocationId, move.fromLocationId, isoFromDay(dayFromIso(landed) - 3), landed);
    const after = planLogistics(ws.db, { planId });
    expect(after.transfers.filter((t) => t.productId === move.productId && t.fromLocationId === move.fromLocationId && t.toLocationId === move.toLocationId)).toEqual([]);
    // Other SKUs are not affected.
    expect(after.transfers.length).toBe(before.transfers.length - 1);
    ws.db.prepare("DELETE FROM transfer_orders WHERE transfer_number = 'TO-900001'").run();
    ws.close();
  });
});
