import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDrafts } from '../po-drafts';
import { line } from '../../../../test/fixtures/planning-lines';
import { PURCHASE_ORDER_LINE_COLUMNS, writePurchaseOrderFiles } from './purchase-order-xlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cells = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('purchase order workbook', () => {
  it('has the header, totals, container fill and one row per line, with names, and escapes formulas', async () => {
    const lines = [
      line(1400, { productId: 1, sku: '=HYPERLINK("http://x")', unitCost: 12.5 }),
      line(600, { productId: 2, sku: 'MUG-01', unitCost: 8, expectedArrival: '2026-08-20' }),
      line(50, { productId: 3, sku: 'OTHER', supplierId: 8, supplier: 'SUP-8' }),
    ];
    const drafts = buildDrafts(lines, new Map([[7, { supplierName: 'Saigon Garment', minOrderValue: 40_000 }]]));
    const [file] = await writePurchaseOrderFiles({ id: 3, lines, drafts: drafts.filter((d) => d.supplierId === 7) }, dir, new Map([[1, '亚麻衬衫 Linen Shirt'], [2, '=cmd']]));
    expect(path.basename(file!)).toBe('PO-SUP-7-WH.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file!);
    const sheet = workbook.getWorksheet('Purchase order')!;
    const byLabel = new Map<string, unknown[]>();
    sheet.eachRow((row) => byLabel.set(String(cells(row)[0]), cells(row).slice(1)));
    expect(byLabel.get('Supplier')).toEqual(['SUP-7', 'Saigon Garment']);
    expect(byLabel.get('Order date')).toEqual(['2026-06-30']);
    expect(byLabel.get('Expected arrival')).toEqual(['2026-08-20']);
    expect(byLabel.get('Units')).toEqual([2000]);
    expect(byLabel.get('Containers')).toEqual(['1 × 28 m³ / 21,700 kg, 71% full by volume (max 1)']);
    expect(byLabel.get('Supplier minimum')).toEqual(['minimum order value 40000: NOT met']);
    let header = 0;
    sheet.eachRow((row, n) => {
      if (cells(row)[0] === 'line') header = n;
    });
    expect(cells(sheet.getRow(header))).toEqual([...PURCHASE_ORDER_LINE_COLUMNS]);
    const body = [cells(sheet.getRow(header + 1)), cells(sheet.getRow(header + 2))];
    expect(body.map((r) => r.slice(0, 6))).toEqual([
      [1, '\'=HYPERLINK("http://x")', '亚麻衬衫 Linen Shirt', 1400, 12.5, 17500],
      [2, 'MUG-01', "'=cmd", 600, 8, 4800],
    ]);
    expect(cells(sheet.getRow(header + 3))).toEqual([]);
    expect(byLabel.get('Total')).toEqual(['', '', 2000, '', 22300, 'CNY']);
  });
});
