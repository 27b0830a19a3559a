import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 013: logistics replays', () => {
  const tempDir = useTempDir();

  it('adds a STRICT table that refuses bad JSON and reversed periods', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(13);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'logistics_replays'").pluck().get()).toMatch(/\)\s*STRICT/);
    const insert = db.prepare("INSERT INTO logistics_replays (created_at, from_date, to_date, settings, results) VALUES ('now', ?, ?, ?, '{}')");
    expect(() => insert.run('2026-01-01', '2026-06-30', '{}')).not.toThrow();
    expect(() => insert.run('2026-06-30', '2026-01-01', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('2026-01-01', '2026-06-30', 'not json')).toThrow(/CHECK/);
    db.close();
  });
});
