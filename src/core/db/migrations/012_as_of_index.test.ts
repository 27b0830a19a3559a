import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 012: index of stock snapshot dates', () => {
  const tempDir = useTempDir();

  it('finds the newest snapshot by the index, not a scan', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(12);
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT max(date) FROM stock_snapshots').all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan).toContain('stock_snapshots_date');
    db.close();
  });
});
