import type Database from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { resolvePeriod } from '../../suppliers/period';

/**
 * The workspace's "today" for alerts: the data's as-of date (db/data-as-of.ts), the same date the
 * Dashboard and the supplier scorecards count from, so the demo's alerts do not age with the wall
 * clock and a merchant's old export is not judged against today's calendar. Sales dated later (a
 * day dropped into a watched folder) move it forward to their day.
 */
export function workspaceToday(db: Database.Database, today?: string): string {
  if (today !== undefined) {
    if (Number.isNaN(dayFromIso(today))) throw new AppError('invalid_input', `today must be a date like 2026-06-30, not "${today}"`, { field: 'today', value: today });
    return today;
  }
  return isoFromDay(resolvePeriod(db).asOfDay);
}
