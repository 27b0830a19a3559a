/**
 * Scores a stored run against what sold after it: the same figures as the backtest report,
 * computed on the buckets that have since completed, with the seasonal naive forecast stored
 * with the run beside them. Also answers whether the planners' overrides helped: the error of
 * the overridden forecast against the original on exactly the buckets they changed.
 */

import type Database from 'better-sqlite3';
import { bias, coverage, pinball, wape } from '../forecast/metrics';
import { normalQuantile } from '../forecast/distributions';
import { SEASON_LENGTH, STORED_KEYS, STORED_LEVELS } from './types';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { aggregateAccuracy, seriesIdentity, type AccuracyFigures, type AccuracyGroup, type AccuracyRow, type SeriesAccuracy } from './accuracy';
import { bucketGrid, type BucketGrid } from './bucket-grid';
import { readEventCalendar } from './event-calendar';
import { readEventSpans } from './event-spans';
import { effectiveForecast, type EffectiveRow } from './effective-forecast';
import { overrideValueAdded, type OverrideValueAdded } from './override-value';
import { getRun, runSeries, type RunInfo, type SeriesRow } from './runs';
import { readWindowActuals } from './window-actuals';

/** The error of the buckets that overlap one event (or, with key `NO_EVENT`, that overlap none). */
export interface EventAccuracyRow extends AccuracyRow {
  nameEn: string;
  nameZh: string;
}

/** The key of the buckets outside every event. */
export const NO_EVENT = '(none)';

export interface ActualsReport {
  runId: number;
  /** Buckets scored: those after the run's history that have since ended. */
  buckets: number;
  from: string | null;
  to: string | null;
  rows: AccuracyRow[];
  overrides: OverrideValueAdded;
  /**
   * The same figures on the buckets overlapping each event of the workspace's calendar, one row per
   * event that has scored points, then the buckets outside every event (key NO_EVENT): is the
   * forecast worse in event weeks?
   */
  events: EventAccuracyRow[];
}

/** A run scored series by series against what sold after it, before grouping. */
export interface ActualsScores extends Omit<ActualsReport, 'rows'> {
  records: SeriesAccuracy[];
}

export function actualsAccuracy(db: Database.Database, runId: number, groupBy: AccuracyGroup = 'all'): ActualsReport {
  return groupActuals(scoreAgainstActuals(db, runId), groupBy);
}

/** The report for one grouping; group the same scores many ways without reading the sales again. */
export function groupActuals(scores: ActualsScores, groupBy: AccuracyGroup): ActualsReport {
  const { records, ...report } = scores;
  return { ...report, rows: aggregateAccuracy(records, groupBy) };
}

export function scoreAgainstActuals(db: Database.Database, runId: number): ActualsScores {
  const run = getRun(db, runId);
  const grid = bucketGrid(run.frequency, dayFromIso(run.historyTo));
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  const lastDay = lastSale ? dayFromIso(lastSale) : -Infinity;
  let buckets = 0;
  while (buckets < run.horizon && grid.futureEndDay(buckets + 1) <= lastDay) buckets++;
  if (buckets === 0) return { runId, buckets: 0, from: null, to: null, records: [], overrides: overrideValueAdded([], new Map()), events: [] };

  const from = isoFromDay(grid.lastDay + 1);
  const to = isoFromDay(grid.futureEndDay(buckets));
  const actuals = readActuals(db, run, from, to);
  const forecast = effectiveForecast(db, runId, { to });
  const bySeries = new Map<string, EffectiveRow[]>();
  for (const row of forecast) {
    const key = `${row.productId}:${row.locationId}`;
    const list = bySeries.get(key);
    if (list) list.push(row);
    else bySeries.set(key, [row]);
  }
  const seasonLength = SEASON_LENGTH[run.frequency];
  const eventsOf = bucketEvents(db, grid, buckets);
  const eventRecords = new Map<string, SeriesAccuracy[]>();
  const records = runSeries(db, runId).map((s) => {
    const key = `${s.productId}:${s.locationId}`;
    const rows = bySeries.get(key) ?? [];
    for (const [event, dates] of eventsOf.byEvent) {
      const scored = scoreSeries(s, rows, actuals.get(key), seasonLength, (row) => dates.has(row.bucketDate));
      if (scored.points === 0) continue;
      const list = eventRecords.get(event);
      if (list) list.push(scored);
      else eventRecords.set(event, [scored]);
    }
    return scoreSeries(s, rows, actuals.get(key), seasonLength);
  });
  const events = [...eventRecords]
    .map(([key, list]): EventAccuracyRow => ({ ...aggregateAccuracy(list, 'all')[0]!, key, ...eventsOf.names.get(key)! }))
    .sort((a, b) => (a.key === NO_EVENT ? 1 : b.key === NO_EVENT ? -1 : eventsOf.order.indexOf(a.key) - eventsOf.order.indexOf(b.key)));
  return { runId, buckets, from, to, records, overrides: overrideValueAdded(forecast, actuals), events };
}

