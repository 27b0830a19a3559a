import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migration001 } from './001_initial';
import { migration002 } from './002_import';
import { migration003 } from './003_forecasts';
import { migration004 } from './004_suppliers';

describe('migration 004: supplier scorecard settings', () => {
  const tempDir = useTempDir();

  function migratedDb() {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', [migration001, migration002, migration003, migration004]);
    return db;
  }

  it('adds one STRICT settings table and records version 4', () => {
    const db = migratedDb();
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'supplier_scorecard_settings'").pluck().get() as string;
    expect(sql).toMatch(/\)\s*STRICT/);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });

  it('holds a single row of valid JSON', () => {
    const db = migratedDb();
    const insert = db.prepare('INSERT INTO supplier_scorecard_settings (id, settings, updated_at) VALUES (?, ?, ?)');
    insert.run(1, '{"toleranceDays":1}', 'now');
    expect(() => insert.run(2, '{}', 'now')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE supplier_scorecard_settings SET settings = 'not json'").run()).toThrow(/CHECK/);
  });
});
