import type { CalendarEvent } from '../../core/forecasting/event-calendar';
import { csvRecord } from '../../core/ground/files/safe-cell';
import { writeTextAtomically } from '../../core/ground/files/write-atomically';
import { EVENT_CSV_COLUMNS } from './read-events-csv';

/** Write `key,name,from,to`, one row per year of every event switched on, in date order (atomically, cells escaped). */
export async function writeEventsCsv(file: string, calendar: readonly CalendarEvent[], locale: 'en' | 'zh-CN'): Promise<number> {
  const rows = calendar
    .filter((e) => e.enabled)
    .flatMap((e) => e.occurrences.map((o) => ({ key: e.key, name: locale === 'zh-CN' ? e.nameZh : e.nameEn, from: o.from, to: o.to })))
    .sort((a, b) => a.from.localeCompare(b.from) || a.key.localeCompare(b.key));
  const lines = [csvRecord(EVENT_CSV_COLUMNS), ...rows.map((r) => csvRecord([r.key, r.name, r.from, r.to]))];
  await writeTextAtomically(file, `${lines.join('\n')}\n`);
  return rows.length;
}
