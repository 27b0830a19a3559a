import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 010: recommendations and campaigns', () => {
  const tempDir = useTempDir();

  it('adds STRICT tables; a run’s rows go with it and a campaign refuses an impossible conversion', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', migrations);
    for (const table of ['recommend_runs', 'recommend_customers', 'recommend_items', 'recommend_pairs', 'launch_audiences', 'campaigns']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql).toMatch(/STRICT/);
    }
    db.prepare("INSERT INTO recommend_runs (created_at, as_of, top_n, lines, orders, customers, skus, seconds) VALUES ('now', '2026-01-01', 10, 1, 1, 1, 1, 0)").run();
    db.prepare(`INSERT INTO recommend_items VALUES (1, 'C1', 1, 'A', 0.5, '{"kind":"repeat"}')`).run();
    db.prepare('DELETE FROM recommend_runs WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM recommend_items').pluck().get()).toBe(0);
    db.prepare("INSERT INTO products (sku, name) VALUES ('A', 'a')").run();
    const insert = db.prepare(
      `INSERT INTO campaigns (name, product_id, start_date, window_days, audience_kind, audience_size, conversion, conversion_source, units_per_buyer, created_at, updated_at)
       VALUES ('c', 1, '2026-01-01', 14, 'size', 10, ?, 'entered', 1, 'now', 'now')`,
    );
    expect(() => insert.run(0.1)).not.toThrow();
    expect(() => insert.run(1.5)).toThrow(/CHECK/);
    db.close();
  });
});