/** Which scored buckets (by date) overlap each event, and which overlap none. */
function bucketEvents(db: Database.Database, grid: BucketGrid, buckets: number) {
  const first = grid.lastDay + 1;
  const last = grid.futureEndDay(buckets);
  const spans = readEventSpans(db, first, last);
  const names = new Map<string, { nameEn: string; nameZh: string }>([[NO_EVENT, { nameEn: 'Outside events', nameZh: '活动期外' }]]);
  for (const event of readEventCalendar(db)) names.set(event.key, { nameEn: event.nameEn, nameZh: event.nameZh });
  const byEvent = new Map<string, Set<string>>();
  const add = (key: string, date: string) => {
    const set = byEvent.get(key);
    if (set) set.add(date);
    else byEvent.set(key, new Set([date]));
  };
  for (let k = 1; k <= buckets; k++) {
    const from = isoFromDay(grid.futureEndDay(k - 1) + 1);
    const end = isoFromDay(grid.futureEndDay(k));
    const overlapping = spans.filter((span) => span.from <= end && span.to >= from);
    if (overlapping.length === 0) add(NO_EVENT, end);
    for (const span of overlapping) add(span.key, end);
  }
  return { byEvent, names, order: spans.map((s) => s.key) };
}

/** Actual demand per series and bucket date, cleaned like the history (NaN = out of stock). */
export function readActuals(db: Database.Database, run: RunInfo, from: string, to: string): Map<string, Map<string, number>> {
  const { dates, keys, values } = readWindowActuals(db, run, from, to);
  const actuals = new Map<string, Map<string, number>>();
  for (let s = 0; s < keys.length / 2; s++) {
    actuals.set(`${keys[2 * s]}:${keys[2 * s + 1]}`, new Map(dates.map((date, k) => [date, values[s * dates.length + k] as number])));
  }
  return actuals;
}

function scoreSeries(
  s: SeriesRow,
  rows: EffectiveRow[],
  actualByDate: Map<string, number> | undefined,
  seasonLength: number,
  /** Score only these buckets (an event's); the naive band still widens by each bucket's place in the horizon. */
  keep?: (row: EffectiveRow) => boolean,
): SeriesAccuracy {
  // No sales rows in the window means no demand while in stock: zeros, not missing; left out buckets are NaN (not scored).
  const actual = rows.map((r) => (keep && !keep(r) ? NaN : (actualByDate?.get(r.bucketDate) ?? 0)));
  const mean = rows.map((r) => r.original.mean);
  const quantiles = STORED_KEYS.map((key) => rows.map((r) => r.original[key]));
  const snaiveMean = rows.map((r) => r.original.snaive);
  const snaiveQuantiles = STORED_LEVELS.map((level) =>
    snaiveMean.map((m, k) => Math.max(0, m + Math.sqrt((s.snaiveVariance ?? 0) * (Math.floor(k / seasonLength) + 1)) * normalQuantile(level))),
  );
  const points = actual.filter((a) => Number.isFinite(a)).length;
  return {
    ...seriesIdentity(s),
    points,
    actualSum: actual.reduce((sum, a) => (Number.isFinite(a) ? sum + Math.abs(a) : sum), 0),
    model: figures(actual, mean, quantiles, s),
    snaive: figures(actual, snaiveMean, snaiveQuantiles, s),
  };
}

/** The six figures, scaled by the in-sample errors stored with the run. */
export function figures(actual: number[], mean: number[], quantiles: number[][], scales: Pick<SeriesRow, 'scaleMae' | 'scaleMse'>): AccuracyFigures {
  let absSum = 0;
  let sqSum = 0;
  let n = 0;
  actual.forEach((a, i) => {
    if (!Number.isFinite(a)) return;
    const e = a - (mean[i] as number);
    absSum += Math.abs(e);
    sqSum += e * e;
    n++;
  });
  const mae = scales.scaleMae && scales.scaleMae > 0 ? scales.scaleMae : null;
  const mse = scales.scaleMse && scales.scaleMse > 0 ? scales.scaleMse : null;
  const loss = STORED_LEVELS.reduce((sum, level, i) => sum + pinball(actual, quantiles[i] as number[], level), 0) / STORED_LEVELS.length;
  const orNull = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    mase: n && mae ? absSum / n / mae : null,
    rmsse: n && mse ? Math.sqrt(sqSum / n / mse) : null,
    wape: orNull(wape(actual, mean)),
    bias: orNull(bias(actual, mean)),
    pinball: n && mae ? orNull(loss / mae) : null,
    coverage: orNull(coverage(actual, quantiles[0] as number[], quantiles[2] as number[])),
  };
}
