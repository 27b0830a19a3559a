import path from 'node:path';
import fs from 'node:fs';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable, type HandlerTable } from '../../src/core/app/handlers';
import { loadPositions } from '../../src/core/planning/inventory-position';
import { planLogistics } from '../../src/core/logistics';
import { FIRST_VIEW_ROWS } from '../../src/core/logistics/overview-pages';
import type { ChannelOutput } from '../../src/shared/contract/channels';
import { shipmentLineSchema, transferDraftSchema } from '../../src/shared/contract/schemas/logistics';
import { logisticsDemo } from '../fixtures/logistics-workspace';
import { apiCaller, apiFailure, type ApiCall } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

/**
 * The Logistics page's API on a real demo workspace with a forecast, a plan and lanes: the
 * overview, lanes edited like the import checks them, a transfer approved, seen by the next plan
 * and received, and the A/B replay as a job.
 */
describe('logistics API', () => {
  const tempDir = useTempDir();
  let demo: ReturnType<typeof logisticsDemo>;
  let ctx: AppContext;
  let table: HandlerTable;
  let call: ApiCall;

  beforeAll(() => {
    demo = logisticsDemo(40);
  }, 120_000);
  afterAll(async () => {
    await ctx?.shutdown();
    demo.remove();
  });

  it('serves the overview, lanes, transfers and the replay', async () => {
    ctx = testAppContext(tempDir());
    const file = path.join(ctx.workspacesFolder, 'logistics.supplydesk');
    fs.copyFileSync(demo.file, file);
    ctx.open(file);
    table = createHandlerTable(ctx);
    call = apiCaller(table);
    /** Every row of a list, a page of 7 at a time (so the pages' edges are crossed). */
    const allRows = async <C extends 'logistics:transfers' | 'logistics:shipments'>(channel: C): Promise<ChannelOutput<C>['rows']> => {
      const pages: ChannelOutput<C>['rows'][] = [];
      for (let offset = 0; ; offset += 7) {
        const page = await call(channel, { offset, limit: 7 });
        pages.push(page.rows);
        if (offset + 7 >= page.total) return pages.flat() as ChannelOutput<C>['rows'];
      }
    };

    const overview = await call('logistics:overview');
    expect(overview.missing).toEqual([]);
    expect(overview.planId).not.toBeNull();
    expect(overview.shipments.length).toBeGreaterThan(0);
    expect(overview.summary!.freightCost).toBeGreaterThan(0);

    // The first view carries the first rows; the pages give the rest, in the plan's order, as planned here.
    const planned = planLogistics(ctx.requireWorkspace().db, { planId: overview.planId! });
    expect(planned.shipments.length).toBeGreaterThan(FIRST_VIEW_ROWS);
    expect([overview.transferCount, overview.shipmentCount]).toEqual([planned.transfers.length, planned.shipments.length]);
    // As the contract sends them (the day numbers and unit costs stay in the core).
    const sentTransfers = z.array(transferDraftSchema).parse(planned.transfers);
    const sentShipments = z.array(shipmentLineSchema).parse(planned.shipments);
    expect(overview.shipments).toEqual(sentShipments.slice(0, FIRST_VIEW_ROWS));
    expect(overview.summary).toMatchObject({ shipments: planned.summary.shipments, freightCost: planned.summary.freightCost });
    const allTransfers = () => allRows('logistics:transfers');
    expect(await allTransfers()).toEqual(sentTransfers);
    expect(await allRows('logistics:shipments')).toEqual(sentShipments);
    expect(await call('logistics:shipments', { offset: planned.shipments.length, limit: 10 })).toEqual({ rows: [], matched: planned.shipments.length, total: planned.shipments.length });
    expect(await call('logistics:shipmentTimeline')).toEqual(planned.shipments.map((s) => [s.mode, s.arrivalDate, s.freightCost, s.quantity, s.sku, s.to]));

    // Lanes: listed with codes; a bad origin, a warehouse to itself and a duplicate are refused and change nothing.
    const lanes = await call('logistics:lanes');
    expect(lanes.length).toBeGreaterThan(4);
    const transferLane = lanes.find((l) => l.originKind === 'warehouse')!;
    // A mode this route does not have yet, for the lane added below.
    const used = new Set(lanes.filter((l) => l.origin === transferLane.origin && l.destination === transferLane.destination).map((l) => l.mode));
    const newMode = (['express', 'air', 'sea', 'rail', 'truck'] as const).find((m) => !used.has(m))!;
    const bad = await apiFailure(table, 'logistics:saveLane', { originKind: 'supplier', origin: 'NOPE', destination: transferLane.destination, mode: 'air', transitDays: 3, costPerKg: 20 });
    expect(bad).toMatchObject({ code: 'invalid_input', details: { field: 'origin' } });
    expect((await apiFailure(table, 'logistics:saveLane', { originKind: 'warehouse', origin: transferLane.destination, destination: transferLane.destination, mode: 'truck', transitDays: 1, costPerUnit: 1 })).message).toMatch(/one warehouse to another/);
    expect((await apiFailure(table, 'logistics:saveLane', { originKind: 'warehouse', origin: transferLane.origin, destination: transferLane.destination, mode: transferLane.mode, transitDays: 1, costPerUnit: 1 })).message).toMatch(new RegExp(`already a ${transferLane.mode} lane`));
    expect((await apiFailure(table, 'logistics:saveLane', { originKind: 'warehouse', origin: transferLane.origin, destination: transferLane.destination, mode: newMode, transitDays: 1 })).message).toMatch(/needs a cost/);
    expect(await call('logistics:lanes')).toHaveLength(lanes.length);
    // Add, edit and delete one.
    const rail = await call('logistics:saveLane', { originKind: 'warehouse', origin: transferLane.origin, destination: transferLane.destination, mode: newMode, transitDays: 4, costPerUnit: 0.3 });
    expect(rail).toMatchObject({ mode: newMode, transitDays: 4, costPerUnit: 0.3, transitSource: 'entered' });
    expect(await call('logistics:saveLane', { id: rail.id, originKind: 'warehouse', origin: rail.origin, destination: rail.destination, mode: newMode, transitDays: 5, costPerUnit: 0.3 })).toMatchObject({ id: rail.id, transitDays: 5 });
    expect(await call('logistics:deleteLane', { id: rail.id })).toBeNull();
    expect(await call('logistics:lanes')).toHaveLength(lanes.length);

    // A transfer: the plan's draft when it has one, else a move of 1 unit between the warehouses.
    // (A draft may count stock still arriving at the origin: only one the origin holds today can ship today.)
    const held = loadPositions(ctx.requireWorkspace().db, overview.planDate!);
    const draft = (await allTransfers()).find((t) => t.quantity <= (held.get(`${t.productId}:${t.fromLocationId}`)?.onHand ?? 0));
    const approval = draft
      ? { productId: draft.productId, fromLocationId: draft.fromLocationId, toLocationId: draft.toLocationId, laneId: draft.laneId, mode: draft.mode, quantity: draft.quantity, shipDate: draft.shipDate, arrivalDate: draft.arrivalDate, freightCost: draft.cost, planId: overview.planId, reason: { kind: 'transfer_pays' }, note: 'before the promotion' }
      : await someTransfer(ctx, overview.planDate!);
    // More than the origin holds is refused, and nothing is stored.
    const tooMany = await apiFailure(table, 'logistics:approveTransfer', { ...approval, quantity: 1e7 });
    expect(tooMany).toMatchObject({ code: 'invalid_input', details: { field: 'quantity' } });
    expect(await call('logistics:transferOrders')).toEqual([]);
    const order = await call('logistics:approveTransfer', approval);
    expect(order).toMatchObject({ transferNumber: 'TO-000001', status: 'in_transit', quantity: approval.quantity });
    const positions = loadPositions(ctx.requireWorkspace().db, overview.planDate!);
    expect(positions.get(`${approval.productId}:${approval.toLocationId}`)!.arrivals.some((a) => a.poNumber === 'TO-000001')).toBe(true);

    // The next plan sees the transfer: the same move is not proposed again.
    expect((await jobFinished(ctx, (await call('planning:start')).jobId)).status).toBe('done');
    const after = await call('logistics:overview');
    expect(after.planId).toBeGreaterThan(overview.planId!);
    const again = (await allTransfers()).find((t) => t.productId === approval.productId && t.fromLocationId === approval.fromLocationId && t.toLocationId === approval.toLocationId);
    expect(again?.quantity ?? 0).toBeLessThan(approval.quantity);

    expect(await call('logistics:receiveTransfer', { id: order.id })).toMatchObject({ status: 'received', received: approval.quantity });
    expect((await apiFailure(table, 'logistics:cancelTransfer', { id: order.id })).code).toBe('invalid_input');

    // The replay runs as a job and is stored with its three arms.
    expect((await jobFinished(ctx, (await call('logistics:replay', { days: 91 })).jobId)).status).toBe('done');
    const [replay] = await call('logistics:replays');
    expect(replay!.results.skus).toBeGreaterThan(10);
    for (const arm of [replay!.results.singleMode, replay!.results.logistics, replay!.results.singleModeAtEqualInventory]) {
      expect(arm.fillRate).toBeGreaterThan(0.5);
      expect(arm.totalCost).toBeCloseTo(arm.holdingCost + arm.freightCost + arm.lostMargin, 4);
    }
    expect(replay!.results.singleMode.transfers).toBe(0);
    expect(replay!.results.logistics.freightCost).toBeGreaterThan(0);
  }, 180_000);
});

/** A 1-unit move from the warehouse holding most of some SKU, when the plan proposes none. */
async function someTransfer(ctx: AppContext, planDate: string) {
  const db = ctx.requireWorkspace().db;
  const lane = db.prepare("SELECT id, origin_location_id AS fromId, destination_location_id AS toId, mode, transit_days AS days FROM lanes WHERE origin_kind = 'warehouse' LIMIT 1").get() as { id: number; fromId: number; toId: number; mode: 'truck'; days: number };
  const held = [...loadPositions(db, planDate).entries()].filter(([key, p]) => key.endsWith(`:${lane.fromId}`) && p.onHand >= 5).sort((a, b) => b[1].onHand - a[1].onHand)[0]!;
  const productId = Number(held[0].split(':')[0]);
  const arrival = new Date(Date.parse(`${planDate}T00:00:00Z`) + Math.ceil(lane.days) * 86_400_000).toISOString().slice(0, 10);
  return { productId, fromLocationId: lane.fromId, toLocationId: lane.toId, laneId: lane.id, mode: lane.mode, quantity: 1, shipDate: planDate, arrivalDate: arrival, planId: null, note: 'test move' };
}
