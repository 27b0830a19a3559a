import { openImportConnection } from '../../../import/connection';
import { previewImport, READING_STEP, runImport, STORING_STEP, type ImportOptions, type ImportPreview, type ImportResult } from '../../../import';
import type { TaskContext } from '../../../ground/task-context';

export interface ImportTaskInput {
  /** 'preview' runs the whole import and rolls it back; 'import' commits it. */
  mode: 'preview' | 'import';
  /** The workspace file (the app has it open; the worker opens its own connection). */
  workspace: string;
  /** The data file, already checked against the path policy. */
  file: string;
  options: ImportOptions;
}

export type ImportTaskResult = { mode: 'preview'; preview: ImportPreview } | { mode: 'import'; result: ImportResult };

/** Progress steps the UI translates (`job.step.<step>`): reading is in bytes, storing in rows. */
export const importSteps = {
  import: { [READING_STEP]: 'import.read', [STORING_STEP]: 'import.store' },
  preview: { [READING_STEP]: 'import.check', [STORING_STEP]: 'import.check' },
} as const;

/**
 * One import (or its dry run) on the worker's own connection. The whole file is one
 * transaction: cancelling throws job_cancelled inside it and rolls it back, and if the
 * worker is stopped hard the uncommitted transaction never reaches the file either.
 */
export async function importTask(input: ImportTaskInput, ctx: TaskContext): Promise<ImportTaskResult> {
  const db = openImportConnection(input.workspace);
  const steps: Record<string, string> = importSteps[input.mode];
  const task: TaskContext = {
    progress: (step, current, total) => ctx.progress(steps[step] ?? step, current, total),
    throwIfCancelled: () => ctx.throwIfCancelled(),
    isCancelled: () => ctx.isCancelled(),
  };
  try {
    if (input.mode === 'preview') {
      return { mode: 'preview', preview: await previewImport(db, input.file, { ...input.options, rows: 50 }, task) };
    }
    return { mode: 'import', result: await runImport(db, input.file, input.options, task) };
  } finally {
    db.close();
  }
}
