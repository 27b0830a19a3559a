import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { count, importFile, importWorkspace, planningSnapshot, writeText } from '../../../test/fixtures/import-workspace';
import { orderTime, unitPrice, writeOrderLineExport } from '../../../test/fixtures/order-line-export';
import { previewImport } from './run-import';

describe('formats decided from every value of the file, not its head', () => {
  const tempDir = useTempDir();

  it('imports a GB18030 ";" decimal-comma export whose first 12,000 rows all have day ≤ 12 day-first, in one go with defaults', async () => {
    const dir = tempDir();
    const shape = { rows: 14_000, skus: 2_513, ambiguousRows: 12_000 };
    const file = writeOrderLineExport(dir, 'orders.csv', shape);
    const ws = importWorkspace(dir);
    const result = await importFile(ws.db, file, { kind: 'order-lines' });
    expect(result.problems.errors).toBe(0);
    expect(result).toMatchObject({ status: 'done', rowsRead: 14_000, rowsStored: 14_000 });
    expect(result.mapping).toMatchObject({ dateOrder: 'DMY', decimalSeparator: ',' });
    expect(result.dateOrders).toEqual([
      expect.objectContaining({ field: 'orderedAt', column: '下单时间', order: 'DMY', source: 'data', dayFirst: 2_000, monthFirst: 0 }),
    ]);
    expect(result.dateOrders[0]!.reason).toBe('day-first: 2,000 values have day > 12');
    // Every SKU counted, though only the first 1,000 names are listed.
    expect(result.createdCounts.products).toBe(2_513);
    expect(result.created.products).toHaveLength(1_000);
    expect(count(ws.db, 'products')).toBe(2_513);
    const line = ws.db.prepare('SELECT ordered_at, date, unit_price, quantity FROM order_lines WHERE order_id = ?');
    for (const i of [0, 1, 13, 11_999, 12_000, 13_999]) {
      const row = line.get(`58${String(i).padStart(6, '0')}`) as { ordered_at: string; date: string; unit_price: number; quantity: number };
      expect(row.ordered_at).toBe(orderTime(i, shape).iso);
      expect(row.date).toBe(orderTime(i, shape).iso.slice(0, 10));
      expect(row.unit_price).toBeCloseTo(unitPrice(i).value, 6);
    }
    expect(line.get('58000000')).toMatchObject({ date: '2010-01-01', quantity: 1.5 });
    expect(line.get('58000001')).toMatchObject({ date: '2010-01-02' }); // 02/01/2010 is 2 January, not 1 February
    expect(line.get('58012000')).toMatchObject({ ordered_at: '2011-03-13 10:25:00' });
    ws.close();
  });

  it('asks for the order when every date fits both, and stores nothing even when told to skip bad rows', async () => {
    const dir = tempDir();
    const file = writeText(dir, 's.csv', 'sku,date,units\nA,03/04/2024,1\nB,05/06/2024,2\nC,11/12/2024,3\n');
    const ws = importWorkspace(dir);
    const before = planningSnapshot(ws.db);
    const result = await importFile(ws.db, file, { kind: 'sales', onError: 'skip' });
    expect(result.status).toBe('aborted');
    expect(result.rowsStored).toBe(0);
    expect(result.dateOrders).toEqual([expect.objectContaining({ field: 'date', source: 'ask', dayFirst: 0, monthFirst: 0 })]);
    const problem = result.problems.list.find((p) => p.code === 'ambiguous_dates')!;
    expect(problem).toMatchObject({ severity: 'error', column: 'date' });
    expect(problem.message).toMatch(/--date-order dmy\|mdy\|ymd/);
    expect(planningSnapshot(ws.db)).toBe(before);
    const given = await importFile(ws.db, file, { kind: 'sales', mapping: { columns: { sku: 'sku', date: 'date', units: 'units' }, dateOrder: 'DMY' } });
    expect(given).toMatchObject({ status: 'done', rowsStored: 3 });
    expect(given.dateOrders).toEqual([expect.objectContaining({ source: 'given', order: 'DMY' })]);
    expect(ws.db.prepare('SELECT date FROM sales_daily ORDER BY date').pluck().all()).toEqual(['2024-04-03', '2024-06-05', '2024-12-11']);
    ws.close();
  });

  it('refuses rows that read only in the other order instead of storing them swapped', async () => {
    const dir = tempDir();
    const lines = ['sku,date,units'];
    for (let i = 0; i < 2_500; i++) lines.push(`A${i},${String(1 + (i % 12)).padStart(2, '0')}/01/2024,1`);
    lines.push('B,25/01/2024,1', 'C,26/01/2024,1', 'D,01/27/2024,1');
    const file = writeText(dir, 's.csv', lines.join('\n') + '\n');
    const ws = importWorkspace(dir);
    const preview = await previewImport(ws.db, file, { kind: 'sales', onError: 'skip' });
    expect(preview.result.dateOrders[0]).toMatchObject({ order: 'DMY', dayFirst: 2, monthFirst: 1 });
    expect(preview.result.rowsStored).toBe(2_502);
    const bad = preview.result.problems.list.filter((p) => p.severity === 'error');
    expect(bad).toEqual([expect.objectContaining({ row: 2_504, column: 'date', value: '01/27/2024', code: 'bad_date' })]);
    ws.close();
  });

  it('reads decimal commas that first appear after the head', async () => {
    const dir = tempDir();
    const lines = ['sku;date;units'];
    for (let i = 0; i < 2_100; i++) lines.push(`A${i};2024-01-${String(1 + (i % 28)).padStart(2, '0')};1`);
    lines.push('Z;2024-02-01;1,5', 'Z;2024-02-02;2,25');
    const file = writeText(dir, 's.csv', lines.join('\n') + '\n');
    const ws = importWorkspace(dir);
    const result = await importFile(ws.db, file, { kind: 'sales' });
    expect(result.problems.errors).toBe(0);
    expect(result).toMatchObject({ status: 'done', rowsStored: 2_102 });
    expect(ws.db.prepare("SELECT units FROM sales_daily WHERE date >= '2024-02-01' ORDER BY date").pluck().all()).toEqual([1.5, 2.25]);
    ws.close();
  });
});
