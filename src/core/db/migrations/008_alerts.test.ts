import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 008: alerts', () => {
  const tempDir = useTempDir();

  it('adds STRICT tables: one row per alert key, valid statuses and JSON, a date for every snooze', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    for (const table of ['alerts', 'alert_settings', 'alert_refreshes', 'alert_cache']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql).toMatch(/\)\s*STRICT/);
    }
    const insert = db.prepare(
      `INSERT INTO alerts (key, kind, priority, status, money, currency, money_method, entity, facts, first_seen, last_seen, raised_on, snoozed_until, updated_at)
       VALUES (?, 'stockout', 'high', ?, 10, 'CNY', 'marginLost', '{}', ?, '2026-06-30', '2026-06-30', '2026-06-30', ?, 'now')`,
    );
    expect(() => insert.run('a', 'open', '{}', null)).not.toThrow();
    expect(() => insert.run('a', 'open', '{}', null)).toThrow(/UNIQUE/);
    expect(() => insert.run('b', 'closed', '{}', null)).toThrow(/CHECK/);
    expect(() => insert.run('c', 'open', 'why', null)).toThrow(/CHECK/);
    expect(() => insert.run('d', 'snoozed', '{}', null)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'snoozed', '{}', '2026-07-07')).not.toThrow();
    db.close();
  });
});
