import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { readEventCalendar } from '../../core/forecasting/event-calendar';
import { saveEventChanges } from '../../core/forecasting/event-changes';
import { AppError } from '../../core/ground/errors/app-error';
import { parseCommandArgs, requireOption } from '../args';
import { eventsCsvChanges } from '../events-csv/events-csv-changes';
import { readEventsCsv } from '../events-csv/read-events-csv';
import { writeEventsCsv } from '../events-csv/write-events-csv';
import { CliUsageError } from '../usage-error';

/**
 * `events --workspace FILE [--import events.csv] [--export out.csv] [--locale en|zh-CN]`
 * The workspace's event calendar: import dates and events from `key,name,from,to` (one
 * transaction: a bad row changes nothing), export it in the same columns, or list it.
 */
export async function eventsCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    import: { type: 'string' },
    export: { type: 'string' },
    locale: { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const locale = values.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') throw new CliUsageError(`--locale must be en or zh-CN, not "${locale}"`);
  if (values.export !== undefined && !/\.csv$/i.test(values.export)) throw new CliUsageError('--export must end in .csv');

  const rows = values.import !== undefined ? await readEventsCsv(path.resolve(values.import)) : null;
  const workspace = openWorkspace(file);
  try {
    if (rows) {
      const { changes, rowOf } = eventsCsvChanges(rows, readEventCalendar(workspace.db));
      try {
        if (changes.length > 0) saveEventChanges(workspace.db, changes);
      } catch (error) {
        // The calendar's own checks (event length, key form) speak of change n: name the file's row instead.
        if (error instanceof AppError && typeof error.details.index === 'number') {
          const row = rowOf[error.details.index]!;
          const field = String(error.details.field ?? 'key');
          const column = field === 'nameEn' || field === 'nameZh' ? 'name' : field;
          const fileName = path.basename(values.import!);
          throw new AppError('invalid_input', `${fileName}, row ${row}, column ${column}: ${error.message.replace(/^change \d+ \([^)]*\): /, '')}`, {
            file: fileName,
            row,
            column,
          });
        }
        throw error;
      }
      const events = new Set(rows.map((r) => r.key)).size;
      console.log(`Imported ${rows.length.toLocaleString('en')} event dates from ${values.import} (${events} event${events === 1 ? '' : 's'})`);
    }
    const calendar = readEventCalendar(workspace.db);
    if (values.export !== undefined) {
      const output = path.resolve(values.export);
      const written = await writeEventsCsv(output, calendar, locale);
      console.log(`Wrote ${written.toLocaleString('en')} event dates → ${output}`);
    }
    if (!rows && values.export === undefined) printCalendar(calendar, locale);
  } finally {
    workspace.close();
  }
}

/** Each event with its next dates from today, or that it is switched off. */
function printCalendar(calendar: ReturnType<typeof readEventCalendar>, locale: 'en' | 'zh-CN'): void {
  const today = new Date().toISOString().slice(0, 10);
  for (const event of calendar) {
    const name = locale === 'zh-CN' ? event.nameZh : event.nameEn;
    const next = event.occurrences.find((o) => o.to >= today);
    const when = !event.enabled ? 'off' : next ? `next ${next.from} to ${next.to}${next.edited && event.origin === 'default' ? ' (edited)' : ''}` : 'no coming dates';
    console.log(`${event.key}\t${name}\t${event.origin}\t${when}`);
  }
}
