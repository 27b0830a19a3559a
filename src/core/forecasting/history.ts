/**
 * Daily sales → cleaned, bucketed history per SKU-location (or per SKU over all locations):
 * stock-outs censored, spikes capped, promotion share kept. Each series starts at its first
 * row (sale or stock-out), or at its launch date when that falls inside the history.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { dayFromIso } from '../ground/calendar';
import { fillSalesRevenue, salesRevenuePending } from '../db/sales-series/revenue-store';
import { rebuildSalesTotals, salesTotalsComplete } from '../db/sales-totals/store';
import { ensureSalesSeries, salesSeriesComplete } from '../db/sales-series/store';
import { bucketGrid, type BucketGrid } from './bucket-grid';
import { DailyScratch, toBuckets, type BucketedSeries } from './daily-buckets';
import { capOutliers } from './outliers';
import type { LaunchFacts, ProductInfo } from './products';
import { PROMO_FLAG, readDailySales, STOCKOUT_FLAG, type DailyRecords } from './read-sales';
import { ALL_LOCATIONS, type Frequency, type LocationMode } from './types';

export interface SeriesHistory extends BucketedSeries {
  productId: number;
  locationId: number;
  startDay: number;
  cappedBuckets: number;
  /** Every unit count is whole: keeps the engine's count (negative binomial) quantiles. */
  integral: boolean;
  totalUnits: number;
  promoUnits: number;
  /**
   * With `previousLastDay`: the same series bucketed as a run ending that day saw it; null when
   * it had not started then or has sold (or run out) since, which already changes it.
   */
  previousValues?: Float64Array | null;
}

const NO_BUCKETS = new Float64Array(0);

/**
 * A series as a later pass over kept series reads it: the availability (read by nothing once the
 * buckets are made) and the previous grid's values (read once, to tell what changed) let go, so a
 * pass that keeps thousands of series holds half the arrays.
 */
export function keptForLaterPass(s: SeriesHistory): SeriesHistory {
  const { previousValues: _previous, ...rest } = s;
  return { ...rest, availability: NO_BUCKETS };
}

/** A run's bucketed history; `S` narrows its series to what a reader takes (the global model's view, say). */
export interface History<S = SeriesHistory> {
  grid: BucketGrid;
  fromDay: number;
  toDay: number;
  series: S[];
}

export interface HistoryOptions {
  frequency: Frequency;
  locations: LocationMode;
  asOf?: string;
  /**
   * Read only from this day on (to score a run against what happened after it). Every series
   * then starts here, or at its launch when that is later.
   */
  from?: string;
  /** Also bucket every series on the grid of an earlier last day (an incremental run compares the two). */
  previousLastDay?: number;
}

const CHECK_EVERY = 256;

export function readHistory(
  db: Database.Database,
  products: ReadonlyMap<number, ProductInfo>,
  options: HistoryOptions,
  ctx?: TaskContext,
): History {
  if (ctx && !db.readonly) buildSeriesStore(db, products.size, ctx);
  const stream = streamHistory(db, products, options, ctx);
  return { grid: stream.grid, fromDay: stream.fromDay, toDay: stream.toDay, series: [...stream.series] };
}

/** A history whose series come one at a time, in (product, location) order: a run holds a slice, not the workspace. */
export interface HistoryStream extends Omit<History, 'series'> {
  series: Generator<SeriesHistory>;
}

/**
 * The same series readHistory gives, read lazily. The series store is not built here (a read
 * connection cannot): call ensureHistoryStore on a writable connection first. While the
 * generator runs its statement keeps the connection busy, so a run streams on a connection of its own.
 */
export function streamHistory(
  db: Database.Database,
  products: ReadonlyMap<number, LaunchFacts>,
  options: HistoryOptions,
  ctx?: TaskContext,
): HistoryStream {
  const range = salesRange(db, options.asOf);
  const from = options.from ?? range.from;
  const to = range.to;
  const fromDay = dayFromIso(from);
  if (Number.isNaN(fromDay) || fromDay > dayFromIso(to)) {
    throw new AppError('invalid_input', 'from must be a date written YYYY-MM-DD, before asOf', { field: 'from', value: from });
  }
  const toDay = dayFromIso(to);
  const grid = bucketGrid(options.frequency, toDay);
  return { grid, fromDay, toDay, series: historySeries(db, products, options, { from, to, fromDay, toDay, grid }, ctx) };
}

