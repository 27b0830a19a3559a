import type Database from 'better-sqlite3';
import { decodeSeries } from '../../db/sales-series/codec';
import { allocateRecords, type DailyRecords } from '../../db/sales-series/records';
import { salesSeriesComplete, SeriesReader, type DayRange } from '../../db/sales-series/store';
import { seriesTailColumns } from '../../db/sales-series/tail';
import { AlignedCopy } from './aligned-copy';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { WeekGrid } from './week-grid';
import { bucketKey, keepBucketErrors, readKeptBucketErrors, type BucketError } from './week-error-store';

interface WeeklyRun {
  id: number;
  historyDay: number;
  horizon: number;
  total: boolean;
}

/** Σ|forecast − sold| and Σ sold of one week, over every series of the forecast that covered it. */
export interface WeekError {
  error: number;
  actual: number;
}

/** A week of the trend and the bucket (of the newest weekly run made before it) it is scored on. */
interface ScoredWeek {
  week: number;
  run: WeeklyRun;
  /** The bucket's last day: it covers (bucketEnd − 7, bucketEnd]. */
  bucketEnd: number;
}

/**
 * For each week k (from −3), the newest weekly forecast made before it (its history ended before the
 * week began) scored on the bucket that ends in that week: its stored mean against the units sold in
 * that bucket's seven days. Raw sales, without the stock-out cleaning of the accuracy report: this is
 * only the trend's shape. Weeks no forecast covered are left out.
 *
 * Sales come from the series store (one BLOB per SKU-location, or sales_daily's primary key until it
 * is built), read once for every scored bucket; the forecasts from one pass over each run's values.
 */
export function weeklyForecastErrors(db: Database.Database, grid: WeekGrid, fromWeek: number, keep = false): Map<number, WeekError> {
  const runs = (
    db
      .prepare("SELECT id, history_to AS historyTo, horizon, locations FROM forecast_runs WHERE status = 'done' AND frequency = 'week' ORDER BY history_to DESC, id DESC")
      .all() as { id: number; historyTo: string; horizon: number; locations: string }[]
  ).map((r): WeeklyRun => ({ id: r.id, historyDay: dayFromIso(r.historyTo), horizon: r.horizon, total: r.locations === 'total' }));
  const scored: ScoredWeek[] = [];
  for (let k = fromWeek; k <= grid.lastWeek; k++) {
    const end = grid.endDay(k);
    const run = runs.find((r) => r.historyDay + 7 <= end && r.historyDay + 7 * r.horizon > end - 7);
    if (run) scored.push({ week: k, run, bucketEnd: run.historyDay + 7 * Math.ceil((end - 6 - run.historyDay) / 7) });
  }
  const out = new Map<number, WeekError>();
  if (scored.length === 0) return out;

  // The refresh keeps each bucket's sums (week-error-store.ts): a cold read then reads no sales,
  // and the refresh scores them again only when a kept one no longer holds (a week completed).
  const kept = readKeptBucketErrors(db, scored.map((s) => ({ runId: s.run.id, bucketEnd: s.bucketEnd })));
  const errors = kept ?? bucketErrors(db, scored);
  if (keep && !kept) keepBucketErrors(db, errors);
  for (const s of scored) {
    const sum = errors.get(bucketKey(s.run.id, s.bucketEnd))!;
    if (sum.series > 0) out.set(s.week, { error: sum.error, actual: sum.actual });
  }
  return out;
}

