/**
 * A run's forecasts packed for the plan (migration 023): each chunk the run writes is also kept
 * as one row — the series' keys and each bucket's mean, variance and cumulative variance as
 * Float64 BLOBs, kept from the columns the run writer fills for forecast_values (writeValueColumns),
 * so reading them gives what reading the rows gives. At 100,000 series the plan then reads a few dozen rows
 * instead of 2.6 M values crossing into JavaScript.
 */

import type Database from 'better-sqlite3';
import { STORED_KEYS, type SeriesForecast } from './types';

/** Where variance and cumulative variance sit in writeValueColumns' output (after mean and the stored quantiles). */
const VARIANCE_AT = 1 + STORED_KEYS.length;
const CUM_VARIANCE_AT = VARIANCE_AT + 1;

/** One chunk being packed: its series' keys and numbers, series-major, in the order their rows are written. */
export class PackedChunk {
  readonly productIds: Int32Array;
  readonly locationIds: Int32Array;
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  readonly cumVariance: Float64Array;

  constructor(
    readonly series: number,
    private readonly buckets: number,
  ) {
    this.productIds = new Int32Array(series);
    this.locationIds = new Int32Array(series);
    this.mean = new Float64Array(series * buckets);
    this.variance = new Float64Array(series * buckets);
    this.cumVariance = new Float64Array(series * buckets);
  }

  /** Series `i`'s keys. */
  keys(i: number, f: Pick<SeriesForecast, 'productId' | 'locationId'>): void {
    this.productIds[i] = f.productId;
    this.locationIds[i] = f.locationId;
  }

  /** Series `i`'s bucket `t` from the columns writeValueColumns wrote from `at`: the very numbers of its forecast_values row. */
  keep(i: number, t: number, columns: readonly unknown[], at: number): void {
    const cell = i * this.buckets + t;
    this.mean[cell] = columns[at] as number;
    this.variance[cell] = columns[at + VARIANCE_AT] as number;
    this.cumVariance[cell] = columns[at + CUM_VARIANCE_AT] as number;
  }
}

/** Writes a run's packed chunks inside the run's transaction, one per chunk of series. */
export class PackedForecastWriter {
  private readonly insert: Database.Statement;
  private readonly dates: string;
  private chunk = 0;

  constructor(
    db: Database.Database,
    private readonly runId: number,
    private readonly bucketDates: readonly string[],
  ) {
    this.insert = db.prepare(
      `INSERT INTO forecast_packed (run_id, chunk, series, bucket_dates, product_id, location_id, mean, variance, cum_variance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.dates = bucketDates.join(',');
  }

  /** A chunk of `series` series to fill while their rows are written. */
  start(series: number): PackedChunk {
    return new PackedChunk(series, this.bucketDates.length);
  }

  store(chunk: PackedChunk): void {
    if (chunk.series === 0) return;
    this.insert.run(
      this.runId, this.chunk++, chunk.series, this.dates,
      bytesOf(chunk.productIds), bytesOf(chunk.locationIds), bytesOf(chunk.mean), bytesOf(chunk.variance), bytesOf(chunk.cumVariance),
    );
  }
}

/** A packed chunk's series: their keys and bucket dates. */
export interface PackedKeys {
  /** Comma-separated last day of each bucket, as group_concat gives them. */
  bucketDates: string;
  productIds: Int32Array;
  locationIds: Int32Array;
}

/** A packed chunk's numbers, series-major (series i's bucket t at i × buckets + t), as stored: native-endian Float64 bytes. */
export interface PackedValues {
  buckets: number;
  mean: Buffer;
  variance: Buffer;
  cumVariance: Buffer;
}

/**
 * The keys of the run's packed chunks in chunk order, or null when it has none or they do not
 * cover exactly the run's `seriesCount` series (a run written before migration 023, or by the
 * refresh's incremental writer). The numbers are read after, a chunk at a time (packedValues).
 */
export function packedKeys(db: Database.Database, runId: number, seriesCount: number): PackedKeys[] | null {
  const rows = db
    .prepare('SELECT series, bucket_dates, product_id, location_id FROM forecast_packed WHERE run_id = ? ORDER BY chunk')
    .raw(true)
    .all(runId) as [number, string, Buffer, Buffer][];
  let covered = 0;
  for (const row of rows) covered += row[0];
  if (rows.length === 0 || covered !== seriesCount) return null;
  return rows.map(([, bucketDates, productIds, locationIds]) => ({ bucketDates, productIds: copyOf(productIds, Int32Array), locationIds: copyOf(locationIds, Int32Array) }));
}

/** The numbers of the run's packed chunks, in the order of packedKeys. */
export function* packedValues(db: Database.Database, runId: number): Generator<PackedValues> {
  const rows = db
    .prepare('SELECT series, mean, variance, cum_variance FROM forecast_packed WHERE run_id = ? ORDER BY chunk')
    .raw(true)
    .iterate(runId) as IterableIterator<[number, Buffer, Buffer, Buffer]>;
  for (const [series, mean, variance, cumVariance] of rows) {
    yield { buckets: mean.byteLength / Float64Array.BYTES_PER_ELEMENT / series, mean, variance, cumVariance };
  }
}

function bytesOf(column: Int32Array | Float64Array): Buffer {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength);
}

/** A copy: a Buffer's bytes need not sit on the typed array's alignment. */
function copyOf<T extends Int32Array>(bytes: Buffer, Type: { new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const column = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT);
  new Uint8Array(column.buffer).set(bytes);
  return column;
}
