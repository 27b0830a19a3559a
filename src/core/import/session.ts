import type { Db } from '../db/workspace';
import { beginWrite, endWrite } from '../db/write-lock';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { inferFormats, type FormatHints } from './formats';
import { FormatTallies } from './format-tallies';
import { kindDefinitions } from './kinds';
import type { KindSpec } from './kinds/fields';
import type { ColumnIndex, RowValidator } from './kinds/kind';
import { RowReader } from './kinds/row-reader';
import { LOOKAHEAD_ROWS, MAX_COLUMNS } from './limits';
import { findLayout, type BufferedRow, type Layout } from './mapping/header-row';
import { chooseMapping } from './mapping/choose';
import { resolveMapping } from './mapping/resolve';
import { shortValue, type ProblemCollector } from './problems';
import { isBlankRow, type Cell, type RowFlags } from '../ground/files/read/cell';
import type { SourceInfo } from '../ground/files/read/source';
import type { DateOrderReport, ImportMapping, ImportOptions } from './types';
import { ChangeCounter, STORING_STEP, type RecordWriter, type WriteContext } from './write/context';
import { startLogEntry } from './write/import-log';
import { LocationLookup, ProductLookup } from './write/lookups';
import { UndoLog } from './write/undo-log';
import { createWriter } from './write/writers';

export interface PreviewRow {
  row: number;
  /** False when the row has an error and would not be stored. */
  ok: boolean;
  values: Record<string, unknown>;
}

export interface SessionMode {
  /** Roll back at the end whatever happens (preview). */
  dryRun: boolean;
  /** How many records to keep as they would be stored. */
  previewRows: number;
  /** Stop after this many data rows (a quick preview of a big file). */
  limitRows?: number;
}

/**
 * One import from the first row to the decision: buffers the first rows until the
 * header, mapping and formats are known, then opens the transaction and feeds every
 * row through reader → validator → writer. Nothing is committed here.
 */
export class ImportSession {
  layout: Layout | null = null;
  mapping: ImportMapping | null = null;
  mappingSource: 'given' | 'saved' | 'proposed' = 'proposed';
  formatsUsed: Pick<ImportMapping, 'dateOrder' | 'decimalSeparator'> = {};
  rowsRead = 0;
  rowsAccepted = 0;
  readonly preview: PreviewRow[] = [];
  importId = 0;
  wc: WriteContext | null = null;
  writer: RecordWriter<unknown> | null = null;

  private buffer: BufferedRow[] = [];
  private started = false;
  private ownsTransaction = false;
  private reader: RowReader | null = null;
  private validator: RowValidator<unknown> | null = null;
  private tallies: FormatTallies | null = null;

  constructor(
    private readonly db: Db,
    readonly info: SourceInfo,
    readonly options: ImportOptions,
    readonly problems: ProblemCollector,
    private readonly task: TaskContext,
    private readonly mode: SessionMode,
    /** Formats an earlier pass over the whole file settled (see `FormatTallies.redo`). */
    private readonly hints: FormatHints = {},
  ) {}

  readonly onRow = (cells: Cell[], row: number, flags: RowFlags | null): void => {
    if (this.started) {
      this.process(cells, row, flags);
      return;
    }
    // A row wider than any real file: decide now rather than buffer thousands of them. After
    // other rows it is a data row (an error of its own), never a candidate for the header.
    const tooWide = (flags?.fieldCount ?? cells.length) > MAX_COLUMNS;
    if (tooWide && this.buffer.some((r) => !isBlankRow(r.cells))) {
      this.start();
      this.process(cells, row, flags);
      return;
    }
    this.buffer.push({ cells, row, flags });
    if (this.buffer.length >= LOOKAHEAD_ROWS || tooWide) this.start();
  };

  /** False once a quick preview has seen enough rows. */
  get wantsMore(): boolean {
    return this.mode.limitRows === undefined || this.rowsRead < this.mode.limitRows;
  }

  endOfFile(): void {
    if (!this.started) this.start();
    if (this.rowsRead === 0) {
      throw new AppError('invalid_input', `${this.info.fileName} has a header row but no data rows: there is nothing to import`, {
        file: this.info.fileName,
        row: this.layout?.headerRow ?? 0,
        reason: 'file_header_only',
      });
    }
  }

  /** Roll back this import's transaction (never one the caller had open). */
  rollback(): void {
    if (this.ownsTransaction) endWrite(this.db, 'ROLLBACK');
    this.ownsTransaction = false;
  }

  commit(): void {
    endWrite(this.db, 'COMMIT');
    this.ownsTransaction = false;
  }

  private start(): void {
    const { fileName } = this.info;
    const { kind } = this.options;
    const layout = findLayout(this.buffer, fileName, this.options.headerRow);
    this.layout = layout;
    const dataRows = this.buffer.slice(layout.headerIndex + 1);
    const samples = dataRows.filter((r) => !isBlankRow(r.cells)).map((r) => r.cells);
    const spec = kindDefinitions[kind].spec;
    const chosen = chooseMapping(this.db, kind, layout.headers, samples, this.options.mapping);
    if (this.options.dateOrder) chosen.mapping = { ...chosen.mapping, dateOrder: this.options.dateOrder };
    this.mappingSource = chosen.source;
    const columns = this.resolve(spec, layout.headers, chosen.mapping);
    const inferred = inferFormats(spec, layout.headers, columns, samples, chosen.mapping, this.hints);
    this.mapping = chosen.mapping;
    this.formatsUsed = summariseFormats(inferred.dateOrders, inferred.decimalSeparators);
    this.tallies = new FormatTallies(spec, columns, layout.headers, inferred);
    this.warnAboutFormats(columns);
    this.reader = new RowReader(this.problems, inferred.formats, { delimiter: this.info.delimiter });
    this.validator = kindDefinitions[kind].createValidator(columns, samples);
    this.openTransaction(columns, layout.headers);
    this.started = true;
    this.buffer = [];
    for (const r of dataRows) this.process(r.cells, r.row, r.flags);
  }

