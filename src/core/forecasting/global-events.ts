/**
 * The events the global model sees for a history and its horizon: the default retail calendar
 * (Spring Festival, 618, Double 11, …) for every year the history touches and the year after.
 * A workspace runs on its own calendar: the shipped events as the merchant edited them, plus theirs.
 */

import type { EventSpan } from '../forecast/events/event-span';
import { defaultRetailEvents } from '../forecast/events/retail-events';
import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { readEventSpans } from './event-spans';

export function defaultEventsForDays(firstDay: number, lastDay: number): EventSpan[] {
  return defaultRetailEvents(yearOf(firstDay), yearOf(lastDay) + 1);
}

const yearOf = (day: number) => Number(isoFromDay(day).slice(0, 4));

/** The workspace's event calendar from the history's first day to the end of the year after its last. */
export function workspaceEventsForDays(db: Database.Database, firstDay: number, lastDay: number): EventSpan[] {
  return readEventSpans(db, firstDay, dayFromIso(`${yearOf(lastDay) + 1}-12-31`));
}
