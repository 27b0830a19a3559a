import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { buildPlan, savePlan } from '../planning';
import { readInputs, seriesKey } from './inputs';
import { applyTransfersToPurchases, resizedQuantity } from './transfer-purchases';
import type { TransferDraft } from './types';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(40);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
});
afterAll(() => demo.remove());

/** A draft moving `quantity` of the line's SKU into its warehouse from the other one, landing in `days`. */
function draftInto(productId: number, toLocationId: number, fromLocationId: number, quantity: number, planDay: number, days: number): TransferDraft {
  return {
    productId, sku: String(productId), fromLocationId, from: String(fromLocationId), toLocationId, to: String(toLocationId), laneId: 0, mode: 'truck',
    quantity, shipDay: planDay, arrivalDay: planDay + days, shipDate: '', arrivalDate: '', cost: 0, currency: 'CNY', unitCost: 1, landedUnitCost: 1,
    reason: { kind: 'transfer_pays', excessUnits: quantity, shortUnitsPrevented: 0, marginSaved: 0, transferCost: 0, orderingCost: 0, plannedPurchase: 0, purchaseFreightKnown: true },
  };
}

describe('transfers before purchases', () => {
  it('a draft line buys less as units arrive by transfer, nothing once its position passes the reorder point', () => {
    const ws = demo.open();
    const inputs = readInputs(ws.db, planId);
    const line = [...inputs.skuLocations.values()].map((e) => e.line).find((l) => l && l.status === 'draft' && !l.locked && !l.edited && l.quantity > 0 && !l.budget && !l.containerCut)!;
    expect(resizedQuantity(line, 0)).toBe(line.quantity);
    // Rounded to the supplier's terms, what it buys never grows as units come in.
    let previous = line.quantity;
    for (const units of [1, 5, 20, 50]) {
      const q = resizedQuantity(line, units);
      expect(q).toBeLessThanOrEqual(previous);
      previous = q;
    }
    expect(resizedQuantity(line, Math.ceil(line.reorderPoint - line.position) + 1)).toBe(0);
    // Units leaving make it buy at least as much.
    expect(resizedQuantity(line, -50)).toBeGreaterThanOrEqual(line.quantity);
    ws.close();
  });

  it('resizes the destination (inside its cover window) and the origin, and leaves a late arrival alone', () => {
    const ws = demo.open();
    const inputs = readInputs(ws.db, planId);
    const entry = [...inputs.skuLocations.values()].find((e) => e.line && e.line.status === 'draft' && !e.line.locked && !e.line.edited && e.line.quantity > 0
      && inputs.skuLocations.get(seriesKey(e.productId, e.locationId === 1 ? 2 : 1))?.line)!;
    const line = entry.line!;
    const other = line.locationId === 1 ? 2 : 1;
    // Enough to lift its position past the reorder point: the draft buys nothing.
    const moved = Math.ceil(line.reorderPoint - line.position) + 1;
    const { inputs: after, changes } = applyTransfersToPurchases(inputs, [draftInto(line.productId, line.locationId, other, moved, inputs.planDay, 2)]);
    expect(changes.find((c) => c.locationId === line.locationId)).toMatchObject({ before: line.quantity, after: 0, moved });
    expect(after.skuLocations.get(seriesKey(line.productId, line.locationId))!.line!.quantity).toBe(0);
    expect(after.skuLocations.get(seriesKey(line.productId, line.locationId))!.line!.position).toBe(line.position + moved);
    const origin = inputs.skuLocations.get(seriesKey(line.productId, other))!.line!;
    const originAfter = after.skuLocations.get(seriesKey(line.productId, other))!.line!;
    expect(originAfter.quantity).toBeGreaterThanOrEqual(origin.quantity);
    if (originAfter !== origin) expect(originAfter.position).toBe(origin.position - moved);
    // Landing after the destination's cover window, the units are not the draft's to save.
    const late = applyTransfersToPurchases(inputs, [draftInto(line.productId, line.locationId, other, moved, inputs.planDay, Math.ceil(line.coverDays) + 1)]);
    expect(late.changes.find((c) => c.locationId === line.locationId)).toBeUndefined();
    // The inputs read are not changed.
    expect(inputs.skuLocations.get(seriesKey(line.productId, line.locationId))!.line!.quantity).toBe(line.quantity);
    ws.close();
  });
});
