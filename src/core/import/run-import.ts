import { moveDataVersionsOfTables } from '../db/data-versions';
import type { Db } from '../db/workspace';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { createInlineTaskContext } from '../ground/task-context';
import { DEFAULT_MAX_PROBLEMS } from './limits';
import { saveMapping } from './mapping/saved';
import { ProblemCollector, shortValue } from './problems';
import { openSource } from '../ground/files/read/source';
import type { FormatHints } from './formats';
import { ImportSession, type PreviewRow, type SessionMode } from './session';
import type { ImportMapping, ImportOptions, ImportResult } from './types';
import { finishLogEntry, findSameFile } from './write/import-log';
import { requireImportSchema } from './write/schema';

export const READING_STEP = 'Reading rows';
/** SKU and location names listed in a result; `createdCounts` has the whole numbers. */
const CREATED_NAMES_SHOWN = 1_000;

/**
 * Import one file as one transaction: every valid row lands, or (on abort, error,
 * cancellation) nothing does and the workspace is as it was.
 */
export async function runImport(db: Db, file: string, options: ImportOptions, task: TaskContext = createInlineTaskContext()): Promise<ImportResult> {
  const { result } = await execute(db, file, options, task, { dryRun: false, previewRows: 0 });
  return result;
}

export interface PreviewOptions extends ImportOptions {
  /** Records to return as they would be stored (default 50). */
  rows?: number;
  /** Read only this many data rows: a quick look at a big file (problems further down are not seen). */
  limitRows?: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  headers: string[];
  headerRow: number;
  mappingSource: 'given' | 'saved' | 'proposed';
  /** True when an import with these options would abort (errors and onError 'abort'). */
  wouldAbort: boolean;
  result: ImportResult;
}

/**
 * Everything an import would do, rolled back at the end: the first rows as they would
 * be stored and every problem (duplicates, unknown suppliers, new SKUs included).
 */
export async function previewImport(db: Db, file: string, options: PreviewOptions, task: TaskContext = createInlineTaskContext()): Promise<ImportPreview> {
  const mode: SessionMode = { dryRun: true, previewRows: options.rows ?? 50 };
  if (options.limitRows !== undefined) mode.limitRows = options.limitRows;
  const { result, session } = await execute(db, file, options, task, mode);
  return {
    rows: session.preview,
    headers: session.layout?.headers ?? [],
    headerRow: session.layout?.headerRow ?? 0,
    mappingSource: session.mappingSource,
    wouldAbort: (options.onError ?? 'abort') === 'abort' && result.problems.errors > 0,
    result,
  };
}

/**
 * One import, read once in the usual case. The head's guess of the date order and decimal separator
 * is checked against every value while reading; when the whole file says otherwise (a day-first
 * file whose first thousands of rows all have days ≤ 12), the pass is rolled back and the file read
 * again with the formats the whole file settled, so no row is stored with swapped dates.
 */
async function execute(db: Db, file: string, options: ImportOptions, task: TaskContext, mode: SessionMode) {
  const started = performance.now();
  const first = await attempt(db, file, options, task, mode, {}, true);
  const done = 'redo' in first ? ((await attempt(db, file, options, task, mode, first.redo, false)) as Attempt) : first;
  // Both passes when the file was read again: the time the user waited.
  done.result.seconds = (performance.now() - started) / 1000;
  return done;
}

interface Attempt {
  result: ImportResult;
  session: ImportSession;
}

