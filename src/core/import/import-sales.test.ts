import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Db } from '../db/workspace';
import { contentSnapshot, count, importFile, importWorkspace, planningSnapshot, writeText } from '../../../test/fixtures/import-workspace';
import { undoImport } from './write/undo';

function sales(db: Db): [string, string, string, number, number][] {
  return db
    .prepare(
      `SELECT p.sku, l.code, s.date, s.units, s.revenue FROM sales_daily s
         JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id ORDER BY 1, 2, 3`,
    )
    .raw()
    .all() as [string, string, string, number, number][];
}

describe('importing daily sales', () => {
  const tempDir = useTempDir();

  it.each([',', ';', '\t', '|'])('reads a Chinese-headed file delimited by %j, with a BOM', async (d) => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const text = [`商品编码${d}日期${d}销量${d}门店`, `A-1${d}2024-01-01${d}3${d}南山店`, `"A-1"${d}2024/1/2${d}4${d}南山店`, `B-2${d}2024-01-03${d}5${d}福田店`].join('\r\n');
    const result = await importFile(ws.db, writeText(dir, 's.csv', text, 'utf8bom'), { kind: 'sales' });
    expect(result).toMatchObject({ status: 'done', rowsRead: 3, rowsStored: 3, rowsSkipped: 0 });
    expect(sales(ws.db)).toEqual([
      ['A-1', '南山店', '2024-01-01', 3, 0],
      ['A-1', '南山店', '2024-01-02', 4, 0],
      ['B-2', '福田店', '2024-01-03', 5, 0],
    ]);
    expect(result.created).toEqual({ products: ['A-1', 'B-2'], locations: ['南山店', '福田店'] });
    expect(result.problems.list.map((p) => p.code)).toEqual(['new_products', 'new_locations']);
    ws.close();
  });

  it('reads numbers with thousands separators, currency signs and decimal commas', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'a.csv', 'sku,date,units,revenue\nA,2024-01-01,"1,200","¥1,234.50"\nB,2024-01-01,2,$3\n'), { kind: 'sales' });
    await importFile(ws.db, writeText(dir, 'b.csv', 'sku;date;units;revenue\nC;2024-01-01;1,5;1.234,56 €\nD;2024-01-01;2;3,5\n'), { kind: 'sales' });
    expect(sales(ws.db).map(([sku, , , units, revenue]) => [sku, units, revenue])).toEqual([
      ['A', 1200, 1234.5],
      ['B', 2, 3],
      ['C', 1.5, 1234.56],
      ['D', 2, 3.5],
    ]);
    ws.close();
  });

  it('tells day/month from month/day by the whole column', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'dmy.csv', 'sku,date,units\nA,05/03/2024,1\nA,25/03/2024,1\n'), { kind: 'sales' });
    await importFile(ws.db, writeText(dir, 'mdy.csv', 'sku,date,units\nB,05/03/2024,1\nB,03/25/2024,1\n'), { kind: 'sales' });
    expect(sales(ws.db).map((r) => `${r[0]} ${r[2]}`)).toEqual(['A 2024-03-05', 'A 2024-03-25', 'B 2024-03-25', 'B 2024-05-03']);
    ws.close();
  });

  it('reads the chosen sheet of an XLSX with the header on row 3, Excel serial dates and formula results', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const file = path.join(dir, 'book.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表为每日销量']);
    const sheet = workbook.addWorksheet('销量');
    sheet.addRow(['2024年1月销售日报']);
    sheet.addRow([]);
    sheet.addRow(['日期', '商品编码', '销量', '销售额']);
    sheet.addRow([45292, 'A-1', 3, { formula: 'C4*10', result: 30 }]);
    sheet.addRow([new Date(Date.UTC(2024, 0, 2)), 'A-1', 4, 40]);
    await workbook.xlsx.writeFile(file);
    const result = await importFile(ws.db, file, { kind: 'sales', sheet: '销量' });
    expect(result).toMatchObject({ status: 'done', rowsStored: 2 });
    expect(sales(ws.db)).toEqual([
      ['A-1', 'MAIN', '2024-01-01', 3, 30],
      ['A-1', 'MAIN', '2024-01-02', 4, 40],
    ]);
    ws.close();
  });

  it('is idempotent: the same file twice gives the same rows and is noted as seen', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const file = writeText(dir, 's.csv', 'sku,date,units,revenue\nA,2024-01-01,3,30\nA,2024-01-02,4,40\nB,2024-01-01,1,10\n');
    const first = await importFile(ws.db, file, { kind: 'sales' });
    const before = planningSnapshot(ws.db);
    const second = await importFile(ws.db, file, { kind: 'sales' });
    expect(planningSnapshot(ws.db)).toBe(before);
    expect([second.rowsRead, second.rowsStored]).toEqual([first.rowsRead, first.rowsStored]);
    expect(second.problems.byCode.already_imported).toBe(1);
    expect(count(ws.db, 'sales_daily')).toBe(3);
    expect(count(ws.db, 'import_log')).toBe(2);
    ws.close();
  });

  it('replaces the days a file covers per SKU and location, and undo brings the old rows back', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'old.csv', 'sku,date,units\nA,2024-01-01,1\nA,2024-01-02,2\nA,2024-01-03,3\nA,2024-01-04,4\nB,2024-01-02,9\n'), { kind: 'sales' });
    const afterFirst = planningSnapshot(ws.db);
    const result = await importFile(ws.db, writeText(dir, 'new.csv', 'sku,date,units\nA,2024-01-02,20\nA,2024-01-04,40\n'), { kind: 'sales' });
    expect(result.changes.sales_daily).toEqual({ inserted: 2, updated: 0, deleted: 3 });
    expect(sales(ws.db).map((r) => `${r[0]} ${r[2]} ${r[3]}`)).toEqual(['A 2024-01-01 1', 'A 2024-01-02 20', 'A 2024-01-04 40', 'B 2024-01-02 9']);
    undoImport(ws.db, result.importId!);
    expect(planningSnapshot(ws.db)).toBe(afterFirst);
    expect(ws.db.prepare('SELECT status FROM import_log ORDER BY id').pluck().all()).toEqual(['done', 'undone']);
    ws.close();
  });

  it('undoes a first import completely, SKUs and locations it added included', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const empty = planningSnapshot(ws.db);
    const result = await importFile(ws.db, writeText(dir, 's.csv', 'sku,date,units,store\nA,2024-01-01,3,S1\nB,2024-01-01,1,S2\n'), { kind: 'sales' });
    expect(count(ws.db, 'products')).toBe(2);
    undoImport(ws.db, result.importId!);
    expect(planningSnapshot(ws.db)).toBe(empty);
    expect(count(ws.db, 'import_undo') + count(ws.db, 'import_sales_ranges')).toBe(0);
    ws.close();
  });

  it('undoes newest first', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const a = await importFile(ws.db, writeText(dir, 'a.csv', 'sku,date,units\nA,2024-01-01,1\n'), { kind: 'sales' });
    const b = await importFile(ws.db, writeText(dir, 'b.csv', 'sku,date,units\nA,2024-01-01,2\n'), { kind: 'sales' });
    expect(() => undoImport(ws.db, a.importId!)).toThrow(/Import #2 \(b\.csv\) came after import #1; undo it first/);
    undoImport(ws.db, b.importId!);
    undoImport(ws.db, a.importId!);
    expect(count(ws.db, 'sales_daily')).toBe(0);
    expect(() => undoImport(ws.db, a.importId!)).toThrow(/is undone/);
    expect(() => undoImport(ws.db, 99)).toThrow(/no import #99/);
    ws.close();
  });

  it('refuses to undo an import whose SKUs other data now uses', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const result = await importFile(ws.db, writeText(dir, 's.csv', 'sku,date,units\nA,2024-01-01,1\n'), { kind: 'sales' });
    ws.db.exec(`INSERT INTO suppliers (code, name) VALUES ('S', 'S');
      INSERT INTO purchase_orders (po_number, supplier_id, order_date) VALUES ('PO', 1, '2024-01-01');
      INSERT INTO po_lines (po_id, line_no, product_id, qty_ordered) VALUES (1, 1, 1, 5);`);
    const before = contentSnapshot(ws.db);
    expect(() => undoImport(ws.db, result.importId!)).toThrow(/cannot be undone: rows it added are now used by other data/);
    expect(contentSnapshot(ws.db)).toBe(before);
    ws.close();
  });

  it('aborts on an error mid-file and leaves the workspace exactly as it was', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'base.csv', 'sku,date,units\nA,2024-01-01,1\n'), { kind: 'sales' });
    const before = contentSnapshot(ws.db);
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 50))).toISOString().slice(0, 10);
    const rows = Array.from({ length: 3000 }, (_, i) => `S${i % 50},${day(i)},${i === 1500 ? 'lots' : i}`);
    const result = await importFile(ws.db, writeText(dir, 'bad.csv', `sku,date,units\n${rows.join('\n')}\n`), { kind: 'sales', onError: 'abort' });
    expect(result).toMatchObject({ status: 'aborted', importId: null, rowsStored: 0 });
    expect(result.problems.list.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ row: 1502, column: 'units', field: 'units', value: 'lots', code: 'not_a_number', message: 'Units sold: "lots" is not a number' }),
    ]);
    expect(contentSnapshot(ws.db)).toBe(before);
    ws.close();
  });

  it('skips bad rows on request and reports each with row, column and a plain message', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const text = 'sku,date,units\nA,2024-01-01,1\n,2024-01-02,2\nB,2024-13-01,3\nC,2024-01-03,=SUM(C2:C3)\nA,2024-01-01,5\nD,2024-01-04,4\n';
    const result = await importFile(ws.db, writeText(dir, 's.csv', text), { kind: 'sales', onError: 'skip' });
    expect(result).toMatchObject({ status: 'done', rowsRead: 6, rowsStored: 2, rowsSkipped: 4 });
    const errors = result.problems.list.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.code]);
    expect(errors).toEqual([
      [3, 'sku', 'missing_value'],
      [4, 'date', 'bad_date'],
      [5, 'units', 'formula'],
      [6, 'sku', 'duplicate_key'],
    ]);
    expect(sales(ws.db).map((r) => `${r[0]} ${r[3]}`)).toEqual(['A 1', 'D 4']);
    ws.close();
  });
});
