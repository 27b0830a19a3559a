import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Db } from '../db/workspace';
import { count, importFile, importWorkspace, planningSnapshot, writeText } from '../../../test/fixtures/import-workspace';
import { undoImport } from './write/undo';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

function daily(db: Db): string[] {
  return (
    db
      .prepare('SELECT p.sku, s.date, s.units, s.revenue, s.orders FROM sales_daily s JOIN products p ON p.id = s.product_id ORDER BY 1, 2')
      .raw()
      .all() as unknown[][]
  ).map((r) => r.join(' '));
}

describe('importing order lines', () => {
  const tempDir = useTempDir();

  it('sums lines into daily sales and keeps the lines; cancellations reduce sales', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const text = [
      HEADER,
      '536365,85123A,WHITE HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom',
      '536365,71053,WHITE LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom',
      '536366,85123A,WHITE HEART,2,12/1/2010 9:02,2.55,17851,France',
      'C536379,85123A,WHITE HEART,-1,12/1/2010 9:41,2.55,17850,United Kingdom',
      '536380,71053,WHITE LANTERN,3,12/2/2010 10:00,3.39,,United Kingdom',
      '536381,71053,WHITE LANTERN,1,12/13/2010 10:00,3.39,,United Kingdom',
    ].join('\n');
    const result = await importFile(ws.db, writeText(dir, 'orders.csv', text), { kind: 'order-lines' });
    expect(result).toMatchObject({ status: 'done', rowsRead: 6, rowsStored: 6 });
    expect(daily(ws.db)).toEqual([
      '71053 2010-12-01 6 20.34 1',
      '71053 2010-12-02 3 10.17 1',
      '71053 2010-12-13 1 3.39 1',
      '85123A 2010-12-01 7 17.85 2',
    ]);
    const lines = ws.db.prepare('SELECT order_id, quantity, cancelled, ordered_at, customer_id, country FROM order_lines ORDER BY id').raw().all();
    expect(lines).toHaveLength(6);
    expect(lines[3]).toEqual(['C536379', -1, 1, '2010-12-01 09:41:00', '17850', 'United Kingdom']);
    expect(ws.db.prepare("SELECT name FROM products WHERE sku = '85123A'").pluck().get()).toBe('WHITE HEART');
    ws.close();
  });

  it('reads cancellations from a status column and Chinese headers', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const text = '订单编号,商品编码,购买数量,下单时间,实付金额,订单状态\nT1,A,2,2024-03-01 10:00:00,20,交易成功\nT2,A,1,2024-03-01 11:00:00,10,交易关闭\nT3,A,5,2024/3/2 9:00,50,已发货\n';
    await importFile(ws.db, writeText(dir, 'tmall.csv', text, 'gb18030'), { kind: 'order-lines' });
    expect(daily(ws.db)).toEqual(['A 2024-03-01 1 10 1', 'A 2024-03-02 5 50 1']);
    ws.close();
  });

  it('re-importing replaces lines instead of doubling them, and undo restores the earlier lines', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const file = writeText(dir, 'o.csv', `${HEADER}\n1,A,D,2,2024-01-01 10:00,1,c,UK\n2,A,D,3,2024-01-02 10:00,1,c,UK\n`);
    await importFile(ws.db, file, { kind: 'order-lines' });
    const once = planningSnapshot(ws.db);
    const second = await importFile(ws.db, file, { kind: 'order-lines' });
    expect(daily(ws.db)).toEqual(['A 2024-01-01 2 2 1', 'A 2024-01-02 3 3 1']);
    expect(ws.db.prepare('SELECT count(*) FROM order_lines_current').pluck().get()).toBe(2);
    expect(count(ws.db, 'order_lines')).toBe(4);
    undoImport(ws.db, second.importId!);
    expect(ws.db.prepare('SELECT count(*) FROM order_lines_current').pluck().get()).toBe(2);
    expect(count(ws.db, 'order_lines')).toBe(2);
    expect(planningSnapshot(ws.db)).toBe(once);
    ws.close();
  });

  it('order lines replace daily totals imported before for the same days', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'd.csv', 'sku,date,units\nA,2024-01-01,100\nA,2024-01-02,100\nA,2024-01-05,100\n'), { kind: 'sales' });
    await importFile(ws.db, writeText(dir, 'o.csv', `${HEADER}\n1,A,D,2,2024-01-01 10:00,1,c,UK\n2,A,D,3,2024-01-02 10:00,1,c,UK\n`), { kind: 'order-lines' });
    expect(daily(ws.db)).toEqual(['A 2024-01-01 2 2 1', 'A 2024-01-02 3 3 1', 'A 2024-01-05 100 0 0']);
    ws.close();
  });
});
