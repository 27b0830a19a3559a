/**
 * A child of bench:scale: the refresh of the day that completes a week since the newest run.
 * `prepare FILE` saves the daily export's column mapping and imports six new days (untimed);
 * `complete FILE` imports the seventh day and refreshes (forecast, plan, alerts), printing one JSON
 * line with the seconds of each step. Two processes, so the peak memory is the timed step's own.
 * The day's file is the platform's export: it is written before the clock starts, so the seconds
 * are SupplyDesk's (import and refresh) and not the bench's own query that makes the file.
 *
 *   node --import tsx bench/scale/refresh-step.ts prepare|complete FILE
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { runRefresh } from '../../src/core/app/refresh';
import { openWorkspace } from '../../src/core/db/workspace';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { runImport } from '../../src/core/import';
import { saveMapping } from '../../src/core/import/mapping/saved';
import { DAILY_HEADERS, DAILY_MAPPING, writeNewDay } from './new-day';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'prepare' && mode !== 'complete') || !file) throw new Error('usage: refresh-step.ts prepare|complete FILE');
const csv = path.join(path.dirname(file), 'scale-daily-sales.csv');
const workspace = openWorkspace(file);
const db = workspace.db;

/** Imports the day's file written by writeNewDay. */
async function importDay(): Promise<number> {
  const result = await runImport(db, csv, { kind: 'sales', mapping: 'auto', onError: 'abort' });
  if (result.status !== 'done') throw new Error(`the import was aborted: ${JSON.stringify(result.problems.list.slice(0, 3))}`);
  return result.importId as number;
}

try {
  if (mode === 'prepare') {
    saveMapping(db, 'sales', DAILY_HEADERS, DAILY_MAPPING, 'platform daily export');
    for (let d = 0; d < 6; d++) {
      writeNewDay(db, csv, 42);
      await importDay();
    }
  } else {
    writeNewDay(db, csv, 42);
    const started = performance.now();
    const importId = await importDay();
    const imported = (performance.now() - started) / 1000;
    // With the job worker's script, as the app's refresh job runs it (its workers kept for the run's slices).
    const workerEntry = fileURLToPath(sourceWorkerEntry);
    const { summary } = await runRefresh(db, { cause: { reason: 'import', importIds: [importId] }, workerEntry }, createInlineTaskContext());
    const total = (performance.now() - started) / 1000;
    const { total: refresh, ...steps } = summary.seconds;
    console.log(JSON.stringify({ mode: summary.mode, import: imported, refresh, ...steps, total }));
  }
} finally {
  workspace.close();
}
