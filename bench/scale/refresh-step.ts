/**
 * A child of bench:scale: the refresh of the day that completes a week since the newest run.
 * `prepare FILE` saves the daily export's column mapping and imports six new days (untimed);
 * `complete FILE` imports the seventh day and refreshes (forecast, plan, alerts), printing one JSON
 * line with the seconds of each step. Two processes, so the peak memory is the timed step's own.
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

async function importDay(): Promise<number> {
  writeNewDay(db, csv, 42);
  const result = await runImport(db, csv, { kind: 'sales', mapping: 'auto', onError: 'abort' });
  if (result.status !== 'done') throw new Error(`the import was aborted: ${JSON.stringify(result.problems.list.slice(0, 3))}`);
  return result.importId as number;
}

try {
  if (mode === 'prepare') {
    saveMapping(db, 'sales', DAILY_HEADERS, DAILY_MAPPING, 'platform daily export');
    for (let d = 0; d < 6; d++) await importDay();
  } else {
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