function* historySeries(
  db: Database.Database,
  products: ReadonlyMap<number, LaunchFacts>,
  options: HistoryOptions,
  span: { from: string; to: string; fromDay: number; toDay: number; grid: BucketGrid },
  ctx?: TaskContext,
): Generator<SeriesHistory> {
  const { from, to, fromDay, toDay, grid } = span;
  const ready: SeriesHistory[] = [];
  const location = new DailyScratch(fromDay, toDay);
  const total = options.locations === 'total' ? new TotalAccumulator(fromDay, toDay) : null;
  const previousGrid = options.previousLastDay !== undefined ? bucketGrid(options.frequency, options.previousLastDay) : null;
  const previous = (scratch: DailyScratch, start: number, integral: boolean): Float64Array | null => {
    if (!previousGrid || start > previousGrid.lastDay || activeAfter(scratch, previousGrid.lastDay)) return null;
    const bucketed = toBuckets(scratch, start, previousGrid, integral);
    capOutliers(bucketed.values, bucketed.promoShare, options.frequency);
    return bucketed.values;
  };
  const finish = (productId: number, locationId: number, scratch: DailyScratch, start: number, integral: boolean) => {
    const previousValues = previousGrid ? previous(scratch, start, integral) : undefined;
    const bucketed = toBuckets(scratch, start, grid, integral);
    const cappedBuckets = capOutliers(bucketed.values, bucketed.promoShare, options.frequency);
    let totalUnits = 0;
    let promoUnits = 0;
    for (let d = start - fromDay; d < scratch.units.length; d++) {
      totalUnits += scratch.units[d] as number;
      promoUnits += scratch.promoUnits[d] as number;
    }
    ready.push({
      ...bucketed, productId, locationId, startDay: start, cappedBuckets, integral, totalUnits, promoUnits,
      ...(previousValues !== undefined ? { previousValues } : {}),
    });
  };

  let seen = 0;
  let lastProduct = -1;
  for (const records of readDailySales(db, { from, to })) {
    if (records.productId !== lastProduct) {
      if (total && lastProduct >= 0) total.flush(lastProduct, finish);
      lastProduct = records.productId;
      if (++seen % CHECK_EVERY === 0) {
        ctx?.throwIfCancelled();
        ctx?.progress('forecast.history', seen, products.size);
      }
    }
    const start = seriesStart(records.firstDay, products.get(records.productId)?.launchDay ?? null, fromDay, options.from !== undefined);
    const integral = fillScratch(location, records, start);
    if (total) total.add(location, start, integral);
    else finish(records.productId, records.locationId, location, start, integral);
    if (ready.length > 0) {
      yield* ready;
      ready.length = 0;
    }
  }
  if (total && lastProduct >= 0) total.flush(lastProduct, finish);
  yield* ready;
  ctx?.progress('forecast.history', products.size, products.size);
}

/** Builds the series store when it is not complete (a writable connection; see buildSeriesStore). */
export function ensureHistoryStore(db: Database.Database, products: ReadonlyMap<number, ProductInfo>, ctx: TaskContext): void {
  buildSeriesStore(db, products.size, ctx);
}

/**
 * A job (it has a task context and may write) builds the series store first when it is not
 * complete — once per workspace, as part of its history step — so later reads are fast; a
 * store built before migration 019 gets its revenue the same way (a run's prices read it).
 */
function buildSeriesStore(db: Database.Database, productCount: number, ctx: TaskContext): void {
  const onProgress = (done: number) => {
    ctx.throwIfCancelled();
    ctx.progress('forecast.history', Math.min(done, productCount), productCount);
  };
  if (!salesSeriesComplete(db)) {
    ctx.progress('forecast.history', 0, productCount);
    ensureSalesSeries(db, onProgress);
  }
  if (salesRevenuePending(db)) {
    ctx.progress('forecast.history', 0, productCount);
    fillSalesRevenue(db, onProgress);
  }
  if (!salesTotalsComplete(db)) {
    // Weekly totals of a workspace upgraded with sales (migration 024), or of a large demo.
    ctx.progress('forecast.history', 0, productCount);
    db.transaction(() => rebuildSalesTotals(db))();
  }
}

