/** Edits to the event calendar, applied together in one transaction (all or nothing). */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso } from '../ground/calendar';
import { isDefaultEventKey, readEventCalendar, type CalendarEvent } from './event-calendar';

export type EventChange =
  /** A user's own event (its years follow with `setDates`). */
  | { kind: 'add'; key: string; nameEn: string; nameZh: string }
  | { kind: 'rename'; key: string; nameEn: string; nameZh: string }
  /** Switch a whole event on or off: off, the forecast no longer sees it. */
  | { kind: 'enable'; key: string; enabled: boolean }
  /** One year's dates (the year of `to`), replacing the shipped ones or the ones set before. */
  | { kind: 'setDates'; key: string; from: string; to: string }
  /** No occurrence that year. */
  | { kind: 'removeYear'; key: string; year: number }
  /** A shipped event back to its shipped names, dates and state. */
  | { kind: 'reset'; key: string }
  /** Delete a user's own event. */
  | { kind: 'remove'; key: string };

/** Longest span an event may have: a season's campaign, not a typo of a year. */
export const MAX_EVENT_DAYS = 120;
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

/** Apply every change or none; returns the calendar as it is afterwards. */
export function saveEventChanges(db: Database.Database, changes: readonly EventChange[], now = new Date()): CalendarEvent[] {
  const stamp = now.toISOString();
  db.transaction(() => {
    changes.forEach((change, index) => applyChange(db, change, index, stamp));
  })();
  return readEventCalendar(db);
}

function applyChange(db: Database.Database, change: EventChange, index: number, stamp: string): void {
  const fail = (message: string, field = 'key'): never => {
    throw new AppError('invalid_input', `change ${index + 1} (${change.kind} ${change.key}): ${message}`, { index, field, key: change.key });
  };
  const row = db.prepare('SELECT origin FROM events WHERE key = ?').get(change.key) as { origin: string } | undefined;
  const isDefault = isDefaultEventKey(change.key);
  const exists = isDefault || row !== undefined;
  /** A shipped event gets its overlay row on its first edit. */
  const ensureRow = () => {
    if (isDefault) db.prepare("INSERT INTO events (key, origin, updated_at) VALUES (?, 'default', ?) ON CONFLICT (key) DO NOTHING").run(change.key, stamp);
  };
  const touch = () => db.prepare('UPDATE events SET updated_at = ? WHERE key = ?').run(stamp, change.key);

  switch (change.kind) {
    case 'add': {
      if (!KEY_PATTERN.test(change.key)) fail('a key starts with a letter and has only letters, digits, - and _ (at most 60)');
      if (exists) fail('an event with this key exists already');
      const { nameEn, nameZh } = names(change, fail);
      db.prepare("INSERT INTO events (key, origin, name_en, name_zh, enabled, updated_at) VALUES (?, 'user', ?, ?, 1, ?)").run(change.key, nameEn, nameZh, stamp);
      return;
    }
    case 'rename': {
      if (!exists) fail('no such event');
      const { nameEn, nameZh } = names(change, fail);
      ensureRow();
      db.prepare('UPDATE events SET name_en = ?, name_zh = ?, updated_at = ? WHERE key = ?').run(nameEn, nameZh, stamp, change.key);
      return;
    }
    case 'enable':
      if (!exists) fail('no such event');
      ensureRow();
      db.prepare('UPDATE events SET enabled = ?, updated_at = ? WHERE key = ?').run(change.enabled ? 1 : 0, stamp, change.key);
      return;
    case 'setDates': {
      if (!exists) fail('no such event');
      const from = dayFromIso(change.from);
      const to = dayFromIso(change.to);
      if (Number.isNaN(from)) fail(`"${change.from}" is not a date written YYYY-MM-DD`, 'from');
      if (Number.isNaN(to)) fail(`"${change.to}" is not a date written YYYY-MM-DD`, 'to');
      if (to < from) fail(`ends (${change.to}) before it starts (${change.from})`, 'to');
      if (to - from + 1 > MAX_EVENT_DAYS) fail(`lasts ${to - from + 1} days: an event lasts at most ${MAX_EVENT_DAYS}`, 'to');
      ensureRow();
      db.prepare(
        'INSERT INTO event_dates (event_key, year, from_date, to_date) VALUES (?, ?, ?, ?) ON CONFLICT (event_key, year) DO UPDATE SET from_date = excluded.from_date, to_date = excluded.to_date',
      ).run(change.key, Number(change.to.slice(0, 4)), change.from, change.to);
      touch();
      return;
    }
    case 'removeYear':
      if (!exists) fail('no such event');
      if (isDefault) {
        ensureRow();
        db.prepare(
          'INSERT INTO event_dates (event_key, year, from_date, to_date) VALUES (?, ?, NULL, NULL) ON CONFLICT (event_key, year) DO UPDATE SET from_date = NULL, to_date = NULL',
        ).run(change.key, change.year);
      } else {
        db.prepare('DELETE FROM event_dates WHERE event_key = ? AND year = ?').run(change.key, change.year);
      }
      touch();
      return;
    case 'reset':
      if (!isDefault) fail('only a shipped event can be reset; remove your own event instead');
      db.prepare('DELETE FROM events WHERE key = ?').run(change.key);
      return;
    case 'remove':
      if (isDefault) fail('a shipped event cannot be removed: switch it off instead');
      if (!row) fail('no such event');
      db.prepare('DELETE FROM events WHERE key = ?').run(change.key);
      return;
  }
}

function names(change: { nameEn: string; nameZh: string }, fail: (message: string, field?: string) => never): { nameEn: string; nameZh: string } {
  const nameEn = change.nameEn.trim();
  const nameZh = change.nameZh.trim();
  if (!nameEn) fail('the English name is empty', 'nameEn');
  if (!nameZh) fail('the Chinese name is empty', 'nameZh');
  if (nameEn.length > 80 || nameZh.length > 80) fail('a name has at most 80 characters', 'nameEn');
  return { nameEn, nameZh };
}
