import Database from 'better-sqlite3';
import { nativeBindingPath } from './native-binding';
import { beginWrite, BUSY_TIMEOUT_MS, endWrite } from './write-lock';

/**
 * The one way a workspace connection is opened, for the app, its jobs, its readers and the CLI:
 *
 * - a generous busy timeout (BUSY_TIMEOUT_MS) for every statement, readers included;
 * - foreign keys on;
 * - on a connection that may write, every `db.transaction(fn)` begins IMMEDIATE: it takes the
 *   write lock before its first read, through `beginWrite`, which waits for the writer holding
 *   it (saying so) and fails only on a real timeout with `workspace_busy` (write-lock.ts).
 *   A deferred transaction that reads and then writes can hit SQLITE_BUSY at once when another
 *   writer got in between — no busy timeout waits that out — so none is left deferred by default
 *   (`.deferred` is still there for a read-only snapshot). Nested calls are savepoints as usual.
 *
 * The journal mode (WAL) is the workspace's own, set when it is created or opened
 * (workspace.ts); a job's connection finds it already set.
 */
export interface ConnectionOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

export function openConnection(path: string, options: ConnectionOptions = {}): Database.Database {
  const binding = nativeBindingPath();
  const db = new Database(path, { ...options, timeout: BUSY_TIMEOUT_MS, ...(binding ? { nativeBinding: binding } : {}) });
  try {
    db.pragma('foreign_keys = ON');
    if (!options.readonly) writeTransactionsImmediate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A private scratch file of a one-shot bulk build (the demo's stock side file): not a workspace,
 * so no write lock and no foreign keys; its journal stays in memory (no file to leave behind:
 * better-sqlite3's defensive mode refuses journal_mode = OFF) and nothing waits for the disk,
 * since a crash leaves a file its builder deletes and nobody else opens.
 */
export function openScratchFile(path: string): Database.Database {
  const binding = nativeBindingPath();
  const db = new Database(path, binding ? { nativeBinding: binding } : {});
  try {
    db.pragma('foreign_keys = OFF');
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

type AnyFn = (...args: never[]) => unknown;

/** Make `db.transaction(fn)` (and its `.default` and `.immediate`) begin with the write lock taken (see above). */
export function writeTransactionsImmediate(db: Database.Database): void {
  const original = db.transaction.bind(db) as (fn: AnyFn) => Database.Transaction<AnyFn>;
  const transaction = (fn: AnyFn): Database.Transaction<AnyFn> => {
    const inner = original(fn);
    const immediate = function (this: unknown, ...args: never[]): unknown {
      // Inside an open transaction: a savepoint, as better-sqlite3 does.
      if (db.inTransaction) return inner.deferred.apply(this, args);
      beginWrite(db);
      let result: unknown;
      try {
        result = fn.apply(this, args);
        if (result && typeof (result as { then?: unknown }).then === 'function') {
          throw new TypeError('Transaction function cannot return a promise');
        }
      } catch (error) {
        endWrite(db, 'ROLLBACK');
        throw error;
      }
      endWrite(db, 'COMMIT');
      return result;
    };
    Object.defineProperties(immediate, {
      default: { value: immediate },
      immediate: { value: immediate },
      deferred: { value: inner.deferred },
      exclusive: { value: inner.exclusive },
      database: { value: db, enumerable: true },
    });
    return immediate as unknown as Database.Transaction<AnyFn>;
  };
  db.transaction = transaction as Database.Database['transaction'];
}
