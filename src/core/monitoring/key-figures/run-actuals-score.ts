import type Database from 'better-sqlite3';
import { aggregateAccuracy, type AccuracyFigures, type SeriesAccuracy } from '../../forecasting/accuracy';
import { figures, readActuals } from '../../forecasting/actuals-accuracy';
import { bucketGrid } from '../../forecasting/bucket-grid';
import type { RunInfo } from '../../forecasting/runs';
import { STORED_KEYS } from '../../forecasting/types';
import { pooledSeriesRecord } from '../../forecasting/run-backtest-score';
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
 * The pooled model figures of the accuracy report against actuals (actuals-accuracy.ts, grouped
 * 'all'), computed from the run's stored values and scales alone. The report also applies
 * overrides and campaigns, splits by event and scores the seasonal naive forecast; the figure uses
 * none of that (it scores the stored forecast), so reading only these columns gives the same
 * numbers in a fraction of the time. Null while none of its buckets has ended.
 */
export function pooledActualsFigures(db: Database.Database, run: RunInfo): AccuracyFigures | null {
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  const scored = scoredBuckets(run, lastSale);
  if (!scored) return null;
  const actuals = readActuals(db, run, scored.from, scored.to);
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
  let next = values.next();
  for (const [productId, locationId, scaleMae, scaleMse] of series) {
    const actual: number[] = [];
    const mean: number[] = [];
    const quantiles: number[][] = STORED_KEYS.map(() => []);
    const byDate = actuals.get(`${productId}:${locationId}`);
    // Both are in (product, location) order: take this series' values off the front.
    while (!next.done && (next.value[0] < productId || (next.value[0] === productId && next.value[1] < locationId))) next = values.next();
    while (!next.done && next.value[0] === productId && next.value[1] === locationId) {
      const row = next.value;
      // No sales rows in the window means no demand while in stock: zero, as in the report.
      actual.push(byDate?.get(row[2]) ?? 0);
      mean.push(row[3]);
      for (let q = 0; q < STORED_KEYS.length; q++) quantiles[q]!.push(row[4 + q] as number);
      next = values.next();
    }
    records.push(
      pooledSeriesRecord(
        productId,
        locationId,
        actual.filter((a) => Number.isFinite(a)).length,
        actual.reduce((sum, a) => (Number.isFinite(a) ? sum + Math.abs(a) : sum), 0),
        figures(actual, mean, quantiles, { scaleMae, scaleMse }),
      ),
    );
  }
  if (!next.done) values.return?.();
  return aggregateAccuracy(records, 'all')[0]?.model ?? null;
}