/** Each scored bucket's Σ|mean − sold|, Σ sold and series, keyed bucketKey(run, bucket end): the run's stored means against one pass over the sales. */
function bucketErrors(db: Database.Database, scored: readonly ScoredWeek[]): Map<string, BucketError> {
  const errors = new Map<string, BucketError>();
  const ends = [...new Set(scored.map((s) => s.bucketEnd))].sort((a, b) => a - b);
  const sold = bucketSales(db, ends);
  const slotOfDate = new Map(ends.map((end, slot) => [isoFromDay(end), slot]));
  for (const run of new Set(scored.map((s) => s.run))) {
    const weeks = scored.filter((s) => s.run === run);
    const dates = weeks.map((s) => isoFromDay(s.bucketEnd));
    const sums = new Map<string, BucketError>(dates.map((d) => [d, { error: 0, actual: 0, series: 0 }]));
    // A seek per series and date (the primary key's order), not a walk over every bucket of the run's horizon.
    const values = db
      .prepare(
        `SELECT fv.product_id, fv.location_id, fv.bucket_date, fv.mean FROM forecast_series fs
           JOIN forecast_values fv ON fv.run_id = fs.run_id AND fv.product_id = fs.product_id AND fv.location_id = fs.location_id
                                  AND fv.bucket_date IN (${dates.map(() => '?').join(', ')})
          WHERE fs.run_id = ?`,
      )
      .raw(true)
      .iterate(...dates, run.id) as IterableIterator<[number, number, string, number]>;
    for (const [productId, locationId, date, mean] of values) {
      const slot = slotOfDate.get(date) as number;
      const units = (run.total ? sold.byProduct.get(productId) : sold.bySeries.get(seriesKey(productId, locationId)))?.[slot] ?? 0;
      const sum = sums.get(date)!;
      sum.error += Math.abs(mean - units);
      sum.actual += units;
      sum.series++;
    }
    for (const s of weeks) errors.set(bucketKey(run.id, s.bucketEnd), sums.get(isoFromDay(s.bucketEnd))!);
  }
  return errors;
}

/** Units sold in each bucket (bucketEnd − 7, bucketEnd], per SKU-location and per SKU over all locations. */
function bucketSales(db: Database.Database, ends: readonly number[]): { bySeries: Map<number, Float64Array>; byProduct: Map<number, Float64Array> } {
  const bySeries = new Map<number, Float64Array>();
  const byProduct = new Map<number, Float64Array>();
  const range = { fromDay: (ends[0] as number) - 6, toDay: ends.at(-1) as number };
  for (const sales of seriesInRange(db, range)) {
    if (sales.length === 0) continue;
    const { productId, locationId } = sales;
    const units = new Float64Array(ends.length);
    for (let r = 0; r < sales.length; r++) {
      const day = sales.days[r] as number;
      for (let b = 0; b < ends.length; b++) {
        const end = ends[b] as number;
        if (day > end - 7 && day <= end) units[b] = (units[b] as number) + (sales.units[r] as number);
      }
    }
    bySeries.set(seriesKey(productId, locationId), units);
    let total = byProduct.get(productId);
    if (!total) byProduct.set(productId, (total = new Float64Array(ends.length)));
    for (let b = 0; b < ends.length; b++) total[b] = (total[b] as number) + (units[b] as number);
  }
  return { bySeries, byProduct };
}

/** One number per SKU-location (ids are far below 2^31 locations apart): no key string per series and value. */
function seriesKey(productId: number, locationId: number): number {
  return productId * 0x8000_0000 + locationId;
}

/**
 * Every SKU-location's rows within the range, in (product, location) order. From the store: only
 * the rows from the range's first day, cut in SQL, in one ordered statement (not one look-up per
 * SKU-location: at 100,000 series the calls cost more than the reads). Until the store is built:
 * sales_daily's primary key, one SKU-location at a time.
 */
function* seriesInRange(db: Database.Database, range: DayRange): Generator<DailyRecords> {
  if (!salesSeriesComplete(db)) {
    const reader = new SeriesReader(db);
    const pairs = db.prepare('SELECT p.id, l.id FROM products p CROSS JOIN locations l ORDER BY p.id, l.id').raw(true).all() as [number, number][];
    for (const [productId, locationId] of pairs) yield reader.read(productId, locationId, range);
    return;
  }
  const rows = db
    .prepare(
      `SELECT ss.product_id, ss.location_id, ss.first_day, ss.layout, ${seriesTailColumns('ss', '@fromDay')}
         FROM sales_series ss WHERE ss.last_day >= @fromDay ORDER BY ss.product_id, ss.location_id`,
    )
    .raw(true)
    .iterate({ fromDay: range.fromDay }) as IterableIterator<[number, number, number, number, number, Buffer]>;
  let records = allocateRecords(1024);
  const aligned = new AlignedCopy();
  for (const [productId, locationId, firstDay, layout, rowCount, data] of rows) {
    records = decodeSeries({ firstDay, rows: rowCount, layout, data: aligned.of(data) }, range.fromDay, range.toDay, records);
    records.productId = productId;
    records.locationId = locationId;
    yield records;
  }
}
