import type Database from 'better-sqlite3';
import { readMeta } from '../../db/meta';
import { dayFromIso, isoFromDay } from '../../ground/calendar';

/** Points on a trend, and how many of them one period spans ("against the previous period"). */
export const TREND_WEEKS = 12;
export const PERIOD_WEEKS = 4;

/**
 * "Today" for the figures: the newest day any sales or stock snapshot is dated (the wall clock
 * would make an imported history look stale), but never before the demo's fixed as-of date;
 * null if there is neither.
 */
export function dataToday(db: Database.Database): string | null {
  const asOf = readMeta(db).asOf ?? null;
  const latest = db
    .prepare('SELECT max(d) FROM (SELECT max(date) AS d FROM sales_daily UNION ALL SELECT max(date) FROM stock_snapshots)')
    .pluck()
    .get() as string | null;
  return asOf !== null && (latest === null || asOf > latest) ? asOf : latest;
}

/**
 * The twelve week ends of a trend as day numbers, oldest first, the last being today. Week k covers
 * the days (end[k] − 7, end[k]]; buckets before the first (negative k) serve rolling windows.
 */
export class WeekGrid {
  readonly todayDay: number;
  readonly firstEndDay: number;

  constructor(readonly today: string) {
    this.todayDay = dayFromIso(today);
    this.firstEndDay = this.todayDay - 7 * (TREND_WEEKS - 1);
  }

  endDay(k: number): number {
    return this.firstEndDay + 7 * k;
  }

  endIso(k: number): string {
    return isoFromDay(this.endDay(k));
  }

  /** The week a day falls in (may be negative, or past the last week for days after today). */
  weekOfDay(day: number): number {
    return Math.ceil((day - this.firstEndDay) / 7);
  }

  get lastWeek(): number {
    return TREND_WEEKS - 1;
  }

  /** The point the current value is compared with: one period back. */
  get previousWeek(): number {
    return TREND_WEEKS - 1 - PERIOD_WEEKS;
  }
}

/**
 * SQL for the week of an ISO date column, given @firstEnd as a day number: ceil((day − firstEnd) / 7)
 * in integer arithmetic (SQLite's division truncates toward zero).
 */
export function weekOfDateSql(column: string): string {
  // Bound JavaScript numbers arrive as REAL: cast, or the division would not truncate.
  const diff = `(unixepoch(${column}) / 86400 - CAST(@firstEnd AS INTEGER))`;
  return `(CASE WHEN ${diff} > 0 THEN (${diff} + 6) / 7 ELSE -((-${diff}) / 7) END)`;
}