  /** Garbled headers are the usual sign of a wrong encoding: say so in the message. */
  private resolve(spec: KindSpec, headers: readonly string[], mapping: ImportMapping): ColumnIndex {
    try {
      return resolveMapping(spec, headers, mapping, this.info.fileName);
    } catch (error) {
      if (!(error instanceof AppError) || !this.info.looksLikeUtf8) throw error;
      throw new AppError(error.code, `${error.message}. The file looks like UTF-8 but was read as GB18030: choose the encoding "auto" or UTF-8`, {
        ...error.details,
        file: this.info.fileName,
        // The encoding is the cause: the UI words this, not the garbled columns.
        reason: 'file_looks_utf8',
      });
    }
  }

  private openTransaction(columns: ColumnIndex, headers: readonly string[]): void {
    // Waits its turn behind another writer (and says so) instead of failing: see write-lock.ts.
    beginWrite(this.db);
    this.ownsTransaction = true;
    this.importId = startLogEntry(this.db, this.options.kind, this.info.fileName);
    const undo = new UndoLog(this.db, this.importId);
    const reader = this.reader!;
    this.wc = {
      db: this.db,
      importId: this.importId,
      problems: this.problems,
      undo,
      products: new ProductLookup(this.db, undo),
      locations: new LocationLookup(this.db, undo, this.mapping?.defaultLocation ?? null),
      changes: new ChangeCounter(),
      task: this.task,
      columnName: (field) => {
        const col = columns[field];
        return col === undefined ? '' : headers[col] || reader.columnName(col);
      },
      defaultDate: this.mapping?.defaultDate ?? localToday(),
    };
    this.writer = createWriter(this.options.kind, this.wc, this.expectedRows());
  }

  /** Rows the whole file probably has, from the bytes the buffered rows took (CSV) or a typical row size. */
  private expectedRows(): number {
    const bytesPerRow = this.info.format === 'csv' ? 60 : 25;
    return Math.round(this.info.bytes / bytesPerRow);
  }

  private process(cells: Cell[], row: number, flags: RowFlags | null): void {
    if (isBlankRow(cells) || !this.wantsMore) return;
    this.rowsRead++;
    this.tallies!.add(cells);
    // The head's guess of the date order is proven wrong and the file will be read again: only count from here.
    if (this.tallies!.contradicted) return;
    const reader = this.reader!;
    const validator = this.validator!;
    reader.start(cells, row, flags);
    let stored = false;
    if (validator.validate(reader)) stored = this.store(validator.record, row);
    if (stored) this.rowsAccepted++;
    if (this.preview.length < this.mode.previewRows) {
      this.preview.push({ row, ok: stored, values: { ...(validator.record as Record<string, unknown>) } });
    }
  }

  private store(record: unknown, row: number): boolean {
    try {
      return this.writer!.add(record, row);
    } catch (error) {
      // A constraint the validators did not foresee costs this row, not the import.
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) throw error;
      this.problems.error('database', row, '', '', `This row was refused by the workspace: ${(error as Error).message}`);
      return false;
    }
  }

  /** Formats to read the file again with, when its whole columns disagree with the head's guess. */
  formatsToRedo(): FormatHints | null {
    return this.tallies?.redo() ?? null;
  }

  /** How each date column's day/month order was settled. */
  dateOrders(): DateOrderReport[] {
    return this.tallies?.reports() ?? [];
  }

  /**
   * Date columns where every value fits both day/month and month/day: nothing may be stored until
   * the order is given, whatever `onError` says, since every row would be read one way by guess.
   */
  refuseUndecidedDates(): boolean {
    const undecided = this.dateOrders().filter((d) => d.source === 'ask');
    for (const d of undecided) {
      const column = shortValue(d.column);
      this.problems.error(
        'ambiguous_dates',
        0,
        column,
        '',
        `Every date in "${column}" (such as 03/04/2024) fits both day/month and month/day, so the order cannot be told from the file: ` +
          'choose the date order (day/month/year or month/day/year; on the command line --date-order dmy|mdy|ymd)',
        d.field,
      );
    }
    return undecided.length > 0;
  }

  private warnAboutFormats(columns: ColumnIndex): void {
    if (this.options.kind === 'stock' && columns.date === undefined) {
      const date = this.mapping?.defaultDate ?? localToday();
      this.problems.warning('default_date', 0, '', '', `The file has no date column: stock is recorded as of ${date}`, 'date');
    }
  }

  /** Run the writer's final step; returns the rows stored. */
  finishWriting(): number {
    this.task.progress(STORING_STEP, 0, 1);
    this.writer!.finish();
    this.task.progress(STORING_STEP, 1, 1);
    return this.rowsAccepted - this.writer!.rejectedAtFinish;
  }
}

function summariseFormats(
  dateOrders: Record<string, { order: ImportMapping['dateOrder'] }>,
  decimals: Record<string, ImportMapping['decimalSeparator']>,
): Pick<ImportMapping, 'dateOrder' | 'decimalSeparator'> {
  const out: Pick<ImportMapping, 'dateOrder' | 'decimalSeparator'> = {};
  const order = Object.values(dateOrders).find((d) => d.order !== 'YMD')?.order;
  if (order) out.dateOrder = order;
  if (Object.values(decimals).includes(',')) out.decimalSeparator = ',';
  return out;
}

export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
