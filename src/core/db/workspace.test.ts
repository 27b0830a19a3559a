import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fileFingerprint, useTempDir } from '../../../test/helpers/temp-dir';
import { AppError } from '../ground/errors/app-error';
import { APPLICATION_ID, migrate } from './migrate';
import { latestSchemaVersion, migrations } from './migrations';
import { createWorkspace, finishBulkWrite, openWorkspace } from './workspace';

function expectCode(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected an error with code ${code}`);
}

describe('workspace files', () => {
  const tempDir = useTempDir();

  it('creates a WAL workspace with foreign keys on, and reopens it', () => {
    const file = path.join(tempDir(), 'shop.supplydesk');
    const created = createWorkspace(file, { name: 'Shop' });
    expect(created.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(created.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(created.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    created.close();
    const reopened = openWorkspace(file);
    expect(reopened.meta.name).toBe('Shop');
    expect(reopened.meta.kind).toBe('user');
    reopened.close();
  });

  it('builds a bulk workspace with its journal in memory (no -journal file) and finishes it as WAL', () => {
    const file = path.join(tempDir(), 'bulk.supplydesk');
    const bulk = createWorkspace(file, { name: 'Bulk', bulk: true });
    expect(bulk.db.pragma('journal_mode', { simple: true })).toBe('memory');
    bulk.db.exec('CREATE TABLE scratch (n INTEGER)');
    bulk.db.transaction(() => {
      bulk.db.prepare('INSERT INTO scratch VALUES (1)').run();
      expect(fs.existsSync(`${file}-journal`)).toBe(false);
    })();
    finishBulkWrite(bulk);
    expect(bulk.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(bulk.db.pragma('synchronous', { simple: true })).toBe(2);
    bulk.close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(tempDir(), 'taken.supplydesk');
    fs.writeFileSync(file, 'mine');
    expectCode(() => createWorkspace(file, { name: 'x' }), 'workspace_exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.supplydesk');
    fs.writeFileSync(file, 'SKU,qty\nA,1\n');
    const error = expectCode(() => openWorkspace(file), 'workspace_not_sqlite');
    expect(error.message).toContain(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('SKU,qty\nA,1\n');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a missing file', () => {
    expectCode(() => openWorkspace(path.join(tempDir(), 'gone.supplydesk')), 'workspace_missing');
  });

  it('refuses a workspace from a newer version without changing it', () => {
    const file = path.join(tempDir(), 'future.supplydesk');
    createWorkspace(file, { name: 'Future' }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    const before = fileFingerprint(file);
    const error = expectCode(() => openWorkspace(file), 'workspace_too_new');
    expect(error.message).toMatch(/newer SupplyDesk/);
    expect(fileFingerprint(file)).toBe(before);
  });

  it('refuses a read-only file without changing it', () => {
    const file = path.join(tempDir(), 'locked.supplydesk');
    createWorkspace(file, { name: 'Locked' }).close();
    fs.chmodSync(file, 0o444);
    const before = fileFingerprint(file);
    expectCode(() => openWorkspace(file), 'workspace_read_only');
    expect(fileFingerprint(file)).toBe(before);
  });

  it("refuses another program's SQLite database instead of adding tables to it", () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    const before = fileFingerprint(file);
    expectCode(() => openWorkspace(file), 'not_a_workspace');
    expect(fileFingerprint(file)).toBe(before);
  });

  it('copies an older workspace before migrating it, in one transaction', () => {
    const file = path.join(tempDir(), 'old.supplydesk');
    createWorkspace(file, { name: 'Old' }).close();
    const db = new Database(file);
    const next = { version: latestSchemaVersion + 1, name: 'test column', sql: 'ALTER TABLE products ADD COLUMN colour TEXT;' };
    const result = migrate(db, file, [...migrations, next]);
    expect(result.from).toBe(latestSchemaVersion);
    expect(result.backupPath).not.toBeNull();
    const backup = new Database(result.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    backup.close();
    expect(db.pragma('user_version', { simple: true })).toBe(next.version);

    const broken = { version: next.version + 1, name: 'broken', sql: 'ALTER TABLE products ADD COLUMN size TEXT; SELECT * FROM nowhere;' };
    expect(() => migrate(db, file, [...migrations, next, broken])).toThrow(/nowhere/);
    // The failed migration rolled back whole: version and columns as before.
    expect(db.pragma('user_version', { simple: true })).toBe(next.version);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('products');
    expect(columns).not.toContain('size');
    db.close();
  });
});
