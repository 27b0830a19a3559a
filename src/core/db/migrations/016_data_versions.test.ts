import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { markSalesSeriesStale, refreshSalesSeries, salesVersion } from '../sales-series/store';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 016: data versions', () => {
  const tempDir = useTempDir();

  it('moves the sales version with every writer of sales_daily, in its transaction', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    expect(salesVersion(db)).toBe(0);
    refreshSalesSeries(db, [{ product: 1, location: 1, from: '2026-01-01', to: '2026-01-07' }]);
    expect(salesVersion(db)).toBe(1);
    markSalesSeriesStale(db);
    expect(salesVersion(db)).toBe(2);
    // Nothing touched, nothing moved.
    refreshSalesSeries(db, []);
    expect(salesVersion(db)).toBe(2);
    // A writer that rolls back leaves it where it was.
    expect(() =>
      db.transaction(() => {
        markSalesSeriesStale(db);
        throw new Error('import failed');
      })(),
    ).toThrow('import failed');
    expect(salesVersion(db)).toBe(2);
    db.close();
  });
});
