import fs from 'node:fs';
import type { ImportSummary } from '../../../shared/contract/schemas/import';
import { backupNow } from '../backup/backup-now';
import { AppError } from '../../ground/errors/app-error';
import { importKinds, inspectFile, kindDefinitions, listImports, undoImport, type ImportOptions, type ImportResult } from '../../import';
import type { ImportTaskInput, ImportTaskResult } from '../jobs/tasks/import-task';
import type { AppContext } from '../app-context';
import { writes, type DomainHandlers } from './types';

/** Finished import jobs whose summary the wizard may still ask for. */
const KEEP_RESULTS = 20;
/** Files from this size on are backed up before (about 20,000 rows of sales). */
const BIG_IMPORT_BYTES = 1024 * 1024;

export function importHandlers(ctx: AppContext): DomainHandlers<'import'> {
  const db = () => ctx.requireWorkspace().db;
  const results = new Map<string, Promise<ImportTaskResult>>();

  /** Runs the import (or its dry run) in a job worker on its own connection. */
  const startJob = (mode: ImportTaskInput['mode'], input: ImportJobInput) => {
    const { path, ...options } = input;
    const task: ImportTaskInput = { mode, workspace: ctx.requireWorkspace().path, file: ctx.paths.checkToRead(path), options: toOptions(options) };
    // Only an import that stored something changed the data (a preview rolls back; a failed or cancelled import wrote nothing).
    return ctx.startWritingJob('import', task, (outcome) => outcome.mode === 'import' && outcome.result.importId !== null);
  };

  return {
    'import:fields': () =>
      importKinds.map((kind) => {
        const { spec } = kindDefinitions[kind];
        return { kind, label: spec.label, fields: spec.fields.map((f) => ({ key: f.key, label: f.label, type: f.type, required: f.required ?? false })) };
      }),

    // Reads only the head of the file: quick enough for the serving thread.
    'import:inspect': async ({ path, kind, sheet, encoding, headerRow }) => {
      const inspection = await inspectFile(ctx.paths.checkToRead(path), {
        db: db(),
        ...(kind ? { kind } : {}),
        ...(sheet !== undefined ? { sheet } : {}),
        ...(encoding ? { encoding } : {}),
        ...(headerRow !== undefined ? { headerRow } : {}),
      });
      const { file: _file, looksLikeUtf8: _looks, ...view } = inspection;
      return view;
    },

    // A preview writes the whole file inside a transaction and rolls it back: that is a
    // write lock and seconds of work, so it runs as a job like the import itself.
    'import:preview': async (input) => {
      const { done } = startJob('preview', input);
      const outcome = await done;
      if (outcome.mode !== 'preview') throw new AppError('internal', 'The preview job returned an import');
      const { result, rows, ...rest } = outcome.preview;
      return { ...rest, rows: rows.map((r) => ({ ...r, values: plainValues(r.values) })), summary: toSummary(result) };
    },

    'import:start': async (input) => {
      // A big import may replace months of sales: keep a copy to go back to, beyond undo.
      if (fs.statSync(ctx.paths.checkToRead(input.path)).size >= BIG_IMPORT_BYTES) await backupNow(ctx, 'before-import');
      const { jobId, done } = startJob('import', input);
      results.set(jobId, done);
      for (const old of [...results.keys()].slice(0, Math.max(0, results.size - KEEP_RESULTS))) results.delete(old);
      return { jobId };
    },

    'import:result': async ({ jobId }) => {
      const job = ctx.jobs.list().find((j) => j.jobId === jobId);
      const pending = results.get(jobId);
      if (!job || !pending) throw new AppError('not_found', `No import job ${jobId}`, { jobId });
      if (job.status !== 'done') return { jobId, status: job.status, summary: null };
      const outcome = await pending;
      return { jobId, status: job.status, summary: outcome.mode === 'import' ? toSummary(outcome.result) : null };
    },

    'import:list': () => {
      const entries = listImports(db());
      const newestDone = entries.find((e) => e.status === 'done')?.id;
      return entries.map(({ details: _details, fingerprint: _fingerprint, ...entry }) => ({ ...entry, canUndo: entry.id === newestDone }));
    },

    'import:undo': writes(({ importId }) => {
      const result = undoImport(db(), importId);
      // The alerts read what the import brought: check them again without it.
      ctx.alertsFollow.request();
      return result;
    }),
  };
}

type ImportJobInput = Parameters<DomainHandlers<'import'>['import:start']>[0];

function toOptions(input: Omit<ImportJobInput, 'path'>): ImportOptions {
  const { kind, mapping, onError, encoding, sheet, headerRow } = input;
  const options: ImportOptions = { kind, mapping, onError: onError ?? 'abort' };
  if (encoding) options.encoding = encoding;
  if (sheet !== undefined) options.sheet = sheet;
  if (headerRow !== undefined) options.headerRow = headerRow;
  return options;
}

function toSummary(result: ImportResult): ImportSummary {
  const { fingerprint: _fingerprint, ...summary } = result;
  return summary;
}

/** Records hold text, numbers, booleans and nulls; anything else is shown as text. */
function plainValues(values: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = value === undefined || value === null ? null : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return out;
}
