import type { CalendarEvent, EventChange } from '../../../shared/contract/schemas/events';

/** One event as the calendar's table shows it for one year. */
export interface EventYearRow {
  key: string;
  event: CalendarEvent;
  from: string | null;
  to: string | null;
  edited: boolean;
  /** A shipped event the user switched off for this year. */
  off: boolean;
}

export function eventYearRows(calendar: readonly CalendarEvent[], year: number): EventYearRow[] {
  return calendar.map((event) => {
    const occurrence = event.occurrences.find((o) => o.year === year);
    return {
      key: event.key,
      event,
      from: occurrence?.from ?? null,
      to: occurrence?.to ?? null,
      edited: occurrence?.edited ?? false,
      off: event.offYears.includes(year),
    };
  });
}

/** A key for a new event from its English name: camelCase letters and digits, unique in the calendar. */
export function newEventKey(nameEn: string, calendar: readonly CalendarEvent[]): string {
  const words = nameEn.normalize('NFKD').replace(/[^A-Za-z0-9 ]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  const base = /^[A-Za-z]/.test(camel) ? camel.slice(0, 50) : `event${camel}`.slice(0, 50);
  const taken = new Set(calendar.map((e) => e.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  return key;
}

/** The changes that add an event of the user's with its first dates. */
export function addEventChanges(key: string, nameEn: string, nameZh: string, from: string, to: string): EventChange[] {
  return [
    { kind: 'add', key, nameEn, nameZh },
    { kind: 'setDates', key, from, to },
  ];
}
