import type Database from 'better-sqlite3';
import { isoFromDay } from '../ground/calendar';
import { loadLineFacts, type LineFacts } from './line-facts';
import { openPoTotals, type OpenPoTotal } from './open-po-totals';
import { resolvePeriod } from './period';

/**
 * Every PO line of the workspace with its receipts folded in, as of the workspace's as-of date,
 * plus what is still open per supplier. Loading is most of a scorecard's cost (crossing from SQLite
 * to JavaScript), so the read worker builds this once per data change and the serving thread
 * computes any period, tolerance or weighting from it. Plain typed arrays: cheap to post between threads.
 */
export interface LineFactsSnapshot {
  asOf: string;
  facts: LineFacts;
  openPos: OpenPoTotal[];
}

export function lineFactsSnapshot(db: Database.Database): LineFactsSnapshot {
  const asOf = isoFromDay(resolvePeriod(db).asOfDay);
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
