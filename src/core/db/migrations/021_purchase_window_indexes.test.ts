import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 021: the purchase window indexes', () => {
  const tempDir = useTempDir();

  it('finds the receipts of a window and the open lines without walking every row', () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    const db = new Database(file);
    migrate(db, file, migrations);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join(' | ');
    expect(plan("SELECT po_line_id FROM receipts WHERE receipt_date > '2026-09-01'")).toMatch(/COVERING INDEX receipts_date/);
    expect(plan("SELECT id FROM po_lines WHERE status IN ('open', 'partial')")).toMatch(/INDEX po_lines_open/);
    db.close();
  });
});
