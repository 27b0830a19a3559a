import type { Db } from '../../db/workspace';
import type { TaskContext } from '../../ground/task-context';
import type { ProblemCollector } from '../problems';
import type { LocationLookup, ProductLookup } from './lookups';
import type { UndoLog } from './undo-log';

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

/** Counts what an import changed, per table, for the log and the summary. */
export class ChangeCounter {
  readonly tables: Record<string, TableChanges> = {};

  add(table: string, kind: keyof TableChanges, n = 1): void {
    const entry = (this.tables[table] ??= { inserted: 0, updated: 0, deleted: 0 });
    entry[kind] += n;
  }
}

/** Everything a writer needs; one per import, inside its transaction. */
export interface WriteContext {
  db: Db;
  importId: number;
  problems: ProblemCollector;
  undo: UndoLog;
  products: ProductLookup;
  locations: LocationLookup;
  changes: ChangeCounter;
  task: TaskContext;
  /** Header text of the column a field comes from, for problems found while writing. */
  columnName(field: string): string;
  /** Snapshot date for stock rows without one. */
  defaultDate: string;
}

/**
 * Stores the typed records of one kind. `add` gets each valid row in file order and
 * may reject it (reporting why); `finish` writes anything staged and may reject more
 * (duplicates found once the whole file is known).
 */
export interface RecordWriter<R> {
  add(record: R, row: number): boolean;
  finish(): void;
  /** Rows accepted by add() and then rejected by finish(). */
  readonly rejectedAtFinish: number;
  /** Rows read as returns and their units, for kinds that have them (sales). */
  readonly returns?: { rows: number; units: number };
}

/** Progress and cancellation inside long synchronous loops, checked every few thousand rows. */
export function checkpoint(task: TaskContext, step: string, done: number, total: number): void {
  if ((done & 8191) === 0) {
    task.throwIfCancelled();
    task.progress(step, done, total);
  }
}

export const STORING_STEP = 'Storing rows';
