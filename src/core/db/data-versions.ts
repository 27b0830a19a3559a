/**
 * The counters of `data_versions` (migration 016): a writer moves the counter of the data it wrote
 * in its own transaction, so a reader that keeps what it computed (a plan's lead-time
 * statistics) knows in one look-up whether its inputs changed. 'purchases' covers purchase orders,
 * their lines and receipts; 'suppliers' the suppliers and their terms (due dates and promised lead
 * times come from them); 'stock' the stock counts (imports and undo: the alerts' inputs,
 * monitoring/alerts/refresh-inputs.ts); 'products' the catalogue (a catalogue import, a SKU an
 * import creates on the spot, undo, the demo's catalogue). 'sales' is moved by the sales-series store's writers,
 * which every writer of sales_daily goes through (sales-series/store.ts).
 */

import type Database from 'better-sqlite3';

export type DataName = 'sales' | 'purchases' | 'suppliers' | 'stock' | 'products';

/** Which counter a write to each table moves. */
const COUNTER_OF_TABLE: Readonly<Record<string, DataName>> = {
  purchase_orders: 'purchases',
  po_lines: 'purchases',
  receipts: 'purchases',
  suppliers: 'suppliers',
  supplier_terms: 'suppliers',
  stock_snapshots: 'stock',
  products: 'products',
};

export function dataVersion(db: Database.Database, name: DataName): number {
  return (db.prepare('SELECT version FROM data_versions WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
}

export function moveDataVersion(db: Database.Database, name: DataName): void {
  db.prepare('INSERT INTO data_versions (name, version) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET version = version + 1').run(name);
}

/** Moves, once each, the counters of the tables a writer changed (other tables move nothing). */
export function moveDataVersionsOfTables(db: Database.Database, tables: Iterable<string>): void {
  const names = new Set<DataName>();
  for (const table of tables) {
    const name = COUNTER_OF_TABLE[table];
    if (name) names.add(name);
  }
  for (const name of names) moveDataVersion(db, name);
}
