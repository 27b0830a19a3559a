import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { importFile, importWorkspace, writeText } from '../../../../test/fixtures/import-workspace';
import { salesByWeek } from '../../data/activity-queries';
import { undoImport } from '../../import/write/undo';
import { workspaceInfo } from '../info';
import type { Db } from '../workspace';
import { markSalesTotalsStale, rebuildSalesTotals, salesTotalsComplete, storedSalesTotals, weekTotals } from './store';
import { weekTotalsSql } from './week-sql';
import { ensureHistoryStore } from '../../forecasting/history';
import { readProducts } from '../../forecasting/products';
import { createInlineTaskContext } from '../../ground/task-context';

/** What the kept tables hold, beside what the defining queries give over every daily row now. */
function keptAndScanned(db: Db) {
  return {
    kept: { weeks: db.prepare('SELECT * FROM sales_weeks ORDER BY week').all(), sold: db.prepare('SELECT product_id FROM sales_sold_products ORDER BY 1').pluck().all() },
    scanned: {
      weeks: db.prepare(weekTotalsSql()).all(),
      sold: db.prepare('SELECT DISTINCT product_id FROM sales_daily WHERE units > 0 ORDER BY 1').pluck().all(),
    },
  };
}

const HEADER = 'sku,date,units,revenue,location,orders,promo';

describe('weekly sales totals kept beside sales_daily', () => {
  const tempDir = useTempDir();

  it('follow imports that add and replace days across weeks, and their undo, exactly', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    expect(salesTotalsComplete(ws.db)).toBe(true);
    const first = [HEADER, 'A,2024-01-01,3,30.10,S1,2,0', 'A,2024-01-07,1,10.05,S2,1,1', 'A,2024-01-08,2,20.00,S1,1,0', 'B,2024-01-03,5,7.77,S1,4,1', 'C,2024-02-14,1,0.10,S1,1,0'];
    const one = await importFile(ws.db, writeText(dir, 'a.csv', first.join('\n')), { kind: 'sales' });
    const afterFirst = keptAndScanned(ws.db);
    expect(afterFirst.kept).toEqual(afterFirst.scanned);
    expect(afterFirst.kept.weeks.length).toBe(3);

    // C's only sale becomes 0 (C no longer sold), a day of A is replaced, a new week and SKU appear.
    const second = [HEADER, 'C,2024-02-14,0,0,S1,0,0', 'A,2024-01-07,4,44.40,S2,3,0', 'D,2024-03-01,2.5,5.55,S2,1,1'];
    const two = await importFile(ws.db, writeText(dir, 'b.csv', second.join('\n')), { kind: 'sales' });
    const afterSecond = keptAndScanned(ws.db);
    expect(afterSecond.kept).toEqual(afterSecond.scanned);
    expect(afterSecond.kept.sold).toHaveLength(3);

    undoImport(ws.db, two.importId!);
    expect(keptAndScanned(ws.db).kept).toEqual(afterFirst.kept);
    undoImport(ws.db, one.importId!);
    expect(keptAndScanned(ws.db).kept).toEqual({ weeks: [], sold: [] });
    ws.close();
  });

  it('give the weekly rows and the workspace info the scans give', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'a.csv', [HEADER, 'A,2023-12-31,3,30.10,S1,2,0', 'A,2024-01-01,1,10.05,S2,1,1', 'B,2024-01-09,0,0,S1,0,0'].join('\n')), { kind: 'sales' });
    const info = workspaceInfo(ws.db);
    const kept = { weeks: weekTotals(ws.db), sales: info.sales, dailyRows: info.tables.sales_daily };
    expect(kept.dailyRows).toBe(3);
    expect(storedSalesTotals(ws.db)).toEqual({ rows: 3, units: 4, revenue: 30.1 + 10.05, skus: 1 });
    markSalesTotalsStale(ws.db);
    expect(storedSalesTotals(ws.db)).toBeNull();
    const scanned = workspaceInfo(ws.db);
    expect({ weeks: weekTotals(ws.db), sales: scanned.sales, dailyRows: scanned.tables.sales_daily }).toEqual(kept);
    // Sunday 2023-12-31 and Monday 2024-01-01 fall in different weeks, each named by its Monday.
    expect(salesByWeek(ws.db).map((w) => w.week)).toEqual(['2023-12-25', '2024-01-01', '2024-01-08']);
    ws.db.transaction(() => rebuildSalesTotals(ws.db))();
    expect(salesTotalsComplete(ws.db)).toBe(true);
    expect(keptAndScanned(ws.db).kept).toEqual(keptAndScanned(ws.db).scanned);
    ws.close();
  });

  it('of a workspace upgraded with sales are filled by the next job that reads history', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'a.csv', [HEADER, 'A,2024-01-01,3,30.10,S1,2,0', 'B,2024-01-09,2,7.00,S1,1,1'].join('\n')), { kind: 'sales' });
    // As migration 024 leaves a workspace that has sales: empty tables, not complete.
    ws.db.exec('DELETE FROM sales_weeks; DELETE FROM sales_sold_products');
    markSalesTotalsStale(ws.db);
    expect(storedSalesTotals(ws.db)).toBeNull();
    ensureHistoryStore(ws.db, readProducts(ws.db), createInlineTaskContext());
    expect(salesTotalsComplete(ws.db)).toBe(true);
    const filled = keptAndScanned(ws.db);
    expect(filled.kept.weeks).toHaveLength(2);
    expect(filled.kept).toEqual(filled.scanned);
    ws.close();
  });

  it('after an import of many weeks (rebuilt by ranges of products) and its undo, exactly', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const first = await importFile(ws.db, writeText(dir, 'a.csv', [HEADER, 'A,2024-01-01,3,30.10,S1,2,0', 'B,2024-02-01,1,1.00,S1,1,0'].join('\n')), { kind: 'sales' });
    const year = await importFile(ws.db, writeText(dir, 'b.csv', [HEADER, 'A,2024-01-02,1,10.05,S1,1,1', 'A,2024-09-30,2,7.00,S1,1,0', 'C,2024-05-06,1,2.50,S2,1,0', 'B,2024-02-01,0,0,S1,0,0'].join('\n')), { kind: 'sales' });
    const afterYear = keptAndScanned(ws.db);
    expect(afterYear.kept.weeks).toHaveLength(4);
    expect(afterYear.kept).toEqual(afterYear.scanned);
    undoImport(ws.db, year.importId!);
    const undone = keptAndScanned(ws.db);
    expect(undone.kept).toEqual(undone.scanned);
    expect(undone.kept.sold).toHaveLength(2);
    undoImport(ws.db, first.importId!);
    expect(keptAndScanned(ws.db).kept).toEqual({ weeks: [], sold: [] });
    ws.close();
  });
});
