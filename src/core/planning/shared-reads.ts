/**
 * Reads shared by one pass that plans and then checks alerts on the same connection (the `plan`
 * command, the refresh): inventory positions and a run's forecasts are read once and handed to every
 * step that asks for the same thing (the plan, the alerts' inputs, the logistics the transfer and
 * expedite detectors plan). At 50,000 SKUs each of those reads costs seconds.
 *
 * Only for work that writes nothing these reads depend on while the scope is open: saving a plan or
 * alerts is fine; importing stock, sales, orders or overrides inside a scope is not. Outside a
 * scope every read is fresh. Callers treat what they are handed as read-only.
 */

import type Database from 'better-sqlite3';

interface Scope {
  db: Database.Database;
  values: Map<string, unknown>;
  /** Reads made elsewhere, each taken once by the step that asks (offerRead, takeOffered). */
  offers: Map<string, () => unknown>;
}

let open: Scope | null = null;

/** Runs synchronous `work` with reads on `db` shared by key; a nested call joins the open scope. */
export function withSharedReads<T>(db: Database.Database, work: () => T): T {
  if (open?.db === db) return work();
  const outer = open;
  open = { db, values: new Map(), offers: new Map() };
  try {
    return work();
  } finally {
    open = outer;
  }
}

/** The value read under `key` in the open scope on `db`, reading it the first time; no scope, a fresh read. */
export function sharedRead<T>(db: Database.Database, key: string, read: () => T): T {
  if (open?.db !== db) return read();
  if (open.values.has(key)) return open.values.get(key) as T;
  const value = read();
  open.values.set(key, value);
  return value;
}

/**
 * Offers the open scope on `db` a read of `key` made elsewhere (say, on a worker beside it), for the
 * one step that asks for it (takeOffered); no scope open, nothing is offered.
 */
export function offerRead<T>(db: Database.Database, key: string, take: () => T | null): void {
  if (open?.db === db) open.offers.set(key, take);
}

/**
 * What was offered under `key` in the open scope on `db`, taken once (not kept: the step that asks
 * uses it and lets it go), or null when nothing was.
 */
export function takeOffered<T>(db: Database.Database, key: string): T | null {
  if (open?.db !== db) return null;
  const take = open.offers.get(key);
  open.offers.delete(key);
  return take ? (take() as T | null) : null;
}

/** Whether a scope is open on `db`: a writer checks before preparing what it would hand the scope (keepRead). */
export function sharesReads(db: Database.Database): boolean {
  return open?.db === db;
}

/**
 * Keeps `value` under `key` in the open scope on `db` as if it had been read there: what a step has
 * just written, handed to the steps after it instead of their reading it back. No scope, nothing kept.
 */
export function keepRead<T>(db: Database.Database, key: string, value: T): void {
  if (open?.db === db) open.values.set(key, value);
}

/** What the open scope on `db` has already read under `key`, or undefined: for a reader with a cheaper path of its own. */
export function alreadyRead<T>(db: Database.Database, key: string): T | undefined {
  return open?.db === db ? (open.values.get(key) as T | undefined) : undefined;
}
