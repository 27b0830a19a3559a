import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../ground/task-context';
import { inspectFile } from './inspect';
import { previewImport, runImport } from './run-import';
import { contentSnapshot, count, importFile, importWorkspace, writeText } from '../../../test/fixtures/import-workspace';

describe('the wizard: inspect → preview → import', () => {
  const tempDir = useTempDir();

  it('inspects a file: encoding, delimiter, header row, kind and mapping with confidence', async () => {
    const dir = tempDir();
    const file = writeText(dir, 'export.csv', '店铺销售日报\n\n商品编码;日期;销量;销售额\nA-1;05/03/2024;3;12,50\nA-2;25/03/2024;4;8,00\n', 'gb18030');
    const inspection = await inspectFile(file);
    expect(inspection).toMatchObject({
      format: 'csv', encoding: 'gb18030', delimiter: ';', headerRow: 3, headers: ['商品编码', '日期', '销量', '销售额'],
      kind: 'sales', mappingSource: 'proposed', missing: [],
      mapping: { columns: { sku: '商品编码', date: '日期', units: '销量', revenue: '销售额' } },
    });
    // The head decides no formats: the check reads them from every value of the file.
    expect(inspection.mapping.dateOrder).toBeUndefined();
    expect(inspection.mapping.decimalSeparator).toBeUndefined();
    expect(inspection.kindConfidence).toBeGreaterThan(0.5);
    expect(inspection.sample).toEqual([
      { row: 4, cells: ['A-1', '05/03/2024', '3', '12,50'] },
      { row: 5, cells: ['A-2', '25/03/2024', '4', '8,00'] },
    ]);
    expect(inspection.columns.map((c) => c.field)).toEqual(['sku', 'date', 'units', 'revenue']);
  });

  it('lists the sheets of a workbook and reads the one asked for', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'book.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['hello']);
    const sheet = workbook.addWorksheet('Stock');
    sheet.addRow(['SKU', 'Warehouse', 'On hand']);
    sheet.addRow(['A', 'WH', 5]);
    await workbook.xlsx.writeFile(file);
    const inspection = await inspectFile(file, { sheet: 'Stock' });
    expect(inspection).toMatchObject({ format: 'xlsx', sheets: ['Cover', 'Stock'], sheet: 'Stock', kind: 'stock', headerRow: 1 });
  });

  it('previews the rows as they will be stored, with every problem, and writes nothing', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const before = contentSnapshot(ws.db);
    const file = writeText(dir, 's.csv', 'sku,date,units\nA,2024-01-01,3\nB,2024-01-02,x\nC,2024-01-03,1\n');
    const preview = await previewImport(ws.db, file, { kind: 'sales', rows: 2 });
    expect(preview.rows).toEqual([
      { row: 2, ok: true, values: expect.objectContaining({ sku: 'A', date: '2024-01-01', units: 3 }) },
      { row: 3, ok: false, values: expect.objectContaining({ sku: 'B' }) },
    ]);
    expect(preview.wouldAbort).toBe(true);
    expect(preview.result).toMatchObject({ importId: null, rowsRead: 3 });
    expect(preview.result.problems.list.filter((p) => p.severity === 'error')).toHaveLength(1);
    expect(preview.result.created.products).toEqual(['A', 'C']);
    expect(contentSnapshot(ws.db)).toBe(before);
    ws.close();
  });

  it('saves the mapping per file shape and applies it to the next file of that shape', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const mapping = { columns: { sku: 'Artikel', date: 'Tag', units: 'Stück' }, dateOrder: 'DMY' as const };
    await importFile(ws.db, writeText(dir, 'week1.csv', 'Artikel,Tag,Stück\nA,01/02/2024,1\n'), { kind: 'sales', mapping });
    const next = writeText(dir, 'week2.csv', 'Artikel,Tag,Stück\nA,02/02/2024,2\n');
    const inspection = await inspectFile(next, { db: ws.db });
    expect(inspection).toMatchObject({ kind: 'sales', kindConfidence: 1, mappingSource: 'saved', mapping: { columns: mapping.columns } });
    const result = await importFile(ws.db, next, { kind: 'sales' });
    expect(result.status).toBe('done');
    expect(ws.db.prepare('SELECT date FROM sales_daily ORDER BY date').pluck().all()).toEqual(['2024-02-01', '2024-02-02']);
    ws.close();
  });

  it('reports progress and, when cancelled, leaves the workspace as it was', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    const before = contentSnapshot(ws.db);
    const lines = Array.from({ length: 40_000 }, (_, i) => `SKU-${i % 300},${new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 300))).toISOString().slice(0, 10)},${i % 7}`);
    const file = writeText(dir, 'big.csv', `sku,date,units\n${lines.join('\n')}\n`);
    const steps: string[] = [];
    const ctx = createInlineTaskContext((step) => {
      steps.push(step);
      ctx.cancel();
    });
    await expect(runImport(ws.db, file, { kind: 'sales' }, ctx)).rejects.toMatchObject({ code: 'job_cancelled' });
    expect(steps[0]).toBe('Reading rows');
    expect(contentSnapshot(ws.db)).toBe(before);
    expect(ws.db.inTransaction).toBe(false);
    const result = await runImport(ws.db, file, { kind: 'sales' }, createInlineTaskContext());
    expect(result.rowsStored).toBe(40_000);
    expect(count(ws.db, 'sales_daily')).toBe(40_000);
    ws.close();
  });
});
