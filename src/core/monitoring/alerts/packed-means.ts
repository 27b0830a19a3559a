import type Database from 'better-sqlite3';
import { packedKeys, packedValues } from '../../forecasting/packed-forecasts';
import { seriesKey } from '../../planning/load-forecasts';

/** One series' means as the alerts' demand takes them (demand.ts's SeriesDemand). */
export interface PackedSeriesMeans {
  productId: number;
  locationId: number;
  mean: Float64Array;
  bucketDates: readonly string[];
  bucketDays: number;
  source: 'forecast';
}

/**
 * A run's means from its packed chunks (forecasting/packed-forecasts.ts: the numbers of its
 * forecast_values rows, byte for byte), each series a view of its chunk's one array: at 100,000
 * series this skips SQLite gathering 2.6 M rows into JSON and 100,000 arrays of parsed numbers.
 * Null, having kept nothing, when the run has no packed copy covering its series or a chunk's
 * dates do not match its buckets: the rows are read then (demand.ts).
 */
export function packedRunMeans(db: Database.Database, runId: number, bucketDays: number): Map<string, PackedSeriesMeans> | null {
  const seriesCount = db.prepare('SELECT count(*) FROM forecast_series WHERE run_id = ?').pluck().get(runId) as number;
  const chunks = packedKeys(db, runId, seriesCount);
  if (!chunks) return null;
  const datesOf = new Map<string, string[]>();
  const read: PackedSeriesMeans[] = [];
  let c = 0;
  for (const values of packedValues(db, runId)) {
    const chunk = chunks[c++]!;
    let bucketDates = datesOf.get(chunk.bucketDates);
    if (bucketDates === undefined) datesOf.set(chunk.bucketDates, (bucketDates = chunk.bucketDates === '' ? [] : chunk.bucketDates.split(',')));
    if (bucketDates.length !== values.buckets) return null;
    // A copy: the Buffer's bytes need not sit on a Float64Array's alignment.
    const means = new Float64Array(values.mean.byteLength / Float64Array.BYTES_PER_ELEMENT);
    new Uint8Array(means.buffer).set(values.mean);
    for (let i = 0; i < chunk.productIds.length; i++) {
      const productId = chunk.productIds[i]!;
      const locationId = chunk.locationIds[i]!;
      const mean = means.subarray(i * values.buckets, (i + 1) * values.buckets);
      read.push({ productId, locationId, bucketDates, mean, bucketDays, source: 'forecast' });
    }
  }
  if (c !== chunks.length) return null;
  // In the order the rows give them (by product, then location): the detectors find, and a tie keeps, in that order.
  read.sort((a, b) => a.productId - b.productId || a.locationId - b.locationId);
  return new Map(read.map((s) => [seriesKey(s.productId, s.locationId), s]));
}
