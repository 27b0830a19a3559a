import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../db/workspace';
import { loadPositions } from './inventory-position';

describe('loadPositions: on hand rolled forward from the snapshot to the plan date', () => {
  const tempDir = useTempDir();

  function workspace() {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'W' });
    ws.db.exec(`
      INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'One'), (2, 'WH2', 'Two');
      INSERT INTO products (id, sku, name) VALUES (1, 'A', 'A'), (2, 'B', 'B');
      INSERT INTO suppliers (id, code, name) VALUES (1, 'S1', 'S');
      INSERT INTO stock_snapshots VALUES (1, 1, '2026-06-01', 5), (1, 1, '2026-06-20', 100), (2, 1, '2026-06-30', 40);
      -- Sold on the snapshot's day (already in it), after it, and after the plan date.
      INSERT INTO sales_daily (product_id, location_id, date, units) VALUES
        (1, 1, '2026-06-20', 50), (1, 1, '2026-06-21', 10), (1, 1, '2026-06-25', 15), (1, 1, '2026-07-02', 99),
        (1, 2, '2026-06-25', 3), (2, 1, '2026-06-30', 8);
      INSERT INTO purchase_orders (id, po_number, supplier_id, location_id, order_date, status) VALUES (1, 'PO1', 1, 1, '2026-06-01', 'partial');
      INSERT INTO po_lines (id, po_id, line_no, product_id, qty_ordered, promised_date, status) VALUES (1, 1, 1, 1, 60, '2026-06-24', 'partial');
      -- 30 arrived after the snapshot (2 rejected), 20 before it (already counted).
      INSERT INTO receipts (po_line_id, product_id, location_id, receipt_date, qty_received, qty_rejected) VALUES
        (1, 1, NULL, '2026-06-23', 30, 2), (1, 1, 1, '2026-06-10', 20, 0);
    `);
    return ws;
  }

  it('subtracts sales and adds accepted receipts after the snapshot day, up to the plan date', () => {
    const ws = workspace();
    const a = loadPositions(ws.db, '2026-06-30').get('1:1')!;
    expect(a).toMatchObject({ snapshotDate: '2026-06-20', soldSinceSnapshot: 25, receivedSinceSnapshot: 28, hasSnapshot: true });
    expect(a.onHand).toBe(100 - 25 + 28);
    // The open balance is what is still to come: 60 ordered − 48 accepted.
    expect(a.onOrder).toBe(12);
    expect(a.position).toBe(a.onHand + 12);
    // A snapshot on the plan date itself is taken as it is.
    expect(loadPositions(ws.db, '2026-06-30').get('2:1')).toMatchObject({ onHand: 40, soldSinceSnapshot: 0 });
    // Sales where there is no snapshot do not invent stock.
    expect(loadPositions(ws.db, '2026-06-30').get('1:2')).toBeUndefined();
    ws.close();
  });

  it('never goes below zero, and one SKU can be read alone', () => {
    const ws = workspace();
    ws.db.exec("INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (2, 1, '2026-07-01', 500)");
    expect(loadPositions(ws.db, '2026-07-01').get('2:1')).toMatchObject({ onHand: 0, soldSinceSnapshot: 500 });
    const only = loadPositions(ws.db, '2026-06-30', false, 1);
    expect([...only.keys()]).toEqual(['1:1']);
    expect(only.get('1:1')!.onHand).toBe(103);
    ws.close();
  });

  it('reads the receipts of many recently counted SKUs by date as it reads one SKU by its own', () => {
    const ws = createWorkspace(path.join(tempDir(), 'many.supplydesk'), { name: 'M' });
    const db = ws.db;
    db.exec("INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'One'), (2, 'WH2', 'Two'); INSERT INTO suppliers (id, code, name) VALUES (1, 'S1', 'S')");
    db.exec("INSERT INTO purchase_orders (id, po_number, supplier_id, location_id, order_date, status) VALUES (1, 'PO1', 1, 2, '2026-01-01', 'received')");
    const product = db.prepare("INSERT INTO products (id, sku, name) VALUES (?, ?, 'x')");
    const line = db.prepare("INSERT INTO po_lines (id, po_id, line_no, product_id, qty_ordered, promised_date, status) VALUES (?, 1, ?, ?, 1000, '2026-01-10', 'received')");
    const count = db.prepare('INSERT INTO stock_snapshots VALUES (?, ?, ?, ?)');
    const receipt = db.prepare('INSERT INTO receipts (po_line_id, product_id, location_id, receipt_date, qty_received, qty_rejected) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let id = 1; id <= 150; id++) {
        product.run(id, `P${id}`);
        line.run(id, id, id);
        // Most counted in the last days, some long ago, one location a few days before the other.
        const counted = id % 10 === 0 ? '2025-11-0' + (1 + (id % 9)) : `2026-06-2${id % 8}`;
        count.run(id, 1, counted, 500 + id);
        count.run(id, 2, id % 3 === 0 ? '2026-06-20' : counted, 200);
        for (let k = 0; k < 12; k++) {
          const day = `2026-${k < 6 ? '0' + (1 + k) : '06'}-${String(1 + ((id * 7 + k * 5) % 28)).padStart(2, '0')}`;
          // Fractional units, some rejected, some without a location (the PO's then): summed in id order either way.
          receipt.run(k % 4 === 0 ? null : id, id, k % 3 === 0 ? null : 1 + (k % 2), day, 10.1 + k * 0.7 + id / 3, k % 5 === 0 ? 0.3 : 0);
        }
      }
    })();
    const all = loadPositions(db, '2026-06-30');
    let rolled = 0;
    for (let id = 1; id <= 150; id++) {
      const one = loadPositions(db, '2026-06-30', false, id);
      for (const [key, position] of one) {
        expect(all.get(key), key).toEqual(position);
        if (position.receivedSinceSnapshot > 0) rolled++;
      }
    }
    expect(rolled).toBeGreaterThan(100);
    ws.close();
  });
});
