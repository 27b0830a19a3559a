import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 019: revenue beside the stored series', () => {
  const tempDir = useTempDir();

  function before019(name: string): { db: Database.Database; file: string } {
    const file = path.join(tempDir(), name);
    const db = new Database(file);
    migrate(db, file, migrations.filter((m) => m.version < 19));
    db.exec(`INSERT INTO products (id, sku, name) VALUES (1, 'A', 'Shirt'); INSERT INTO locations (id, code, name) VALUES (1, 'WH', 'WH');`);
    return { db, file };
  }

  it('adds the column without writing rows, and marks a built store to be filled', () => {
    const { db, file } = before019('built.supplydesk');
    db.prepare("INSERT INTO sales_series (product_id, location_id, first_day, last_day, rows, layout, data) VALUES (1, 1, 100, 100, 1, 1, x'01000000000000')").run();
    migrate(db, file, migrations);
    expect(db.prepare('SELECT revenue FROM sales_series').pluck().get()).toBeNull();
    expect(db.prepare("SELECT value FROM workspace_meta WHERE key = 'sales_series_revenue'").pluck().get()).toBe('pending');
    db.close();
  });

  it('marks nothing when there is no store yet (its build writes revenue)', () => {
    const { db, file } = before019('empty.supplydesk');
    migrate(db, file, migrations);
    expect(db.prepare("SELECT count(*) FROM workspace_meta WHERE key = 'sales_series_revenue'").pluck().get()).toBe(0);
    db.close();
  });
});
