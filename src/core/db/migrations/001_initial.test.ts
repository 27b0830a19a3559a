import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migration001 } from './001_initial';

describe('migration 001: initial schema', () => {
  const tempDir = useTempDir();

  function migratedDb() {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', [migration001]);
    return db;
  }

  it('creates every planning table as STRICT and records version 1', () => {
    const db = migratedDb();
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual([
      'audit_log', 'import_log', 'locations', 'po_lines', 'products', 'promotions', 'purchase_orders',
      'receipts', 'sales_daily', 'stock_snapshots', 'supplier_terms', 'suppliers', 'workspace_meta',
    ]);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('enforces foreign keys and value checks', () => {
    const db = migratedDb();
    db.prepare("INSERT INTO products (sku, name) VALUES ('A-1', 'Shirt')").run();
    db.prepare("INSERT INTO locations (code, name) VALUES ('WH', 'Warehouse')").run();
    expect(() =>
      db.prepare("INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (99, 1, '2025-01-01', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO stock_snapshots (product_id, location_id, date, on_hand) VALUES (1, 1, '2025-01-01', -5)").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO products (sku, name, status) VALUES ('B', 'x', 'gone')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO products (sku, name, unit_cost) VALUES ('C', 'x', 'cheap')").run()).toThrow(
      /cannot store TEXT value in REAL column/,
    );
  });

  it('keeps one sales row per SKU, location and day', () => {
    const db = migratedDb();
    db.prepare("INSERT INTO products (sku, name) VALUES ('A-1', 'Shirt')").run();
    db.prepare("INSERT INTO locations (code, name) VALUES ('WH', 'Warehouse')").run();
    const insert = db.prepare("INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (1, 1, '2025-01-01', ?)");
    insert.run(3);
    expect(() => insert.run(4)).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
