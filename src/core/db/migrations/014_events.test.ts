import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 014: event calendar and planned promotions', () => {
  const tempDir = useTempDir();

  function open(): Database.Database {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', migrations);
    return db;
  }

  it('keeps user events with names and refuses nameless ones, reversed or half dates', () => {
    const db = open();
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
    const event = db.prepare("INSERT INTO events (key, origin, name_en, name_zh, updated_at) VALUES (?, ?, ?, ?, 'now')");
    expect(() => event.run('brandDay', 'user', 'Brand day', '品牌日')).not.toThrow();
    expect(() => event.run('double11', 'default', null, null)).not.toThrow();
    expect(() => event.run('nameless', 'user', null, null)).toThrow(/CHECK/);
    expect(() => event.run('odd', 'other', 'x', 'x')).toThrow(/CHECK/);
    const dates = db.prepare('INSERT INTO event_dates (event_key, year, from_date, to_date) VALUES (?, ?, ?, ?)');
    expect(() => dates.run('brandDay', 2026, '2026-08-08', '2026-08-10')).not.toThrow();
    expect(() => dates.run('double11', 2026, null, null)).not.toThrow();
    expect(() => dates.run('brandDay', 2027, '2027-08-10', '2027-08-08')).toThrow(/CHECK/);
    expect(() => dates.run('brandDay', 2028, '2028-08-10', null)).toThrow(/CHECK/);
    expect(() => dates.run('unknown', 2028, '2028-08-10', '2028-08-11')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM events WHERE key = 'brandDay'").run();
    expect(db.prepare("SELECT count(*) FROM event_dates WHERE event_key = 'brandDay'").pluck().get()).toBe(0);
    db.close();
  });

  it('plans promotions with a flag, a price or a discount, never both prices nor nothing', () => {
    const db = open();
    db.prepare("INSERT INTO products (id, sku, name) VALUES (1, 'A', 'A')").run();
    const plan = db.prepare(
      "INSERT INTO planned_promotions (product_id, from_date, to_date, promo, price, discount_pct, created_at) VALUES (1, ?, ?, ?, ?, ?, 'now')",
    );
    expect(() => plan.run('2026-11-01', '2026-11-11', 1, null, 20)).not.toThrow();
    expect(() => plan.run('2026-11-01', '2026-11-11', 0, 79.9, null)).not.toThrow();
    expect(() => plan.run('2026-11-01', '2026-11-11', 0, null, null)).toThrow(/CHECK/);
    expect(() => plan.run('2026-11-01', '2026-11-11', 1, 50, 20)).toThrow(/CHECK/);
    expect(() => plan.run('2026-11-11', '2026-11-01', 1, null, null)).toThrow(/CHECK/);
    expect(() => plan.run('2026-11-01', '2026-11-11', 1, null, 100)).toThrow(/CHECK/);
    db.prepare('DELETE FROM products WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM planned_promotions').pluck().get()).toBe(0);
    db.close();
  });
});
