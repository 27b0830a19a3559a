import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace, type Db } from '../../core/db/workspace';
import { importKinds, isImportKind, runImport } from '../../core/import';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { checkWatchableFolder, DEFAULT_WATCH_TIMINGS, scanFolder, watchLedger, type ScanDeps } from '../../core/monitoring/watch';
import type { WatchFile } from '../../shared/contract/schemas/watch';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';

/** `watch`: the watched-folder importer without the app, for a server or a scheduled task. */
export async function watchCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    folder: { type: 'string' },
    kind: { type: 'string' },
    once: { type: 'boolean' },
    json: { type: 'boolean' },
    'stable-ms': { type: 'string' },
    'interval-ms': { type: 'string' },
  });
  const workspacePath = path.resolve(requireOption(values.workspace, 'workspace'));
  const folderPath = checkWatchableFolder(path.resolve(requireOption(values.folder, 'folder')));
  const kind = values.kind ?? 'detect';
  if (kind !== 'detect' && !isImportKind(kind)) throw new CliUsageError(`--kind must be detect or one of ${importKinds.join(', ')}, not "${kind}"`);
  const stableMs = integerOption(values['stable-ms'], 'stable-ms', 50, 600_000) ?? DEFAULT_WATCH_TIMINGS.stableMs;
  const intervalMs = integerOption(values['interval-ms'], 'interval-ms', 100, 3_600_000) ?? DEFAULT_WATCH_TIMINGS.scanIntervalMs;

  const workspace = openWorkspace(workspacePath);
  try {
    const db = workspace.db;
    const folder = watchLedger.findFolderByPath(db, folderPath) ?? watchLedger.addFolder(db, folderPath, kind);
    const print = (file: WatchFile) => console.log(values.json ? JSON.stringify(file) : describeFile(file));
    const deps: ScanDeps = {
      db,
      stableMs,
      now: () => Date.now(),
      importer: (file, options) => runImport(db, file, options, createInlineTaskContext()),
      onSettled: (file) => print(view(db, file.id)),
    };
    if (values.once) return await once(deps, folder, print);
    await keepWatching(deps, folder, intervalMs);
    return 0;
  } finally {
    workspace.close();
  }
}

function view(db: Db, id: number): WatchFile {
  return watchLedger.fileView(db, id)!;
}

/** Two looks, `stableMs` apart (a file is only read once it held still between them), then a report. */
async function once(deps: ScanDeps, folder: watchLedger.FolderRow, print: (file: WatchFile) => void): Promise<number> {
  let outcome = await scanFolder(deps, folder);
  if (outcome.problem) throw new Error(outcome.problem);
  const settled = [...outcome.settled];
  if (outcome.waiting.some((f) => f.reason !== 'incomplete')) {
    await sleep(deps.stableMs + 20);
    outcome = await scanFolder(deps, folder);
    settled.push(...outcome.settled);
  }
  for (const file of outcome.waiting) print(view(deps.db, file.id));
  if (settled.length === 0 && outcome.waiting.length === 0) process.stderr.write(`Nothing new in ${folder.path}\n`);
  return settled.some((f) => f.status === 'failed') ? 1 : 0;
}

/** Scan on every change event (and every interval, for folders that send none) until Ctrl+C. */
async function keepWatching(deps: ScanDeps, folder: watchLedger.FolderRow, intervalMs: number): Promise<void> {
  process.stderr.write(`Watching ${folder.path}; press Ctrl+C to stop\n`);
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let wake: () => void = () => undefined;
  const watcher = fs.watch(folder.path, { persistent: false }, () => setTimeout(() => wake(), 300));
  process.once('SIGINT', () => stop());
  try {
    for (;;) {
      const outcome = await scanFolder(deps, folder);
      if (outcome.problem) process.stderr.write(`${outcome.problem}\n`);
      const soon = outcome.waiting.some((f) => f.reason !== 'incomplete');
      const waited = new Promise<'wake'>((resolve) => {
        wake = () => resolve('wake');
        setTimeout(() => resolve('wake'), soon ? deps.stableMs + 20 : intervalMs);
      });
      if ((await Promise.race([waited, stopped.then(() => 'stop' as const)])) === 'stop') return;
    }
  } finally {
    watcher.close();
  }
}

function describeFile(file: WatchFile): string {
  const name = file.name;
  switch (file.status) {
    case 'imported':
      return `imported    ${name}: ${file.kind}, import #${file.importId}, ${rows(file.rowsStored ?? 0)}`;
    case 'failed': {
      const e = file.error;
      const where = [e?.row ? `row ${e.row}` : '', e?.column ? `column ${e.column}` : ''].filter(Boolean).join(', ');
      return `failed      ${name}: ${where ? `${where}: ` : ''}${e?.message ?? 'not imported'} (nothing was written)`;
    }
    case 'skipped-unchanged':
      return `unchanged   ${name}: these bytes are already imported (import #${file.importId})`;
    case 'skipped-no-mapping':
      return `no mapping  ${name}: a ${file.kind ?? 'file'} layout without a saved mapping; import it once by hand (import --kind ${file.kind ?? 'KIND'})`;
    case 'waiting':
      return `waiting     ${name}: ${file.error?.message ?? (file.reason === 'locked' ? 'cannot be read yet' : 'still being written')}`;
  }
}

function rows(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
