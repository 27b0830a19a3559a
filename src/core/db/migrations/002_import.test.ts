import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migration001 } from './001_initial';
import { migration002 } from './002_import';

describe('migration 002: import', () => {
  const tempDir = useTempDir();

  function migratedDb() {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', [migration001, migration002]);
    return db;
  }

  it('adds the import tables as STRICT and records version 2', () => {
    const db = migratedDb();
    const names = ['import_mappings', 'import_replaced_sales', 'import_sales_ranges', 'import_undo', 'order_lines'];
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')}) ORDER BY name`)
      .all(...names) as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(names);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('ties order lines to their import and shows only the current ones in the view', () => {
    const db = migratedDb();
    db.exec(`INSERT INTO products (sku, name) VALUES ('A', 'A');
      INSERT INTO locations (code, name) VALUES ('WH', 'WH');
      INSERT INTO import_log (kind, file_name, started_at, status) VALUES ('order-lines', 'a.csv', 'now', 'done'), ('order-lines', 'b.csv', 'now', 'done');`);
    const line = db.prepare(
      "INSERT INTO order_lines (import_id, order_id, product_id, location_id, ordered_at, date, quantity, replaced_by) VALUES (?, 'O1', 1, 1, '2024-01-01', '2024-01-01', 1, ?)",
    );
    line.run(1, 2);
    line.run(2, null);
    expect(db.prepare('SELECT import_id FROM order_lines_current').pluck().all()).toEqual([2]);
    expect(() => line.run(9, null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO import_undo (import_id, table_name, action, row_key) VALUES (1, 'products', 'moved', '{}')").run()).toThrow(/CHECK/);
  });
});
