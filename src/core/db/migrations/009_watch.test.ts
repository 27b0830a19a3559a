import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 009: watched folders and their file ledger', () => {
  const tempDir = useTempDir();

  it('adds STRICT tables that refuse unknown statuses and drop a folder’s ledger with it', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', migrations);
    for (const table of ['watch_folders', 'watch_files']) {
      const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
      expect(sql).toMatch(/\)\s*STRICT/);
    }
    db.prepare("INSERT INTO watch_folders (path, added_at) VALUES ('/data/drop', 'now')").run();
    expect(() => db.prepare("INSERT INTO watch_folders (path, added_at) VALUES ('/data/drop', 'now')").run()).toThrow(/UNIQUE/);
    const insert = db.prepare("INSERT INTO watch_files (folder_id, name, size, mtime_ms, status, first_seen_at, observed_at) VALUES (1, 'a.csv', 10, 1, ?, 'now', 0)");
    expect(() => insert.run('waiting')).not.toThrow();
    expect(() => insert.run('half-done')).toThrow(/CHECK/);
    db.prepare('DELETE FROM watch_folders WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM watch_files').pluck().get()).toBe(0);
    db.close();
  });
});
