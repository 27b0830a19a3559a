import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Db } from '../../db/workspace';
import { isAppError } from '../../ground/errors/app-error';
import { inspectFile, type ImportOptions, type ImportResult } from '../../import';
import { findSameFile } from '../../import/write/import-log';
import type { WatchFileError } from '../../../shared/contract/schemas/watch';
import { checkCompleteness } from './file-rules';
import { markWaiting, settle, updateWaiting, type FileRow, type FolderRow } from './ledger';

/** Imports one file with the import layer: a job in the app, a direct call in the CLI. */
export type WatchImporter = (file: string, options: ImportOptions) => Promise<ImportResult>;

export interface SettleDeps {
  db: Db;
  importer: WatchImporter;
  now: () => number;
}

/**
 * A file whose size and time held still long enough: read it whole, and decide. Bytes already
 * imported are not imported again; a layout with no saved mapping is not guessed; anything else
 * goes through inspect → saved mapping → import, and a file with errors imports nothing.
 * Returns the row as settled, or null when it goes on waiting.
 */
export async function settleStableFile(deps: SettleDeps, folder: FolderRow, file: FileRow, fullPath: string): Promise<FileRow | null> {
  const { db } = deps;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(fullPath);
  } catch {
    // Locked by the program writing it (Windows), or gone: look again at the next scan.
    updateWaiting(db, file.id, { size: file.size, mtimeMs: file.mtimeMs, at: deps.now() }, 'locked');
    return null;
  }
  const after = await fs.stat(fullPath).catch(() => null);
  if (!after || after.size !== file.size || after.mtimeMs !== file.mtimeMs || bytes.length !== file.size) {
    updateWaiting(db, file.id, { size: after?.size ?? bytes.length, mtimeMs: after?.mtimeMs ?? file.mtimeMs, at: deps.now() }, 'changing');
    return null;
  }
  const whole = checkCompleteness(bytes);
  if (!whole.complete) {
    markWaiting(db, file.id, 'incomplete', file.name, whole.why);
    return null;
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const at = () => new Date(deps.now());
  const earlier = findSameFile(db, hash);
  if (earlier !== null) return settle(db, file.id, { status: 'skipped-unchanged', hash, kind: file.kind, importId: earlier.id, error: null }, at());

  let kind: ImportOptions['kind'];
  try {
    const inspection = await inspectFile(fullPath, { db, ...(folder.kind !== 'detect' ? { kind: folder.kind } : {}) });
    kind = inspection.kind;
    if (inspection.mappingSource !== 'saved') {
      return settle(db, file.id, { status: 'skipped-no-mapping', hash, kind, importId: null, error: null }, at());
    }
  } catch (error) {
    return settle(db, file.id, { status: 'failed', hash, kind: null, importId: null, error: errorOf(error, file.name) }, at());
  }

  try {
    const result = await deps.importer(fullPath, { kind, mapping: 'auto', onError: 'abort', maxProblems: 100 });
    if (result.status === 'done' && result.importId !== null) {
      return settle(db, file.id, { status: 'imported', hash: result.fingerprint || hash, kind, importId: result.importId, error: null }, at());
    }
    return settle(db, file.id, { status: 'failed', hash, kind, importId: null, error: firstProblem(result, file.name) }, at());
  } catch (error) {
    return settle(db, file.id, { status: 'failed', hash, kind, importId: null, error: errorOf(error, file.name) }, at());
  }
}

function firstProblem(result: ImportResult, fileName: string): WatchFileError {
  const first = result.problems.list.find((p) => p.severity === 'error');
  return {
    code: first?.code ?? 'aborted',
    message: first?.message ?? `Nothing was imported from ${fileName}`,
    file: fileName,
    row: first && first.row > 0 ? first.row : null,
    column: first?.column || null,
    value: first?.value || null,
    errors: result.problems.errors,
  };
}

function errorOf(error: unknown, fileName: string): WatchFileError {
  const details = isAppError(error) ? error.details : {};
  const row = typeof details.row === 'number' && details.row > 0 ? details.row : null;
  const column = typeof details.column === 'string' && details.column ? details.column : null;
  const refused: WatchFileError = {
    code: isAppError(error) ? error.code : 'internal',
    message: error instanceof Error ? error.message : String(error),
    file: fileName,
    row,
    column,
    value: null,
    errors: 1,
  };
  if (typeof details.reason !== 'string') return refused;
  // The UI words a refused file from its reason and figures, as the import wizard does.
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details)) {
    if (name === 'reason') continue;
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) params[name] = value.join(', ');
  }
  return { ...refused, reason: details.reason, params: { ...params, file: fileName } };
}
