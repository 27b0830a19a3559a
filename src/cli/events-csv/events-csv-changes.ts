import type { CalendarEvent } from '../../core/forecasting/event-calendar';
import type { EventChange } from '../../core/forecasting/event-changes';
import type { EventCsvRow } from './read-events-csv';

/** A name with Chinese characters is the Chinese name; any other is the English one. */
const HAN = /\p{Script=Han}/u;

/**
 * The calendar edits an events file asks for: a key the calendar lacks becomes the user's own
 * event (named by its first row's name, in both languages until renamed), a name that differs
 * renames the event in its language, and every row sets that year's dates (a shipped event's
 * other years keep their dates). `rowOf[i]` is the file row behind change i, to name it in errors.
 */
export function eventsCsvChanges(rows: readonly EventCsvRow[], calendar: readonly CalendarEvent[]): { changes: EventChange[]; rowOf: number[] } {
  const known = new Map(calendar.map((e) => [e.key, { nameEn: e.nameEn, nameZh: e.nameZh }]));
  const changes: EventChange[] = [];
  const rowOf: number[] = [];
  const push = (change: EventChange, row: number) => {
    changes.push(change);
    rowOf.push(row);
  };
  for (const row of rows) {
    const names = known.get(row.key);
    if (!names) {
      const name = row.name || row.key;
      push({ kind: 'add', key: row.key, nameEn: name, nameZh: name }, row.row);
      known.set(row.key, { nameEn: name, nameZh: name });
    } else if (row.name && row.name !== names.nameEn && row.name !== names.nameZh) {
      const renamed = HAN.test(row.name) ? { ...names, nameZh: row.name } : { ...names, nameEn: row.name };
      push({ kind: 'rename', key: row.key, ...renamed }, row.row);
      known.set(row.key, renamed);
    }
    push({ kind: 'setDates', key: row.key, from: row.from, to: row.to }, row.row);
  }
  return { changes, rowOf };
}
