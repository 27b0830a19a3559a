import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';

/**
 * Taking a workspace's write lock, one writer at a time, across threads and processes.
 *
 * Every write transaction begins with BEGIN IMMEDIATE (see connection-policy.ts): it takes the
 * write lock before it reads anything, so two writers never deadlock on a read → write upgrade
 * (an SQLITE_BUSY that no busy timeout can wait out). When another writer holds the lock, the
 * writer waits its turn: first quietly for a second, then — once it has told its listener (the
 * CLI prints a line, a job shows a progress step) who it is waiting for — for as long as that
 * writer is a live SupplyDesk process, up to a cap. Only a real timeout fails, with
 * `workspace_busy` and the holder's name: never a raw "database is locked".
 *
 * Who holds the lock is known from the writer note, a small JSON file beside the workspace
 * (`<file>-writer`) that a writer puts down once it holds the lock and removes before it
 * commits or rolls back (still holding the lock, so it never removes another writer's note).
 * A note left by a killed process names a dead pid and is ignored.
 */

export interface WriterNote {
  pid: number;
  /** What is writing: a CLI command, a job kind, or an app action. */
  writer: string;
  since: string;
}

export interface WriteWaitPolicy {
  /** Waiting this long passes without a word. */
  quietMs: number;
  /** How long to wait for a holder that is not a live SupplyDesk writer (another program, a stale note). */
  unknownHolderMs: number;
  /** How long to wait at most, even for a live SupplyDesk writer that keeps the lock. */
  maxMs: number;
}

function envMs(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The defaults; SUPPLYDESK_WRITE_QUIET_MS, SUPPLYDESK_WRITE_WAIT_S and SUPPLYDESK_WRITE_WAIT_MAX_S change them (tests, scripts). */
export function defaultWriteWaitPolicy(): WriteWaitPolicy {
  const quiet = Number(process.env.SUPPLYDESK_WRITE_QUIET_MS);
  return {
    quietMs: Number.isFinite(quiet) && quiet >= 0 ? quiet : 1000,
    unknownHolderMs: envMs('SUPPLYDESK_WRITE_WAIT_S', 60) * 1000,
    maxMs: envMs('SUPPLYDESK_WRITE_WAIT_MAX_S', 30 * 60) * 1000,
  };
}

/** The busy timeout of every connection: how long a single statement outside a transaction waits. */
export const BUSY_TIMEOUT_MS = 60_000;
/** While waiting, the holder is looked up again this often. */
const SLICE_MS = 1000;

/** What this thread writes as; module state is per thread, so a job worker names its own job. */
let writerName = 'app';

export type WriteWaitEvent =
  | { state: 'waiting'; holder: WriterNote | null }
  | { state: 'acquired'; waitedMs: number; holder: WriterNote | null };
let waitListener: ((event: WriteWaitEvent) => void) | null = null;

export function setWriterName(name: string): void {
  writerName = name;
}

export function currentWriterName(): string {
  return writerName;
}

/** Told when this thread starts waiting for another writer (after the quiet second) and when it got the lock. */
export function setWriteWaitListener(listener: ((event: WriteWaitEvent) => void) | null): void {
  waitListener = listener;
}

export function writerNotePath(databaseFile: string): string | null {
  return databaseFile === '' || databaseFile === ':memory:' ? null : `${databaseFile}-writer`;
}

/** The live writer named by the note beside the workspace, or null (no note, unreadable, or its process is gone). */
export function readWriterNote(databaseFile: string): WriterNote | null {
  const file = writerNotePath(databaseFile);
  if (!file) return null;
  let note: Partial<WriterNote>;
  try {
    note = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WriterNote>;
  } catch {
    return null;
  }
  if (typeof note.pid !== 'number' || typeof note.writer !== 'string' || !isAlive(note.pid)) return null;
  return { pid: note.pid, writer: note.writer, since: typeof note.since === 'string' ? note.since : '' };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function putNote(databaseFile: string): void {
  const file = writerNotePath(databaseFile);
  if (!file) return;
  const note: WriterNote = { pid: process.pid, writer: writerName, since: new Date().toISOString() };
  try {
    fs.writeFileSync(file, JSON.stringify(note));
  } catch {
    // Only the waiting message loses its name: a read-only folder must not stop the write.
  }
}

function removeNote(databaseFile: string): void {
  const file = writerNotePath(databaseFile);
  if (file) fs.rmSync(file, { force: true });
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

function tryBegin(db: Database.Database, waitMs: number, restoreMs: number): boolean {
  db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${restoreMs}`);
  }
}

/** "the import (pid 123)" or "another program": for messages. */
export function describeHolder(holder: WriterNote | null): string {
  return holder ? `SupplyDesk ${holder.writer} (pid ${holder.pid})` : 'another program using the workspace';
}

/**
 * BEGIN IMMEDIATE on `db`, waiting for the writer that holds the lock as long as the policy
 * allows; then the writer note is put down. Pair it with `endWrite`.
 */
export function beginWrite(db: Database.Database, policy: WriteWaitPolicy = defaultWriteWaitPolicy()): void {
  if (db.inTransaction) throw new Error('beginWrite: a transaction is already open on this connection');
  const restoreMs = db.pragma('busy_timeout', { simple: true }) as number;
  const file = db.name;
  if (!tryBegin(db, policy.quietMs, restoreMs)) waitForTurn(db, file, policy, restoreMs);
  putNote(file);
}

function waitForTurn(db: Database.Database, file: string, policy: WriteWaitPolicy, restoreMs: number): void {
  const started = Date.now() - policy.quietMs;
  let told: string | null = null;
  let holder: WriterNote | null = null;
  for (;;) {
    holder = readWriterNote(file);
    const who = holder ? `${holder.pid}:${holder.writer}` : '';
    if (who !== told) {
      told = who;
      waitListener?.({ state: 'waiting', holder });
    }
    const waited = Date.now() - started;
    const limit = holder ? policy.maxMs : policy.unknownHolderMs;
    if (waited >= limit) {
      throw new AppError(
        'workspace_busy',
        `The workspace is busy: waited ${Math.round(waited / 1000)} s for ${describeHolder(holder)} to finish writing. Try again once it is done.`,
        { path: file, holder: holder?.writer ?? null, pid: holder?.pid ?? null, waitedSeconds: Math.round(waited / 1000) },
      );
    }
    if (tryBegin(db, Math.min(SLICE_MS, limit - waited), restoreMs)) {
      waitListener?.({ state: 'acquired', waitedMs: Date.now() - started, holder });
      return;
    }
  }
}

/** COMMIT or ROLLBACK what `beginWrite` began, removing the writer note first (the lock still held). */
export function endWrite(db: Database.Database, how: 'COMMIT' | 'ROLLBACK'): void {
  removeNote(db.name);
  if (!db.inTransaction) return;
  if (how === 'COMMIT') {
    try {
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } else {
    db.exec('ROLLBACK');
  }
}
