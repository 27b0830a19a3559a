import type { Statement } from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import { moveDataVersionsOfTables } from '../../db/data-versions';
import { refreshSalesSeries } from '../../db/sales-series/store';
import type { Db } from '../../db/workspace';
import { requireImportSchema } from './schema';
import { isUndoTable } from './undo-log';

export interface UndoResult {
  importId: number;
  /** Rows put back, removed or restored, per table. */
  changes: Record<string, number>;
}

const COLUMN = /^[a-z_]+$/;

/**
 * Put the workspace back as it was before an import, in one transaction. Imports are
 * undone newest first: a later import may have built on this one's rows.
 */
export function undoImport(db: Db, importId: number): UndoResult {
  requireImportSchema(db);
  const entry = db.prepare('SELECT id, status, file_name AS fileName FROM import_log WHERE id = ?').get(importId) as
    | { id: number; status: string; fileName: string }
    | undefined;
  if (!entry) throw new AppError('not_found', `There is no import #${importId}`, { importId });
  if (entry.status !== 'done') {
    throw new AppError('invalid_input', `Import #${importId} (${entry.fileName}) is ${entry.status}; only a finished import can be undone`, { importId });
  }
  const later = db.prepare("SELECT id, file_name AS fileName FROM import_log WHERE id > ? AND status = 'done' ORDER BY id DESC LIMIT 1").get(importId) as
    | { id: number; fileName: string }
    | undefined;
  if (later) {
    throw new AppError('invalid_input', `Import #${later.id} (${later.fileName}) came after import #${importId}; undo it first`, { importId, laterImportId: later.id });
  }
  const changes: Record<string, number> = {};
  const count = (table: string, n: number) => {
    if (n > 0) changes[table] = (changes[table] ?? 0) + n;
  };
  try {
    db.transaction(() => replay(db, importId, count, changes))();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      throw new AppError('invalid_input', `Import #${importId} cannot be undone: rows it added are now used by other data (${(error as Error).message})`, { importId });
    }
    throw error;
  }
  return { importId, changes };
}

function replay(db: Db, importId: number, count: (table: string, n: number) => void, changes: Record<string, number>): void {
  count('order_lines', db.prepare('DELETE FROM order_lines WHERE import_id = ?').run(importId).changes);
  count('order_lines', db.prepare('UPDATE order_lines SET replaced_by = NULL WHERE replaced_by = ?').run(importId).changes);
  restoreSales(db, importId, count);
  replayUndoLog(db, importId, count);
  moveDataVersionsOfTables(db, Object.keys(changes));
  for (const table of ['import_undo', 'import_sales_ranges', 'import_replaced_sales']) {
    db.prepare(`DELETE FROM ${table} WHERE import_id = ?`).run(importId);
  }
  db.prepare("UPDATE import_log SET status = 'undone', details = json_set(details, '$.undoneAt', ?) WHERE id = ?").run(new Date().toISOString(), importId);
  db.prepare("INSERT INTO audit_log (action, entity, entity_id, details) VALUES ('import.undo', 'import_log', ?, ?)").run(String(importId), JSON.stringify(changes));
}

function restoreSales(db: Db, importId: number, count: (table: string, n: number) => void): void {
  const remove = db.prepare('DELETE FROM sales_daily WHERE product_id = ? AND location_id = ? AND date BETWEEN ? AND ?');
  const ranges = db.prepare('SELECT product_id, location_id, date_from, date_to FROM import_sales_ranges WHERE import_id = ?').raw().all(importId) as [number, number, string, string][];
  for (const [product, location, from, to] of ranges) count('sales_daily', remove.run(product, location, from, to).changes);
  count(
    'sales_daily',
    db
      .prepare(
        `INSERT INTO sales_daily (product_id, location_id, date, units, revenue, orders, promo, stockout)
         SELECT product_id, location_id, date, units, revenue, orders, promo, stockout FROM import_replaced_sales WHERE import_id = ?`,
      )
      .run(importId).changes,
  );
  // Same transaction: the series store gets back exactly the rows now in those ranges.
  refreshSalesSeries(db, ranges.map(([product, location, from, to]) => ({ product, location, from, to })));
}

function replayUndoLog(db: Db, importId: number, count: (table: string, n: number) => void): void {
  const entries = db
    .prepare('SELECT table_name AS tableName, action, row_key AS rowKey, before FROM import_undo WHERE import_id = ? ORDER BY id DESC')
    .all(importId) as { tableName: string; action: string; rowKey: string; before: string | null }[];
  const statements = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  for (const entry of entries) {
    if (!isUndoTable(entry.tableName)) throw new AppError('internal', `Undo refers to an unknown table ${entry.tableName}`, { importId });
    const key = JSON.parse(entry.rowKey) as Record<string, unknown>;
    const before = entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : {};
    const keyColumns = checkedColumns(Object.keys(key));
    const where = keyColumns.map((c) => `${c} = ?`).join(' AND ');
    const keyValues = keyColumns.map((c) => key[c]);
    if (entry.action === 'inserted') {
      count(entry.tableName, prepare(`DELETE FROM ${entry.tableName} WHERE ${where}`).run(...keyValues).changes);
    } else if (entry.action === 'updated') {
      const columns = checkedColumns(Object.keys(before));
      const set = columns.map((c) => `${c} = ?`).join(', ');
      count(entry.tableName, prepare(`UPDATE ${entry.tableName} SET ${set} WHERE ${where}`).run(...columns.map((c) => before[c]), ...keyValues).changes);
    } else {
      const row = { ...before, ...key };
      const columns = checkedColumns(Object.keys(row));
      const sql = `INSERT INTO ${entry.tableName} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      count(entry.tableName, prepare(sql).run(...columns.map((c) => row[c])).changes);
    }
  }
}

function checkedColumns(columns: string[]): string[] {
  for (const column of columns) {
    if (!COLUMN.test(column)) throw new AppError('internal', `Undo refers to an unknown column ${column}`, {});
  }
  return columns;
}
