import type { Db } from '../../db/workspace';

type Row = Record<string, unknown>;

/**
 * Records what an import did to each row, so undo can replay it backwards:
 * inserted rows are deleted, updated rows get their old values back, deleted rows return.
 */
export class UndoLog {
  private readonly insert;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.insert = db.prepare('INSERT INTO import_undo (import_id, table_name, action, row_key, before) VALUES (?, ?, ?, ?, ?)');
  }

  inserted(table: UndoTable, key: Row): void {
    this.insert.run(this.importId, table, 'inserted', JSON.stringify(key), null);
  }

  updated(table: UndoTable, key: Row, before: Row): void {
    this.insert.run(this.importId, table, 'updated', JSON.stringify(key), JSON.stringify(before));
  }

  deleted(table: UndoTable, key: Row, before: Row): void {
    this.insert.run(this.importId, table, 'deleted', JSON.stringify(key), JSON.stringify(before));
  }
}

/** The tables undo may touch: names read back from the database are checked against this list. */
export const undoTables = [
  'products',
  'locations',
  'suppliers',
  'supplier_terms',
  'stock_snapshots',
  'purchase_orders',
  'po_lines',
  'receipts',
  'lanes',
] as const;
export type UndoTable = (typeof undoTables)[number];

export function isUndoTable(name: string): name is UndoTable {
  return (undoTables as readonly string[]).includes(name);
}
