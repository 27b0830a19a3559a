import type Database from 'better-sqlite3';
import { seriesKey } from '../../planning/load-forecasts';
import { readCache, writeCache } from './cache';
import { readLastYearAhead, YEAR_WEEKS } from './season-ahead';
import type { SeriesFacts } from './types';

const NAME = 'lastYearAhead';

/** What alert_cache keeps: the series read, the weeks of those with history packed (base64 of float64, NaN kept), those without. */
interface Stored {
  keys: string[];
  weeks: string;
  without: string[];
}

/**
 * Last year's season ahead (season-ahead.ts) for the series given, from alert_cache for those an
 * earlier check read under the same fingerprint (the day, the sales and the locations: each series'
 * season is its own sales' alone), reading only the others — a forecast run moves which series are
 * candidates, not their seasons. Kept packed: 52 numbers a series, tens of thousands of series.
 */
export function keptLastYearAhead(db: Database.Database, todayDay: number, series: readonly Pick<SeriesFacts, 'productId' | 'locationId'>[], fingerprint: string): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  const without = new Set<string>();
  const kept = readCache(db, NAME, fingerprint);
  if (kept !== undefined) {
    const stored = JSON.parse(kept) as Stored;
    const bytes = Buffer.from(stored.weeks, 'base64');
    // Each series a view of one array (copied only off a Float64Array's alignment): tens of
    // thousands of 52-number arrays each with a buffer of its own cost more than the numbers.
    const count = bytes.byteLength / Float64Array.BYTES_PER_ELEMENT;
    const weeks = bytes.byteOffset % Float64Array.BYTES_PER_ELEMENT === 0 ? new Float64Array(bytes.buffer, bytes.byteOffset, count) : new Float64Array(count);
    if (weeks.buffer !== bytes.buffer) new Uint8Array(weeks.buffer).set(bytes);
    stored.keys.forEach((key, i) => out.set(key, weeks.subarray(i * YEAR_WEEKS, (i + 1) * YEAR_WEEKS)));
    for (const key of stored.without) without.add(key);
  }
  const missing = series.filter((s) => {
    const key = seriesKey(s.productId, s.locationId);
    return !out.has(key) && !without.has(key);
  });
  if (missing.length === 0) return out;
  const read = readLastYearAhead(db, todayDay, missing);
  for (const s of missing) {
    const key = seriesKey(s.productId, s.locationId);
    const weeks = read.get(key);
    if (weeks) out.set(key, weeks);
    else without.add(key);
  }
  const packed = new Float64Array(out.size * YEAR_WEEKS);
  let i = 0;
  for (const weeks of out.values()) packed.set(weeks, YEAR_WEEKS * i++);
  const stored: Stored = { keys: [...out.keys()], weeks: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('base64'), without: [...without] };
  writeCache(db, NAME, fingerprint, JSON.stringify(stored));
  return out;
}
