import type Database from 'better-sqlite3';
import { aggregateAccuracy, type AccuracyFigures, type SeriesAccuracy } from '../../forecasting/accuracy';
import { figures } from '../../forecasting/actuals-accuracy';
import { bucketGrid } from '../../forecasting/bucket-grid';
import type { RunInfo } from '../../forecasting/runs';
import { STORED_KEYS } from '../../forecasting/types';
import { pooledSeriesRecord } from '../../forecasting/run-backtest-score';
import { readLaunchDays, type LaunchFacts } from '../../forecasting/products';
import { readWindowActuals, type WindowActuals } from '../../forecasting/window-actuals';
import { dayFromIso, isoFromDay } from '../../ground/calendar';

/** The scored buckets of a run: those after its history that have ended by the last sales day. */
export function scoredBuckets(run: RunInfo, lastSale: string | null): { count: number; from: string; to: string } | null {
  const grid = bucketGrid(run.frequency, dayFromIso(run.historyTo));
  const lastDay = lastSale ? dayFromIso(lastSale) : -Infinity;
  let count = 0;
  while (count < run.horizon && grid.futureEndDay(count + 1) <= lastDay) count++;
  return count === 0 ? null : { count, from: isoFromDay(grid.lastDay + 1), to: isoFromDay(grid.futureEndDay(count)) };
}

/**
 * The actuals of each scoring window, read once for the runs that share it: a refreshed run's
 * parent and the run before it often have the same history end, so the Dashboard's value and its
 * previous value score the same buckets. Launch dates are read once for all.
 */
export class WindowActualsReader {
  private readonly windows = new Map<string, WindowActuals>();
  private products: ReadonlyMap<number, LaunchFacts> | null = null;

  constructor(private readonly db: Database.Database) {}

  of(run: RunInfo, from: string, to: string): WindowActuals {
    const key = `${run.frequency}|${run.locations}|${run.historyTo}|${to}`;
    let window = this.windows.get(key);
    if (!window) {
      this.products ??= readLaunchDays(this.db);
      this.windows.set(key, (window = readWindowActuals(this.db, run, from, to, this.products)));
    }
    return window;
  }
}

/**
 * The pooled model figures of the accuracy report against actuals (actuals-accuracy.ts, grouped
 * 'all'), computed from the run's stored values and scales alone. The report also applies
 * overrides and campaigns, splits by event and scores the seasonal naive forecast; the figure uses
 * none of that (it scores the stored forecast), so reading only these columns gives the same
 * numbers in a fraction of the time. Null while none of its buckets has ended.
 */
export function pooledActualsFigures(db: Database.Database, run: RunInfo, reader = new WindowActualsReader(db)): AccuracyFigures | null {
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  const scored = scoredBuckets(run, lastSale);
  if (!scored) return null;
  const actuals = reader.of(run, scored.from, scored.to);
  const width = actuals.dates.length;
  const slotOf = new Map(actuals.dates.map((date, k) => [date, k]));
  // Series by series, each read only up to the last scored bucket (a range of the primary key):
  // filtering the whole run's values would walk every bucket of the horizon to keep the first few.
  const values = db
    .prepare(
      `SELECT fv.product_id, fv.location_id, fv.bucket_date, fv.mean, ${STORED_KEYS.map((k) => `fv.${k}`).join(', ')}
         FROM forecast_series fs
         JOIN forecast_values fv ON fv.run_id = fs.run_id AND fv.product_id = fs.product_id AND fv.location_id = fs.location_id AND fv.bucket_date <= @to
        WHERE fs.run_id = @run ORDER BY fs.product_id, fs.location_id, fv.bucket_date`,
    )
    .raw(true)
    .iterate({ run: run.id, to: scored.to }) as IterableIterator<[number, number, string, number, ...number[]]>;
  const series = db
    .prepare('SELECT product_id, location_id, scale_mae, scale_mse FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id')
    .raw(true)
    .all(run.id) as [number, number, number | null, number | null][];
  const records: SeriesAccuracy[] = [];
  const keys = actuals.keys;
  let next = values.next();
  let a = 0; // the next series of the actuals, in the same (product, location) order
  for (const [productId, locationId, scaleMae, scaleMse] of series) {
    while (a < keys.length && ((keys[a] as number) < productId || (keys[a] === productId && (keys[a + 1] as number) < locationId))) a += 2;
    // No sales rows in the window means no demand while in stock: zero, as in the report.
    const row = a < keys.length && keys[a] === productId && keys[a + 1] === locationId ? (a / 2) * width : -1;
    const actual: number[] = [];
    const mean: number[] = [];
    const quantiles: number[][] = STORED_KEYS.map(() => []);
    // Both are in (product, location) order: take this series' values off the front.
    while (!next.done && (next.value[0] < productId || (next.value[0] === productId && next.value[1] < locationId))) next = values.next();
    while (!next.done && next.value[0] === productId && next.value[1] === locationId) {
      const value = next.value;
      const slot = slotOf.get(value[2]);
      actual.push(row >= 0 && slot !== undefined ? (actuals.values[row + slot] as number) : 0);
      mean.push(value[3]);
      for (let q = 0; q < STORED_KEYS.length; q++) quantiles[q]!.push(value[4 + q] as number);
      next = values.next();
    }
    records.push(
      pooledSeriesRecord(
        productId,
        locationId,
        actual.filter((x) => Number.isFinite(x)).length,
        actual.reduce((sum, x) => (Number.isFinite(x) ? sum + Math.abs(x) : sum), 0),
        figures(actual, mean, quantiles, { scaleMae, scaleMse }),
      ),
    );
  }
  if (!next.done) values.return?.();
  return aggregateAccuracy(records, 'all')[0]?.model ?? null;
}
