import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../db/workspace';
import { listLanes } from './lanes';
import { measureTransit, saveMeasuredTransit, withMeasuredTransit } from './measured-transit';

describe('transit learnt from receipts', () => {
  const tempDir = useTempDir();

  it('measures transfer lanes from transfer receipts and the usual supplier lane’s spread from PO receipts against promises', () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'W' });
    const db = ws.db;
    db.exec(`
      INSERT INTO locations (id, code, name) VALUES (1, 'A', 'a'), (2, 'B', 'b');
      INSERT INTO suppliers (id, code, name) VALUES (1, 'S', 's');
      INSERT INTO products (id, sku, name) VALUES (1, 'P', 'p');
      INSERT INTO lanes (id, origin_kind, origin_location_id, destination_location_id, mode, transit_days, entered_transit_days, cost_per_unit) VALUES (1, 'warehouse', 1, 2, 'truck', 2, 2, 1);
      INSERT INTO lanes (id, origin_kind, supplier_id, destination_location_id, mode, transit_days, entered_transit_days, transit_sd_days, cost_per_m3) VALUES (2, 'supplier', 1, 1, 'sea', 30, 30, 2, 400);
      INSERT INTO lanes (id, origin_kind, supplier_id, destination_location_id, mode, transit_days, entered_transit_days, cost_per_kg) VALUES (3, 'supplier', 1, 1, 'air', 5, 5, 30);
    `);
    // Transfers took 3, 4 and 5 days: mean 4, sd 1.
    [3, 4, 5].forEach((days, i) => {
      db.prepare("INSERT INTO transfer_orders (id, transfer_number, product_id, from_location_id, to_location_id, mode, quantity, ship_date, expected_arrival) VALUES (?, ?, 1, 1, 2, 'truck', 10, '2026-05-01', '2026-05-03')").run(i + 1, `T${i}`);
      db.prepare("INSERT INTO receipts (product_id, location_id, receipt_date, qty_received, transfer_order_id) VALUES (1, 2, date('2026-05-01', ?), 10, ?)").run(`+${days} days`, i + 1);
    });
    // PO lines landed 0, 2, 4, 6 and 8 days after their promise: sd √10 ≈ 3.2.
    [0, 2, 4, 6, 8].forEach((late, i) => {
      db.prepare("INSERT INTO purchase_orders (id, po_number, supplier_id, location_id, order_date, promised_date, status) VALUES (?, ?, 1, 1, '2026-03-01', '2026-04-15', 'received')").run(i + 1, `PO${i}`);
      db.prepare("INSERT INTO po_lines (id, po_id, line_no, product_id, qty_ordered, status) VALUES (?, ?, 1, 1, 10, 'received')").run(i + 1, i + 1);
      db.prepare("INSERT INTO receipts (po_line_id, product_id, location_id, receipt_date, qty_received) VALUES (?, 1, 1, date('2026-04-15', ?), 10)").run(i + 1, `+${late} days`);
    });
    const lanes = listLanes(db);
    const measures = measureTransit(db, lanes, '2026-06-30');
    expect(measures).toEqual([
      { laneId: 2, transitDays: 30, transitSdDays: 3.2, samples: 5 },
      { laneId: 1, transitDays: 4, transitSdDays: 1, samples: 3 },
    ].sort((a, b) => lanes.findIndex((l) => l.id === a.laneId) - lanes.findIndex((l) => l.id === b.laneId)));
    const applied = withMeasuredTransit(lanes, measures);
    expect(applied.find((l) => l.id === 3)!.transitSource).toBe('entered');
    expect(saveMeasuredTransit(db, measures)).toBe(2);
    expect(db.prepare('SELECT id, transit_days, transit_sd_days, transit_source, transit_samples FROM lanes ORDER BY id').raw().all()).toEqual([
      [1, 4, 1, 'measured', 3],
      [2, 30, 3.2, 'measured', 5],
      [3, 5, 0, 'entered', 0],
    ]);
    ws.close();
  });
});
