import type Database from 'better-sqlite3';
import { memoByKey } from '../db/connection-memo';
import { isoFromDay } from '../ground/calendar';
import { factsInputs, inOneSnapshot } from './lead-times-kept';
import { loadLineFacts, type LineFacts } from './line-facts';
import { openPoTotals, type OpenPoTotal } from './open-po-totals';
import { resolvePeriod } from './period';

/**
 * Every PO line of the workspace with its receipts folded in, as of the workspace's as-of date,
 * plus what is still open per supplier. Loading is most of a scorecard's cost (crossing from SQLite
 * to JavaScript), so the read worker builds this once per change of the purchases, the suppliers
 * or the as-of date and computes any period, tolerance or weighting from it. Plain typed arrays:
 * cheap to post between threads.
 */
export interface LineFactsSnapshot {
  asOf: string;
  facts: LineFacts;
  openPos: OpenPoTotal[];
}

export function lineFactsSnapshot(db: Database.Database): LineFactsSnapshot {
  return inOneSnapshot(db, () => readSnapshot(db, asOfOf(db)));
}

/**
 * Kept per connection while the purchases and suppliers versions (db/data-versions.ts) and the
 * as-of date stand: a write to anything else (an alert acknowledged, a plan, a forecast) leaves it
 * as it is, so the read worker does not read a million lines again.
 */
const keptSnapshot = memoByKey(
  (db) => `${factsInputs(db)}@${asOfOf(db)}`,
  (db) => readSnapshot(db, asOfOf(db)),
);

/** The snapshot, read in one snapshot of the workspace so its versions and rows agree. */
export function keptLineFactsSnapshot(db: Database.Database): LineFactsSnapshot {
  return inOneSnapshot(db, () => keptSnapshot(db));
}

function asOfOf(db: Database.Database): string {
  return isoFromDay(resolvePeriod(db).asOfDay);
}

function readSnapshot(db: Database.Database, asOf: string): LineFactsSnapshot {
  return { asOf, facts: compact(loadLineFacts(db, { asOf })), openPos: openPoTotals(db, asOf) };
}

/** Copies each column to its own exact-size buffer: a posted subarray would carry its whole (doubled) buffer. */
function compact(facts: LineFacts): LineFacts {
  const out = { ...facts };
  for (const key of Object.keys(facts) as (keyof LineFacts)[]) {
    if (key === 'length') continue;
    (out[key] as Int32Array | Float64Array) = (facts[key] as Int32Array | Float64Array).slice();
  }
  return out;
}
