import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/workspace';
import type { ChangeCounter } from './context';
import type { UndoLog, UndoTable } from './undo-log';

type Row = Record<string, unknown>;

/**
 * Updates the columns of one row whose new value differs, remembering the old values
 * for undo. A value left out (undefined or null) is "not in the file" and never erases
 * what the workspace has.
 */
export class RowUpdater {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly table: UndoTable,
    private readonly undo: UndoLog,
    private readonly changes: ChangeCounter,
  ) {}

  /** Returns true when something changed. */
  update(key: Row, before: Row, after: Row): boolean {
    const columns: string[] = [];
    const values: unknown[] = [];
    const old: Row = {};
    for (const [column, value] of Object.entries(after)) {
      if (value === undefined || value === null || value === before[column]) continue;
      columns.push(column);
      values.push(value);
      old[column] = before[column];
    }
    if (columns.length === 0) return false;
    const keyColumns = Object.keys(key);
    this.statement(columns, keyColumns).run(...values, ...keyColumns.map((k) => key[k]));
    this.undo.updated(this.table, key, old);
    this.changes.add(this.table, 'updated');
    return true;
  }

  private statement(columns: string[], keyColumns: string[]): Statement {
    const id = `${columns.join(',')}|${keyColumns.join(',')}`;
    let statement = this.statements.get(id);
    if (!statement) {
      statement = this.db.prepare(
        `UPDATE ${this.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${keyColumns.map((k) => `${k} = ?`).join(' AND ')}`,
      );
      this.statements.set(id, statement);
    }
    return statement;
  }
}

/** Insert a row (nulls left to the column defaults) and remember it for undo; returns the new rowid. */
export function insertRow(db: Db, table: UndoTable, row: Row, undo: UndoLog, changes: ChangeCounter, statements: Map<string, Statement>): number {
  const columns = Object.keys(row).filter((c) => row[c] !== undefined && row[c] !== null);
  const id = `${table}:${columns.join(',')}`;
  let statement = statements.get(id);
  if (!statement) {
    statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    statements.set(id, statement);
  }
  const rowid = Number(statement.run(...columns.map((c) => row[c])).lastInsertRowid);
  undo.inserted(table, table === 'stock_snapshots' ? { product_id: row.product_id, location_id: row.location_id, date: row.date } : { id: rowid });
  changes.add(table, 'inserted');
  return rowid;
}
