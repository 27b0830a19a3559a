import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { AppError } from '../ground/errors/app-error';
import { openConnection } from './connection-policy';
import { beginWrite, endWrite, readWriterNote, setWriterName, setWriteWaitListener, writerNotePath, type WriteWaitEvent } from './write-lock';

function newFile(dir: string): string {
  const file = path.join(dir, 'w.supplydesk');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)');
  db.close();
  return file;
}

/**
 * Another thread holds the write lock for `holdMs`, having put down a writer note naming `writer`
 * (as a SupplyDesk writer does); resolves once it holds it, with a promise of its release.
 */
async function holdLock(file: string, holdMs: number, writer: string | null): Promise<{ released: Promise<void> }> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const fs = require('node:fs');
    const Database = require(workerData.module);
    const db = new Database(workerData.file);
    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT INTO t (v) VALUES (1)').run();
    if (workerData.writer) fs.writeFileSync(workerData.file + '-writer', JSON.stringify({ pid: process.pid, writer: workerData.writer, since: '' }));
    parentPort.postMessage('held');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
    fs.rmSync(workerData.file + '-writer', { force: true });
    db.exec('COMMIT');
    db.close();
  `;
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(source, { eval: true, workerData: { file, holdMs, writer, module } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { released: new Promise((resolve) => worker.once('exit', () => resolve())) };
}

describe('the write lock', () => {
  const tempDir = useTempDir();
  afterEach(() => {
    setWriteWaitListener(null);
    setWriterName('app');
  });

  it('db.transaction takes the write lock before its first read; nested calls are savepoints; a throw rolls back', () => {
    const file = newFile(tempDir());
    const db = openConnection(file);
    const other = new Database(file, { timeout: 0 });
    try {
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(30_000);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.transaction(() => {
        // Only a read so far, yet no other writer can start: the lock was taken up front.
        db.prepare('SELECT count(*) FROM t').get();
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
        db.transaction(() => db.prepare('INSERT INTO t (v) VALUES (2)').run())();
        expect(() =>
          db.transaction(() => {
            db.prepare('INSERT INTO t (v) VALUES (3)').run();
            throw new Error('inner');
          })(),
        ).toThrow('inner');
      })();
      expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual([2]);
      expect(() =>
        db.transaction(() => {
          db.prepare('INSERT INTO t (v) VALUES (4)').run();
          throw new Error('outer');
        })(),
      ).toThrow('outer');
      expect(db.inTransaction).toBe(false);
      expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual([2]);
      // The variants are there; .deferred stays deferred (a read-only snapshot takes no lock).
      const tx = db.transaction(() => other.exec('BEGIN IMMEDIATE; ROLLBACK'));
      expect(() => tx.deferred()).not.toThrow();
      expect(typeof tx.immediate).toBe('function');
    } finally {
      other.close();
      db.close();
    }
  });

  it('puts down a note naming the writer while it holds the lock, and removes it before committing', () => {
    const file = newFile(tempDir());
    const db = openConnection(file);
    setWriterName('import');
    db.transaction(() => {
      expect(readWriterNote(file)).toMatchObject({ pid: process.pid, writer: 'import' });
    })();
    expect(fs.existsSync(writerNotePath(file)!)).toBe(false);
    beginWrite(db);
    expect(readWriterNote(file)?.writer).toBe('import');
    endWrite(db, 'ROLLBACK');
    expect(readWriterNote(file)).toBeNull();
    db.close();
  });

  it('ignores a note left by a process that is gone', () => {
    const file = newFile(tempDir());
    fs.writeFileSync(writerNotePath(file)!, JSON.stringify({ pid: 2 ** 22 + 12345, writer: 'import', since: '' }));
    expect(readWriterNote(file)).toBeNull();
  });

  it('waits for the writer holding the lock, says whom it waits for, and writes once it is done', async () => {
    const file = newFile(tempDir());
    const holder = await holdLock(file, 1500, 'import');
    const db = openConnection(file);
    const events: WriteWaitEvent[] = [];
    setWriteWaitListener((event) => events.push(event));
    try {
      db.transaction(() => db.prepare('INSERT INTO t (v) VALUES (9)').run())();
      expect(events[0]).toMatchObject({ state: 'waiting', holder: { writer: 'import' } });
      expect(events.at(-1)).toMatchObject({ state: 'acquired' });
      expect(db.prepare('SELECT v FROM t ORDER BY id').pluck().all()).toEqual([1, 9]);
    } finally {
      db.close();
      await holder.released;
    }
  });

  it('times out with workspace_busy naming the holder, never a raw "database is locked"', async () => {
    const file = newFile(tempDir());
    const holder = await holdLock(file, 2500, 'refresh');
    const db = openConnection(file);
    try {
      let caught: unknown;
      try {
        beginWrite(db, { quietMs: 100, unknownHolderMs: 300, maxMs: 600 });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('workspace_busy');
      expect((caught as AppError).message).toMatch(/SupplyDesk refresh \(pid \d+\)/);
      expect(db.inTransaction).toBe(false);
    } finally {
      db.close();
      await holder.released;
    }
  });

  it('waits only the shorter limit for a holder it cannot name', async () => {
    const file = newFile(tempDir());
    const holder = await holdLock(file, 2500, null);
    const db = openConnection(file);
    try {
      const started = Date.now();
      expect(() => beginWrite(db, { quietMs: 100, unknownHolderMs: 400, maxMs: 60_000 })).toThrow(/another program using the workspace/);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      db.close();
      await holder.released;
    }
  });
});
