import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Db } from '../db/workspace';
import { count, importFile, importWorkspace, planningSnapshot, writeText } from '../../../test/fixtures/import-workspace';
import { undoImport } from './write/undo';

const rows = (db: Db, sql: string) => db.prepare(sql).raw().all();

describe('importing the other kinds', () => {
  const tempDir = useTempDir();

  it('catalogue: adds new SKUs, updates given fields of known ones, undo restores them', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'c1.csv', 'SKU,商品名称,品牌,零售价,状态\nA-1,衬衫,Lin,99,在售\nA-2,裤子,Lin,129,新品\n'), { kind: 'catalog' });
    const before = planningSnapshot(ws.db);
    const result = await importFile(ws.db, writeText(dir, 'c2.csv', 'SKU,零售价,状态\nA-1,89,停售\nA-3,59,\n'), { kind: 'catalog' });
    expect(result.changes.products).toEqual({ inserted: 1, updated: 1, deleted: 0 });
    expect(rows(ws.db, 'SELECT sku, name, brand, price, status FROM products ORDER BY sku')).toEqual([
      ['A-1', '衬衫', 'Lin', 89, 'discontinued'],
      ['A-2', '裤子', 'Lin', 129, 'new'],
      ['A-3', 'A-3', null, 59, 'active'],
    ]);
    undoImport(ws.db, result.importId!);
    expect(planningSnapshot(ws.db)).toBe(before);
    ws.close();
  });

  it('suppliers and terms: terms need a known supplier and SKU', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'p.csv', 'SKU,name\nA-1,Shirt\nA-2,Trousers\n'), { kind: 'catalog' });
    await importFile(ws.db, writeText(dir, 's.csv', '供应商名称,供应商编码,国家,交期\n深圳工厂,SZ01,China,30\nHanoi Textiles,HN,Vietnam,60\n'), { kind: 'suppliers' });
    const terms = '供应商,SKU,采购价,最小起订量,箱规,交期\nSZ01,A-1,"¥35.50",100,12,\nHanoi Textiles,A-1,28,500,24,75\nNobody,A-2,10,1,1,5\nSZ01,A-9,10,1,1,5\n';
    const result = await importFile(ws.db, writeText(dir, 't.csv', terms), { kind: 'terms', onError: 'skip' });
    expect(result.problems.list.filter((p) => p.severity === 'error').map((p) => [p.row, p.code, p.message])).toEqual([
      [4, 'unknown_supplier', 'Supplier "Nobody" does not exist in the workspace; import suppliers first'],
      [5, 'unknown_product', 'SKU A-9 is not in the catalogue; import the catalogue first'],
    ]);
    expect(rows(ws.db, 'SELECT s.code, p.sku, t.unit_cost, t.moq, t.order_multiple, t.lead_time_days, t.is_primary FROM supplier_terms t JOIN suppliers s ON s.id = supplier_id JOIN products p ON p.id = product_id ORDER BY t.id')).toEqual([
      ['SZ01', 'A-1', 35.5, 100, 12, 30, 1],
      ['HN', 'A-1', 28, 500, 24, 75, 0],
    ]);
    ws.close();
  });

  it('volumes, weights and container capacity: Chinese or English headers, positive numbers only', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'p.csv', 'SKU,商品名称,体积(m³),毛重\nA-1,马克杯,0.0032,0.48\nA-2,毛毯,0.012,\n'), { kind: 'catalog' });
    expect(rows(ws.db, 'SELECT sku, unit_volume_m3, unit_weight_kg FROM products ORDER BY sku')).toEqual([
      ['A-1', 0.0032, 0.48],
      ['A-2', 0.012, null],
    ]);
    const bad = await importFile(ws.db, writeText(dir, 'p2.csv', 'SKU,Unit volume,Unit weight\nA-1,0,1\nA-2,0.01,-2\n'), { kind: 'catalog' });
    expect(bad.status).toBe('aborted');
    expect(bad.problems.list.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'Unit volume', 'Unit volume (m³) must be more than 0 (0)'],
      [3, 'Unit weight', 'Unit weight (kg) must be more than 0 (-2)'],
    ]);
    expect(rows(ws.db, "SELECT unit_volume_m3 FROM products WHERE sku = 'A-1'")).toEqual([[0.0032]]);

    await importFile(ws.db, writeText(dir, 's.csv', '供应商名称,供应商编码,柜容量,柜载重,每单最多柜数\nSaigon Garment,VN01,58,26500,2\n深圳工厂,SZ01,,,\n'), { kind: 'suppliers' });
    expect(rows(ws.db, 'SELECT code, container_volume_m3, container_weight_kg, max_containers FROM suppliers ORDER BY code')).toEqual([
      ['SZ01', null, null, null],
      ['VN01', 58, 26500, 2],
    ]);
    const badBoxes = await importFile(ws.db, writeText(dir, 's2.csv', 'Supplier name,Supplier code,Container volume,Max containers\nSaigon Garment,VN01,28,1.5\n'), { kind: 'suppliers' });
    expect(badBoxes.status).toBe('aborted');
    expect(badBoxes.problems.list.find((p) => p.severity === 'error')).toMatchObject({ row: 2, column: 'Max containers', message: 'Maximum containers per order must be a whole number, not 1.5' });
    ws.close();
  });

  it('stock: negative stock is an error, unknown SKUs are added, a re-import updates', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const text = '商品编码,仓库,库存,日期\nA-1,WH1,10,2024-03-01\nA-2,WH1,-3,2024-03-01\nA-3,WH1,"1,200",2024-03-01\n';
    const aborted = await importFile(ws.db, writeText(dir, 'k.csv', text), { kind: 'stock' });
    expect(aborted.status).toBe('aborted');
    expect(aborted.problems.list.find((p) => p.severity === 'error')).toMatchObject({ row: 3, column: '库存', code: 'negative', message: 'Stock on hand cannot be negative (-3)' });
    expect(count(ws.db, 'stock_snapshots') + count(ws.db, 'products')).toBe(0);
    await importFile(ws.db, writeText(dir, 'k.csv', text), { kind: 'stock', onError: 'skip' });
    const again = await importFile(ws.db, writeText(dir, 'k2.csv', '商品编码,仓库,库存,日期\nA-1,WH1,12,2024-03-01\n'), { kind: 'stock' });
    expect(again.changes.stock_snapshots).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(rows(ws.db, 'SELECT p.sku, on_hand, date FROM stock_snapshots s JOIN products p ON p.id = s.product_id ORDER BY 1')).toEqual([
      ['A-1', 12, '2024-03-01'],
      ['A-3', 1200, '2024-03-01'],
    ]);
    undoImport(ws.db, again.importId!);
    expect(rows(ws.db, "SELECT on_hand FROM stock_snapshots WHERE product_id = (SELECT id FROM products WHERE sku = 'A-1')")).toEqual([[10]]);
    ws.close();
  });

  it('stock without a date column is recorded as of the given date', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const result = await importFile(ws.db, writeText(dir, 'k.csv', 'sku,on hand\nA,5\n'), {
      kind: 'stock',
      mapping: { columns: { sku: 'sku', onHand: 'on hand' }, defaultDate: '2024-06-30' },
    });
    expect(result.problems.byCode.default_date).toBe(1);
    expect(rows(ws.db, 'SELECT date, on_hand FROM stock_snapshots')).toEqual([['2024-06-30', 5]]);
    ws.close();
  });

  it('purchase orders and receipts: a PO for a supplier that does not exist is refused; receipts link to lines', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 's.csv', 'supplier name,supplier code\nShenzhen Co,SZ\n'), { kind: 'suppliers' });
    const po = 'PO number,supplier,SKU,qty ordered,order date,promised date,status\nPO-1,SZ,A-1,100,2024-01-10,2024-02-10,open\nPO-1,SZ,A-2,50,2024-01-10,2024-02-10,open\nPO-2,Ghost Ltd,A-1,10,2024-01-11,,open\n';
    const aborted = await importFile(ws.db, writeText(dir, 'po.csv', po), { kind: 'purchase-orders' });
    expect(aborted.problems.list.find((p) => p.severity === 'error')).toMatchObject({
      row: 4, column: 'supplier', code: 'unknown_supplier',
      message: 'Purchase order PO-2 is for supplier "Ghost Ltd", who does not exist in the workspace; import suppliers first',
    });
    expect(count(ws.db, 'purchase_orders')).toBe(0);
    await importFile(ws.db, writeText(dir, 'po.csv', po), { kind: 'purchase-orders', onError: 'skip' });
    await importFile(ws.db, writeText(dir, 'po.csv', po), { kind: 'purchase-orders', onError: 'skip' });
    expect(rows(ws.db, 'SELECT o.po_number, l.line_no, p.sku, l.qty_ordered FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id JOIN products p ON p.id = l.product_id ORDER BY 1, 2')).toEqual([
      ['PO-1', 1, 'A-1', 100],
      ['PO-1', 2, 'A-2', 50],
    ]);
    const receipts = '收货日期,采购单号,SKU,收货数量,拒收数量\n2024-02-12,PO-1,A-1,98,2\n2024-02-12,PO-9,A-1,5,0\n';
    const result = await importFile(ws.db, writeText(dir, 'r.csv', receipts), { kind: 'receipts', onError: 'skip' });
    expect(result.problems.list.find((p) => p.severity === 'error')).toMatchObject({ row: 3, code: 'unknown_order' });
    expect(rows(ws.db, 'SELECT l.line_no, r.qty_received, r.qty_rejected, r.receipt_date FROM receipts r JOIN po_lines l ON l.id = r.po_line_id')).toEqual([[1, 98, 2, '2024-02-12']]);
    ws.close();
  });
});