async function attempt(
  db: Db,
  file: string,
  options: ImportOptions,
  task: TaskContext,
  mode: SessionMode,
  hints: FormatHints,
  mayRedo: boolean,
): Promise<Attempt | { redo: FormatHints }> {
  requireImportSchema(db);
  if (db.inTransaction) {
    throw new AppError('internal', 'An import needs the workspace connection to itself: a transaction is already open', {});
  }
  const source = await openSource(file, options);
  const { info } = source;
  const problems = new ProblemCollector(info.fileName, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  if (info.looksLikeUtf8) {
    problems.warning('encoding', 0, '', '', 'The file looks like UTF-8 but is read as GB18030, so text may be garbled; choose "auto" or UTF-8');
  }
  const session = new ImportSession(db, info, options, problems, task, mode, hints);
  try {
    const fingerprint = await source.read(session.onRow, (bytes) => {
      task.throwIfCancelled();
      task.progress(READING_STEP, bytes, info.bytes);
      return session.wantsMore;
    });
    session.endOfFile();
    task.throwIfCancelled();
    const redo = mayRedo ? session.formatsToRedo() : null;
    if (redo) {
      session.rollback();
      return { redo };
    }
    const undecidedDates = session.refuseUndecidedDates();
    const rowsStored = session.finishWriting();
    task.throwIfCancelled();
    const aborted = undecidedDates || ((options.onError ?? 'abort') === 'abort' && problems.errors > 0);
    const commit = !mode.dryRun && !aborted && fingerprint !== null;
    const wc = session.wc!;
    reportCreated(session, fingerprint, commit);
    const mapping: ImportMapping = { ...session.mapping!, ...session.formatsUsed };
    const result: ImportResult = {
      importId: null,
      status: aborted ? 'aborted' : 'done',
      kind: options.kind,
      file: info.fileName,
      fingerprint: fingerprint ?? '',
      rowsRead: session.rowsRead,
      rowsStored: aborted ? 0 : rowsStored,
      rowsSkipped: aborted ? session.rowsRead : session.rowsRead - rowsStored,
      warnings: problems.warnings,
      problems: problems.summary(),
      // The names are capped (a summary, not a catalogue); the counts are whole.
      created: { products: wc.products.created.slice(0, CREATED_NAMES_SHOWN), locations: wc.locations.created.slice(0, CREATED_NAMES_SHOWN) },
      createdCounts: { products: wc.products.created.length, locations: wc.locations.created.length },
      dateOrders: session.dateOrders(),
      changes: aborted ? {} : wc.changes.tables,
      mapping,
      seconds: 0,
    };
    const returns = session.writer?.returns;
    if (returns) result.returns = aborted ? { rows: 0, units: 0 } : { ...returns };
    if (!commit) {
      session.rollback();
    } else {
      finishLogEntry(db, session.importId, {
        fingerprint,
        rowsRead: result.rowsRead,
        rowsStored: result.rowsStored,
        rowsSkipped: result.rowsSkipped,
        warnings: result.warnings,
        details: logDetails(session, result),
      });
      if (options.saveMapping !== false) saveMapping(db, options.kind, session.layout!.headers, session.mapping!, info.fileName);
      // Readers that keep what they computed (a plan's lead times) see purchase or supplier data move.
      // SKUs a sales, stock or order file created on the spot are counted by the lookup, not the writer.
      moveDataVersionsOfTables(db, [...Object.keys(wc.changes.tables), ...(wc.products.created.length > 0 ? ['products'] : [])]);
      session.commit();
      result.importId = session.importId;
    }
    return { result, session };
  } catch (error) {
    session.rollback();
    throw error;
  }
}

function reportCreated(session: ImportSession, fingerprint: string | null, commit: boolean): void {
  const { problems, options, importId } = session;
  const wc = session.wc!;
  const added = commit ? 'added' : 'to be added';
  const stored = commit ? 'were stored' : 'would be stored';
  const products = wc.products.created;
  if (products.length > 0) {
    const shown = products.slice(0, 20).map(shortValue).join(', ') + (products.length > 20 ? ` and ${products.length - 20} more` : '');
    problems.warning('new_products', 0, wc.columnName('sku'), '', `${plural(products.length, 'SKU is', 'SKUs are')} new to the catalogue, ${added}: ${shown}`, 'sku');
  }
  const locations = wc.locations.created;
  if (locations.length > 0) {
    problems.warning('new_locations', 0, wc.columnName('location'), '', `${plural(locations.length, 'location is', 'locations are')} new, ${added}: ${locations.slice(0, 20).map(shortValue).join(', ')}${locations.length > 20 ? ` and ${locations.length - 20} more` : ''}`, 'location');
  }
  if (wc.locations.usedDefault) {
    problems.warning('default_location', 0, '', '', `Rows without a location ${stored} at location ${wc.locations.defaultName}`, 'location');
  }
  const earlier = fingerprint ? findSameFile(session.wc!.db, fingerprint, { kind: options.kind, exceptId: importId }) : null;
  if (earlier) {
    problems.warning('already_imported', 0, '', '', `This file was already imported (import #${earlier.id}, ${earlier.finishedAt}); its rows replace the earlier ones, nothing is counted twice`);
  }
}

function logDetails(session: ImportSession, result: ImportResult): Record<string, unknown> {
  const { info } = session;
  return {
    format: info.format,
    encoding: info.encoding,
    delimiter: info.delimiter,
    sheet: info.sheet,
    headerRow: session.layout?.headerRow,
    mapping: result.mapping,
    mappingSource: session.mappingSource,
    onError: session.options.onError ?? 'abort',
    problems: result.problems.byCode,
    errors: result.problems.errors,
    created: { products: session.wc!.products.created.length, locations: session.wc!.locations.created.length },
    changes: result.changes,
    ...(result.returns ? { returns: result.returns } : {}),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
