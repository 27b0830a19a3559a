import type Database from 'better-sqlite3';
import { dataAsOf } from '../db/data-as-of';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../ground/calendar';

/** Options every supplier computation takes; dates are ISO YYYY-MM-DD. */
export interface PeriodOptions {
  /** "Today" for the data: receipts after it are ignored. Default: the data's as-of date (db/data-as-of.ts), else today. */
  asOf?: string;
  /** First and last due date of the period; default the 365 days ending at asOf. */
  from?: string;
  to?: string;
}

export interface Period {
  asOfDay: number;
  fromDay: number;
  toDay: number;
}

/** Length of the default period and of the rolling windows. */
export const DEFAULT_PERIOD_DAYS = 365;
export const SHORT_WINDOW_DAYS = 90;

export function resolvePeriod(db: Database.Database, options: PeriodOptions = {}): Period {
  // The period follows the data: scorecards of an export that ends in 2011 cover its last 12 months, not the calendar's.
  const asOf = options.asOf ?? dataAsOf(db) ?? localToday();
  const asOfDay = parseDay(asOf, 'asOf');
  const toDay = options.to ? parseDay(options.to, 'to') : asOfDay;
  const fromDay = options.from ? parseDay(options.from, 'from') : toDay - DEFAULT_PERIOD_DAYS + 1;
  if (fromDay > toDay) {
    throw new AppError('invalid_input', `The period starts (${isoFromDay(fromDay)}) after it ends (${isoFromDay(toDay)})`, {
      field: 'from',
    });
  }
  return { asOfDay, fromDay, toDay };
}

/** The window of `days` days ending `endOffset` days before the as-of date (for trends). */
export function windowEnding(asOfDay: number, days: number, endOffset = 0): Period {
  const toDay = asOfDay - endOffset;
  return { asOfDay, fromDay: toDay - days + 1, toDay };
}

export function periodLabel(period: Period): { asOf: string; from: string; to: string } {
  return { asOf: isoFromDay(period.asOfDay), from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay) };
}

function parseDay(text: string, field: string): number {
  const day = dayFromIso(text);
  if (Number.isNaN(day)) {
    throw new AppError('invalid_input', `${field} must be a date like 2026-06-30, not "${text}"`, { field, value: text });
  }
  return day;
}

/** The user's calendar date, not UTC's: a planner in Shanghai at 7 am is already on today. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
