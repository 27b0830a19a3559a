import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migration001 } from './001_initial';
import { migration002 } from './002_import';
import { migration003 } from './003_forecasts';
import { migration004 } from './004_suppliers';
import { migration005 } from './005_planning';

describe('migration 005: replenishment plans', () => {
  const tempDir = useTempDir();

  function migratedDb() {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', [migration001, migration002, migration003, migration004, migration005]);
    db.exec(`INSERT INTO products (id, sku, name) VALUES (1, 'A', 'A');
      INSERT INTO plans (id, created_at, plan_date) VALUES (1, 'now', '2026-06-30');`);
    return db;
  }

  const line = `INSERT INTO plan_lines (plan_id, product_id, location_id, policy, abc, xyz, service_level, need_qty, suggested_qty,
    quantity, order_date, expected_arrival, reason, status, po_line_id) VALUES (1, 1, 1, 'order_up_to', 'A', 'X', ?, 10, 20, ?, ?, ?, 'r', ?, NULL)`;

  it('adds STRICT tables and records version 5', () => {
    const db = migratedDb();
    for (const table of ['plans', 'plan_lines', 'planning_settings']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql).toMatch(/\)\s*STRICT/);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(5);
  });

  it('keeps plan lines consistent', () => {
    const db = migratedDb();
    expect(() => db.prepare(line).run(0.95, 20, '2026-06-30', '2026-07-30', 'draft')).not.toThrow();
    db.exec('DELETE FROM plan_lines');
    expect(() => db.prepare(line).run(1, 20, '2026-06-30', '2026-07-30', 'draft')).toThrow(/CHECK/);
    expect(() => db.prepare(line).run(0.95, -1, '2026-06-30', '2026-07-30', 'draft')).toThrow(/CHECK/);
    expect(() => db.prepare(line).run(0.95, 20, '2026-06-30', '2026-06-01', 'draft')).toThrow(/CHECK/);
    expect(() => db.prepare(line).run(0.95, 20, '2026-06-30', '2026-07-30', 'approved')).toThrow(/CHECK/);
  });

  it('deletes lines with their plan', () => {
    const db = migratedDb();
    db.prepare(line).run(0.95, 20, '2026-06-30', '2026-07-30', 'draft');
    db.exec('DELETE FROM plans');
    expect(db.prepare('SELECT count(*) FROM plan_lines').pluck().get()).toBe(0);
  });

  it('accepts settings only for known scopes and classes', () => {
    const db = migratedDb();
    const insert = db.prepare("INSERT INTO planning_settings (scope, scope_key, service_level, updated_at) VALUES (?, ?, ?, 'now')");
    insert.run('class', 'AX', 0.98);
    insert.run('default', '', 0.95);
    expect(() => insert.run('class', 'AQ', 0.9)).toThrow(/CHECK/);
    expect(() => insert.run('default', 'x', 0.9)).toThrow(/CHECK/);
    expect(() => insert.run('class', 'AX', 0.9)).toThrow(/UNIQUE/);
    expect(() => insert.run('sku', '1', 1.2)).toThrow(/CHECK/);
  });
});
