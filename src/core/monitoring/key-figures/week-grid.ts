import type Database from 'better-sqlite3';
import { dataAsOf } from '../../db/data-as-of';
import { dayFromIso, isoFromDay } from '../../ground/calendar';

/** Points on a trend, and how many of them one period spans ("against the previous period"). */
export const TREND_WEEKS = 12;
export const PERIOD_WEEKS = 4;

/**
 * "Today" for the figures: the data's as-of date (db/data-as-of.ts), the one the alerts, plans and
 * scorecards use too (the wall clock would make an imported history look stale); null without dated data.
 */
export function dataToday(db: Database.Database): string | null {
  return dataAsOf(db);
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
