import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 011: lanes and transfer orders', () => {
  const tempDir = useTempDir();

  it('keeps lanes whole: one origin, a real destination, known modes, one lane per origin, destination and mode', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    db.prepare("INSERT INTO locations (id, code, name) VALUES (1, 'A', 'a'), (2, 'B', 'b')").run();
    db.prepare("INSERT INTO suppliers (id, code, name) VALUES (1, 'S', 's')").run();
    const lane = db.prepare('INSERT INTO lanes (origin_kind, supplier_id, origin_location_id, destination_location_id, mode, transit_days) VALUES (?, ?, ?, ?, ?, ?)');
    expect(() => lane.run('supplier', 1, null, 1, 'sea', 30)).not.toThrow();
    expect(() => lane.run('supplier', 1, null, 1, 'air', 5)).not.toThrow();
    expect(() => lane.run('supplier', 1, null, 1, 'sea', 28)).toThrow(/UNIQUE/);
    expect(() => lane.run('warehouse', null, 1, 2, 'truck', 2)).not.toThrow();
    expect(() => lane.run('warehouse', null, 1, 1, 'truck', 2)).toThrow(/CHECK/);
    expect(() => lane.run('supplier', null, 1, 2, 'truck', 2)).toThrow(/CHECK/);
    expect(() => lane.run('supplier', 1, null, 2, 'boat', 2)).toThrow(/CHECK/);
    expect(() => lane.run('supplier', 1, null, 2, 'sea', -1)).toThrow(/CHECK/);
    db.close();
  });

  it('stores transfer orders between two warehouses and lets receipts name them', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', migrations);
    db.prepare("INSERT INTO locations (id, code, name) VALUES (1, 'A', 'a'), (2, 'B', 'b')").run();
    db.prepare("INSERT INTO products (id, sku, name) VALUES (1, 'P', 'p')").run();
    const insert = db.prepare(
      "INSERT INTO transfer_orders (transfer_number, product_id, from_location_id, to_location_id, mode, quantity, ship_date, expected_arrival) VALUES (?, 1, ?, ?, 'truck', ?, ?, ?)",
    );
    const id = Number(insert.run('TR-1', 1, 2, 40, '2026-07-01', '2026-07-03').lastInsertRowid);
    expect(() => insert.run('TR-2', 1, 1, 40, '2026-07-01', '2026-07-03')).toThrow(/CHECK/);
    expect(() => insert.run('TR-3', 1, 2, 0, '2026-07-01', '2026-07-03')).toThrow(/CHECK/);
    expect(() => insert.run('TR-4', 1, 2, 5, '2026-07-03', '2026-07-01')).toThrow(/CHECK/);
    db.prepare("INSERT INTO receipts (product_id, location_id, receipt_date, qty_received, transfer_order_id) VALUES (1, 2, '2026-07-03', 40, ?)").run(id);
    expect(db.prepare('SELECT status FROM transfer_orders WHERE id = ?').pluck().get(id)).toBe('open');
    expect(db.prepare('SELECT count(*) FROM receipts WHERE transfer_order_id = ?').pluck().get(id)).toBe(1);
    db.close();
  });
});