/** First and last day of the history: up to `asOf` when given, else up to the last sales row. */
export function salesRange(db: Database.Database, asOf?: string): { from: string; to: string } {
  if (asOf !== undefined && Number.isNaN(dayFromIso(asOf))) {
    throw new AppError('invalid_input', 'asOf must be a date written YYYY-MM-DD', { field: 'asOf', value: asOf });
  }
  const row = db
    // Two scalar subqueries: each is one index probe, where min and max together scan the index.
    .prepare('SELECT (SELECT min(date) FROM sales_daily) AS first, (SELECT max(date) FROM sales_daily WHERE date <= ?) AS last')
    .get(asOf ?? '9999-12-31') as { first: string | null; last: string | null };
  if (row.first === null || row.last === null) {
    throw new AppError('invalid_input', 'The workspace has no sales history to forecast from', { asOf: asOf ?? null });
  }
  return { from: row.first, to: asOf ?? row.last };
}

/** Sold or ran out after `day`: its history changed, no need to bucket the old grid to tell. */
function activeAfter(scratch: DailyScratch, day: number): boolean {
  for (let d = Math.max(0, day + 1 - scratch.firstDay); d < scratch.units.length; d++) {
    if (scratch.units[d] !== 0 || scratch.available[d] !== 1) return true;
  }
  return false;
}

function seriesStart(firstRow: number, launchDay: number | null, fromDay: number, window: boolean): number {
  const launch = launchDay !== null && launchDay >= fromDay ? launchDay : null;
  if (window) return launch !== null ? Math.min(launch, firstRow) : fromDay;
  return launch !== null && launch < firstRow ? launch : firstRow;
}

function fillScratch(scratch: DailyScratch, records: DailyRecords, start: number): boolean {
  scratch.reset(start);
  let integral = true;
  for (let k = 0; k < records.length; k++) {
    const d = (records.days[k] as number) - scratch.firstDay;
    const units = records.units[k] as number;
    const flags = records.flags[k] as number;
    scratch.units[d]! += units;
    if (flags & PROMO_FLAG) scratch.promoUnits[d]! += units;
    if (flags & STOCKOUT_FLAG) scratch.available[d] = 0;
    if (!Number.isInteger(units)) integral = false;
  }
  return integral;
}

/**
 * Sums a SKU's locations. A day's availability is the in-stock share of its demand: each
 * location weighs by its sales rate, so a stock-out at the small warehouse censors little.
 * A location that has not started selling yet is not out of stock: it just had no demand.
 */
class TotalAccumulator {
  private readonly sum: DailyScratch;
  private readonly weightedAvailable: Float64Array;
  private weight = 0;
  private start = Infinity;
  private integral = true;

  constructor(fromDay: number, toDay: number) {
    this.sum = new DailyScratch(fromDay, toDay);
    this.weightedAvailable = new Float64Array(toDay - fromDay + 1);
    this.clear();
  }

  add(location: DailyScratch, start: number, integral: boolean): void {
    const from = start - location.firstDay;
    let units = 0;
    let inStock = 0;
    for (let d = from; d < location.units.length; d++) {
      units += location.units[d] as number;
      inStock += location.available[d] as number;
    }
    const rate = Math.max(units / Math.max(inStock, 1), 1e-9);
    for (let d = 0; d < location.units.length; d++) {
      this.weightedAvailable[d]! += rate * (d < from ? 1 : (location.available[d] as number));
      if (d >= from) {
        this.sum.units[d]! += location.units[d] as number;
        this.sum.promoUnits[d]! += location.promoUnits[d] as number;
      }
    }
    this.weight += rate;
    this.start = Math.min(this.start, start);
    this.integral &&= integral;
  }

  flush(productId: number, finish: (p: number, l: number, s: DailyScratch, start: number, integral: boolean) => void): void {
    for (let d = 0; d < this.weightedAvailable.length; d++) {
      this.sum.available[d] = (this.weightedAvailable[d] as number) / this.weight;
    }
    finish(productId, ALL_LOCATIONS, this.sum, this.start, this.integral);
    this.clear();
  }

  private clear(): void {
    this.sum.units.fill(0);
    this.sum.promoUnits.fill(0);
    this.weightedAvailable.fill(0);
    this.weight = 0;
    this.start = Infinity;
    this.integral = true;
  }
}
