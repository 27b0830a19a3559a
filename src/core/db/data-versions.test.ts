import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { dataVersion, moveDataVersionsOfTables } from './data-versions';
import { migrate } from './migrate';
import { migrations } from './migrations';

describe('data versions of purchases and suppliers', () => {
  const tempDir = useTempDir();

  it('moves each counter once for the tables a writer changed, and only in a transaction that commits', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    expect(dataVersion(db, 'purchases')).toBe(0);
    moveDataVersionsOfTables(db, ['po_lines', 'receipts', 'products']);
    expect(dataVersion(db, 'purchases')).toBe(1);
    expect(dataVersion(db, 'suppliers')).toBe(0);
    moveDataVersionsOfTables(db, ['supplier_terms', 'purchase_orders']);
    expect([dataVersion(db, 'purchases'), dataVersion(db, 'suppliers')]).toEqual([2, 1]);
    moveDataVersionsOfTables(db, ['sales_daily', 'stock_snapshots']);
    expect([dataVersion(db, 'purchases'), dataVersion(db, 'suppliers')]).toEqual([2, 1]);
    expect(() =>
      db.transaction(() => {
        moveDataVersionsOfTables(db, ['receipts']);
        throw new Error('import failed');
      })(),
    ).toThrow('import failed');
    expect(dataVersion(db, 'purchases')).toBe(2);
    db.close();
  });
});
