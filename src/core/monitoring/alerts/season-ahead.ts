import type Database from 'better-sqlite3';
import { SeriesReader } from '../../db/sales-series/store';
import { seriesKey } from '../../planning/load-forecasts';
import { bucketEnds } from './demand';
import type { SeriesFacts } from './types';

/** The year ahead, in weeks: what excess and dead stock are weighed against. */
export const YEAR_WEEKS = 52;
/** Recent weeks compared with the same weeks a year earlier to scale last year's season to today's level. */
const LEVEL_WEEKS = 8;
/** Last year's season is scaled by at most this factor either way: a launch or a collapse is not a trend. */
const MAX_LEVEL_RATIO = 4;

/**
 * Units per week for each of the next 52 weeks taken from the same weeks a year earlier, scaled to
 * today's level (the last 8 weeks against the same 8 weeks a year before), for the series given.
 * NaN for a week the series has no sales history for (it started selling later), so the caller falls back.
 */
export function readLastYearAhead(db: Database.Database, todayDay: number, series: readonly Pick<SeriesFacts, 'productId' | 'locationId'>[]): Map<string, Float64Array> {
  const span = YEAR_WEEKS + LEVEL_WEEKS;
  // One SKU-location at a time from the series store (one BLOB each; from sales_daily's primary key
  // while the store is not built): only the series asked for are read, and days are put in weeks here.
  const range = { fromDay: todayDay - 7 * span + 1, toDay: todayDay };
  const reader = new SeriesReader(db);
  const locationIds = db.prepare('SELECT id FROM locations ORDER BY id').pluck().all() as number[];
  const out = new Map<string, Float64Array>();
  for (const s of series) {
    const w = new Float64Array(span);
    let rows = 0;
    // A SKU's total adds its locations in order, as one range over the primary key did.
    for (const locationId of s.locationId === 0 ? locationIds : [s.locationId]) {
      const records = reader.read(s.productId, locationId, range);
      rows += records.length;
      for (let k = 0; k < records.length; k++) {
        const weeksAgo = Math.floor((todayDay - (records.days[k] as number)) / 7);
        w[weeksAgo] = (w[weeksAgo] as number) + (records.units[k] as number);
      }
    }
    if (rows === 0) continue;
    for (let k = 0; k < span; k++) w[k] = Math.max(0, w[k] as number);
    out.set(seriesKey(s.productId, s.locationId), lastYearFromWeekly(w));
  }
  return out;
}

/** `weeksAgo[k]` = units sold k weeks before today (week 0 ends today); 60 weeks. */
export function lastYearFromWeekly(weeksAgo: Float64Array): Float64Array {
  let oldest = -1;
  for (let k = weeksAgo.length - 1; k >= 0; k--) {
    if ((weeksAgo[k] as number) > 0) {
      oldest = k;
      break;
    }
  }
  let recent = 0;
  let yearBefore = 0;
  for (let k = 0; k < LEVEL_WEEKS; k++) {
    recent += weeksAgo[k] as number;
    yearBefore += (weeksAgo[YEAR_WEEKS + k] as number | undefined) ?? 0;
  }
  const ratio = yearBefore > 0 && recent > 0 ? Math.min(MAX_LEVEL_RATIO, Math.max(1 / MAX_LEVEL_RATIO, recent / yearBefore)) : 1;
  const ahead = new Float64Array(YEAR_WEEKS);
  // Week w ahead (days today+1+7w … today+7w+7) fell 51 − w weeks ago a year earlier.
  for (let w = 0; w < YEAR_WEEKS; w++) {
    const k = YEAR_WEEKS - 1 - w;
    ahead[w] = k <= oldest ? (weeksAgo[k] as number) * ratio : NaN;
  }
  return ahead;
}

/**
 * Expected units per week for the next `weeks` weeks: the forecast where it reaches (when the
 * demand is a forecast), else last year's same weeks at today's level, else the flat recent rate.
 * A December sunscreen thus counts next summer's demand, not December's trickle.
 */
export function demandAheadWeekly(s: Pick<SeriesFacts, 'mean' | 'bucketDates' | 'bucketDays' | 'demandSource' | 'dailyDemand' | 'lastYearAhead'>, todayDay: number, weeks = YEAR_WEEKS): Float64Array {
  const out = new Float64Array(weeks);
  const ends = s.demandSource === 'forecast' ? bucketEnds(s.bucketDates) : [];
  const lastEnd = ends.length > 0 ? (ends[ends.length - 1] as number) : -Infinity;
  let t = 0;
  for (let w = 0; w < weeks; w++) {
    const first = todayDay + 1 + 7 * w;
    if (first + 6 <= lastEnd) {
      let units = 0;
      for (let d = first; d < first + 7; d++) {
        while (t < ends.length && (ends[t] as number) < d) t++;
        units += t < ends.length ? (s.mean[t] as number) / s.bucketDays : 0;
      }
      out[w] = units;
      continue;
    }
    const lastYear = s.lastYearAhead?.[w];
    out[w] = lastYear !== undefined && Number.isFinite(lastYear) ? lastYear : s.dailyDemand * 7;
  }
  return out;
}
