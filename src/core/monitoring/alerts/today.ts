import type Database from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { resolvePeriod } from '../../suppliers/period';

/**
 * The workspace's "today": the demo's fixed as-of date, else the user's calendar date (as the
 * supplier scorecards resolve it), so the demo's alerts do not age with the wall clock. Sales
 * dated later (a day dropped into a watched folder of the demo) move it forward to their day.
 */
export function workspaceToday(db: Database.Database, today?: string): string {
  if (today !== undefined) {
    if (Number.isNaN(dayFromIso(today))) throw new AppError('invalid_input', `today must be a date like 2026-06-30, not "${today}"`, { field: 'today', value: today });
    return today;
  }
  const asOf = isoFromDay(resolvePeriod(db).asOfDay);
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  return lastSale !== null && lastSale > asOf ? lastSale : asOf;
}
