import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import type { EventSpan } from '../forecast/events/event-span';
import { readEventCalendar } from './event-calendar';

/**
 * The workspace's events that overlap the days `fromDay`…`toDay` (UTC day numbers, inclusive),
 * as the global model takes them (`GlobalModelOptions.events`): switched-off events and years
 * left out, the user's dates in place of the shipped ones. Pass the first day of the history and
 * the last day of the horizon, so the model sees flags for both. Sorted by first day.
 */
export function readEventSpans(db: Database.Database, fromDay: number, toDay: number): EventSpan[] {
  const from = isoFromDay(fromDay);
  const to = isoFromDay(toDay);
  const spans: EventSpan[] = [];
  for (const event of readEventCalendar(db)) {
    if (!event.enabled) continue;
    for (const o of event.occurrences) if (o.to >= from && o.from <= to) spans.push({ key: event.key, from: o.from, to: o.to });
  }
  return spans.sort((a, b) => dayFromIso(a.from) - dayFromIso(b.from) || a.key.localeCompare(b.key));
}
