/**
 * A workspace's event calendar: the shipped retail events (computed for 2000–2040) with the
 * user's edits laid over them (migration 014), and the user's own events.
 */

import type Database from 'better-sqlite3';
import { FIRST_EVENT_YEAR, LAST_EVENT_YEAR, RETAIL_EVENT_KEYS, retailEventsOfYear, type RetailEventKey } from '../forecast/events/retail-events';
import { DEFAULT_EVENT_NAMES } from './event-names';

export interface EventOccurrence {
  /** The year the occurrence belongs to: the year of its last day. */
  year: number;
  from: string;
  to: string;
  /** True when the user set these dates (for a default event: changed from the shipped ones). */
  edited: boolean;
}

export interface CalendarEvent {
  key: string;
  origin: 'default' | 'user';
  nameEn: string;
  nameZh: string;
  enabled: boolean;
  /** Years the user switched off (default events only). */
  offYears: number[];
  /** In date order. */
  occurrences: EventOccurrence[];
}

interface EventRow {
  key: string;
  origin: 'default' | 'user';
  name_en: string | null;
  name_zh: string | null;
  enabled: number;
}

interface DateRow {
  event_key: string;
  year: number;
  from_date: string | null;
  to_date: string | null;
}

export function isDefaultEventKey(key: string): key is RetailEventKey {
  return (RETAIL_EVENT_KEYS as readonly string[]).includes(key);
}

/** Every event of the calendar, the shipped ones first in calendar order, then the user's by name. */
export function readEventCalendar(db: Database.Database): CalendarEvent[] {
  const rows = new Map((db.prepare('SELECT key, origin, name_en, name_zh, enabled FROM events').all() as EventRow[]).map((r) => [r.key, r]));
  const datesByKey = new Map<string, Map<number, DateRow>>();
  for (const row of db.prepare('SELECT event_key, year, from_date, to_date FROM event_dates').all() as DateRow[]) {
    let years = datesByKey.get(row.event_key);
    if (!years) datesByKey.set(row.event_key, (years = new Map()));
    years.set(row.year, row);
  }

  const shippedByKey = new Map<string, Map<number, { from: string; to: string }>>();
  for (let year = FIRST_EVENT_YEAR; year <= LAST_EVENT_YEAR; year++) {
    for (const span of retailEventsOfYear(year)) {
      let years = shippedByKey.get(span.key);
      if (!years) shippedByKey.set(span.key, (years = new Map()));
      years.set(year, { from: span.from, to: span.to });
    }
  }

  const defaults = RETAIL_EVENT_KEYS.map((key): CalendarEvent => {
    const row = rows.get(key);
    const edits = datesByKey.get(key) ?? new Map<number, DateRow>();
    const occurrences: EventOccurrence[] = [];
    const offYears: number[] = [];
    const years = new Set([...(shippedByKey.get(key)?.keys() ?? []), ...edits.keys()]);
    for (const year of [...years].sort((a, b) => a - b)) {
      const edit = edits.get(year);
      if (edit && edit.from_date === null) offYears.push(year);
      else if (edit) occurrences.push({ year, from: edit.from_date!, to: edit.to_date!, edited: true });
      else occurrences.push({ year, ...shippedByKey.get(key)!.get(year)!, edited: false });
    }
    return {
      key,
      origin: 'default',
      nameEn: row?.name_en ?? DEFAULT_EVENT_NAMES[key].en,
      nameZh: row?.name_zh ?? DEFAULT_EVENT_NAMES[key].zh,
      enabled: row ? row.enabled === 1 : true,
      offYears,
      occurrences,
    };
  });

  const own = [...rows.values()]
    .filter((r) => r.origin === 'user')
    .map((r): CalendarEvent => ({
      key: r.key,
      origin: 'user',
      nameEn: r.name_en!,
      nameZh: r.name_zh!,
      enabled: r.enabled === 1,
      offYears: [],
      occurrences: [...(datesByKey.get(r.key)?.values() ?? [])]
        .filter((d) => d.from_date !== null)
        .sort((a, b) => a.year - b.year)
        .map((d) => ({ year: d.year, from: d.from_date!, to: d.to_date!, edited: true })),
    }))
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return [...defaults, ...own];
}
