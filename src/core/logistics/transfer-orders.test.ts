import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../db/workspace';
import { loadPositions } from '../planning/inventory-position';
import { approveTransfer, cancelTransfer, listTransferOrders, receiveTransfer } from './transfer-orders';

/** Two warehouses, one SKU: 100 at WH1 (counted 2026-06-30), 5 at WH2; "today" is 2026-06-30. */
function workspace(dir: string) {
  const ws = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'W' });
  ws.db.exec(`
    INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'One'), (2, 'WH2', 'Two');
    INSERT INTO products (id, sku, name) VALUES (1, 'A', 'A');
    INSERT INTO stock_snapshots VALUES (1, 1, '2026-06-30', 100), (1, 2, '2026-06-30', 5);
    INSERT INTO lanes (origin_kind, origin_location_id, destination_location_id, mode, transit_days, cost_per_unit) VALUES ('warehouse', 1, 2, 'truck', 3, 0.5);
  `);
  ws.db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('asOf', '2026-06-30') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
  return ws;
}

const draft = { productId: 1, fromLocationId: 1, toLocationId: 2, laneId: 1, mode: 'truck' as const, quantity: 40, shipDate: '2026-06-30', arrivalDate: '2026-07-03', freightCost: 20, reason: { kind: 'transfer_pays', marginSaved: 300 } };

describe('transfer orders', () => {
  const tempDir = useTempDir();

  it('approval stores an order in transit: out of the origin, in transit at the destination, in the next plan', () => {
    const ws = workspace(tempDir());
    const order = approveTransfer(ws.db, { ...draft, note: 'promo next week' });
    expect(order).toMatchObject({ transferNumber: 'TO-000001', status: 'in_transit', quantity: 40, fromLocation: 'WH1', toLocation: 'WH2', received: 0 });
    expect(order.reason).toMatchObject({ kind: 'transfer_pays', note: 'promo next week' });
    const positions = loadPositions(ws.db, '2026-06-30');
    expect(positions.get('1:1')).toMatchObject({ onHand: 60, onOrder: 0 });
    const to = positions.get('1:2')!;
    expect(to).toMatchObject({ onHand: 5, onOrder: 40, position: 45 });
    expect(to.arrivals).toEqual([{ date: '2026-07-03', quantity: 40, poNumber: 'TO-000001', overdue: false, transfer: true }]);
    // Summed over warehouses a transfer moves nothing.
    expect(loadPositions(ws.db, '2026-06-30', true).get('1:0')).toMatchObject({ onHand: 105, onOrder: 0 });
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'logistics.approveTransfer'").pluck().get()).toBe(1);
    ws.close();
  });

  it('refuses what the origin does not hold, a warehouse to itself, or arriving before it ships, and writes nothing', () => {
    const ws = workspace(tempDir());
    approveTransfer(ws.db, draft);
    // 60 left at the origin after the first transfer.
    expect(() => approveTransfer(ws.db, { ...draft, quantity: 61 })).toThrow(/holds 60 units/);
    expect(() => approveTransfer(ws.db, { ...draft, toLocationId: 1 })).toThrow(/one warehouse to another/);
    expect(() => approveTransfer(ws.db, { ...draft, arrivalDate: '2026-06-29' })).toThrow(/on or after its ship date/);
    expect(() => approveTransfer(ws.db, { ...draft, laneId: 99 })).toThrow(/does not run between/);
    expect(ws.db.prepare('SELECT count(*) FROM transfer_orders').pluck().get()).toBe(1);
  });

  it('the received action writes a receipt at the destination that closes it; the stock then sits there', () => {
    const ws = workspace(tempDir());
    const order = approveTransfer(ws.db, draft);
    const received = receiveTransfer(ws.db, order.id, '2026-07-02');
    expect(received).toMatchObject({ status: 'received', received: 40, receivedDate: '2026-07-02' });
    expect(() => receiveTransfer(ws.db, order.id)).toThrow(/already received/);
    // On 2026-07-02 the snapshot rolls forward with the receipt: 45 at WH2, nothing in transit.
    const positions = loadPositions(ws.db, '2026-07-02');
    expect(positions.get('1:2')).toMatchObject({ onHand: 45, onOrder: 0 });
    expect(positions.get('1:1')).toMatchObject({ onHand: 60 });
    ws.close();
  });

  it('a receipt import naming the transfer, or a later stock count at the destination, closes it too', () => {
    const ws = workspace(tempDir());
    const order = approveTransfer(ws.db, draft);
    ws.db.prepare("INSERT INTO receipts (product_id, location_id, receipt_date, qty_received, reference) VALUES (1, 2, '2026-07-03', 25, 'TO-000001')").run();
    expect(listTransferOrders(ws.db)[0]).toMatchObject({ status: 'partial', received: 25 });
    expect(loadPositions(ws.db, '2026-07-03').get('1:2')).toMatchObject({ onOrder: 15 });
    // A count on the arrival day holds what came: not counted again in transit.
    ws.db.exec("INSERT INTO stock_snapshots VALUES (1, 2, '2026-07-03', 45)");
    expect(loadPositions(ws.db, '2026-07-03').get('1:2')).toMatchObject({ onHand: 45, onOrder: 0 });
    expect(() => cancelTransfer(ws.db, order.id)).toThrow(/only a transfer nothing of which has arrived/);
    ws.close();
  });

  it('a cancelled transfer gives the origin its units back', () => {
    const ws = workspace(tempDir());
    const order = approveTransfer(ws.db, { ...draft, shipDate: '2026-07-05', arrivalDate: '2026-07-08' });
    expect(order.status).toBe('open');
    expect(cancelTransfer(ws.db, order.id).status).toBe('cancelled');
    expect(loadPositions(ws.db, '2026-06-30').get('1:1')).toMatchObject({ onHand: 100 });
    expect(loadPositions(ws.db, '2026-06-30').get('1:2')).toMatchObject({ onOrder: 0 });
    ws.close();
  });
});
