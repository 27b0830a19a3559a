import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../db/workspace';
import { markSalesTotalsStale, rebuildSalesTotals, salesTotalsComplete } from '../db/sales-totals/store';
import { salesBySku, salesByWeek } from './activity-queries';

describe('sales aggregates for the Data page', () => {
  const tempDir = useTempDir();

  function workspaceWithSales(rows: [string, string, string, number, number?][]) {
    const workspace = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'w' });
    const db = workspace.db;
    db.exec(`INSERT INTO products (id, sku, name) VALUES (1, 'A', 'Shirt'), (2, 'B', 'Mug'), (3, 'C', 'Unsold');
             INSERT INTO locations (id, code, name) VALUES (1, 'SH', 'Shanghai'), (2, 'GZ', 'Guangzhou');`);
    const insert = db.prepare(
      'INSERT INTO sales_daily (product_id, location_id, date, units, revenue, stockout) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const [sku, location, date, units, stockout] of rows) {
      insert.run(sku === 'A' ? 1 : 2, location === 'SH' ? 1 : 2, date, units, units * 10, stockout ?? 0);
    }
    // Rows written past the importers, as the demo writes them: the kept weekly totals are stale until rebuilt.
    markSalesTotalsStale(db);
    return db;
  }

  it('sums by ISO week starting Monday, counting each SKU once per week across locations', () => {
    const db = workspaceWithSales([
      ['A', 'SH', '2025-06-01', 2], // Sunday: week of Monday 2025-05-26
      ['A', 'SH', '2025-06-02', 3], // Monday: new week
      ['A', 'GZ', '2025-06-08', 1], // Sunday, same week as the Monday
      ['B', 'SH', '2025-06-04', 0, 1], // stock-out day: no sale
      ['B', 'GZ', '2025-06-05', 4],
    ]);
    const weeks = [
      { week: '2025-05-26', units: 2, revenue: 20, orders: 0, skusSold: 1, promoDays: 0 },
      { week: '2025-06-02', units: 8, revenue: 80, orders: 0, skusSold: 2, promoDays: 0 },
    ];
    expect(salesByWeek(db)).toEqual(weeks);
    // The same from the kept totals once they are built.
    db.transaction(() => rebuildSalesTotals(db))();
    expect(salesTotalsComplete(db)).toBe(true);
    expect(salesByWeek(db)).toEqual(weeks);
  });

  it('counts windows back from the newest sales date and lists unsold SKUs with zeros', () => {
    const db = workspaceWithSales([
      ['A', 'SH', '2024-01-10', 5],
      ['A', 'SH', '2025-05-20', 7],
      ['A', 'GZ', '2025-06-29', 1],
      ['B', 'SH', '2025-06-30', 0, 1],
      ['B', 'SH', '2025-04-01', 0, 1],
    ]);
    const [a, b, c] = salesBySku(db);
    expect(a).toMatchObject({ sku: 'A', units28d: 1, units365d: 8, unitsTotal: 13, firstSale: '2024-01-10', lastSale: '2025-06-29' });
    expect(b).toMatchObject({ sku: 'B', unitsTotal: 0, firstSale: null, stockoutDays90d: 1 });
    expect(c).toMatchObject({ sku: 'C', units28d: 0, unitsTotal: 0, lastSale: null, stockoutDays90d: 0 });
  });
});
