import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../ground/errors/app-error';
import { supplierTestWorkspace, TinyHistory } from '../../../../test/fixtures/suppliers-workspace';
import { applySupplierConfirmations } from './apply-confirmations';
import { importSupplierConfirmationsFile } from './import-confirmations-file';
import { readConfirmationsFile } from './read-confirmations';

let env: ReturnType<typeof supplierTestWorkspace>;

beforeAll(() => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1).supplier(2).product(1).product(2).product(3);
  h.line({ supplier: 1, product: 1, ordered: '2026-06-01', promised: '2026-06-20', qty: 100, status: 'open' }); // PO-1 line 1
  h.line({ supplier: 1, product: 2, ordered: '2026-06-01', promised: '2026-06-20', qty: 50, status: 'open', po: 1 }); // PO-1 line 2
  h.line({ supplier: 1, product: 2, ordered: '2026-06-01', promised: '2026-06-20', qty: 20, status: 'open', po: 1 }); // PO-1 line 3
  h.line({ supplier: 2, product: 3, ordered: '2026-06-01', promised: '2026-06-20', qty: 10, status: 'open' }); // PO-2
});
afterAll(() => env.cleanup());

const db = () => env.workspace.db;
const lines = () => db().prepare('SELECT id, confirmed_qty, confirmed_date FROM po_lines ORDER BY id').all();
const auditCount = () => db().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('supplier confirmations', () => {
  it('updates the lines named by SKU or line number and audits each change with before and after', () => {
    const result = applySupplierConfirmations(
      db(),
      1,
      [
        { po_number: 'PO-1', sku: 'SKU-1', confirmed_qty: 90, confirmed_date: '2026-06-25' },
        { po_number: 'PO-1', line_no: 2, confirmed_qty: '50' },
        { po_number: 'PO-1', line_no: '3', confirmed_date: '2026/6/22' },
      ],
      { source: 'reply.xlsx' },
    );
    expect(result).toMatchObject({ rows: 3, updated: 3, unchanged: 0, skipped: 0 });
    expect(lines().slice(0, 3)).toEqual([
      { id: 1, confirmed_qty: 90, confirmed_date: '2026-06-25' },
      { id: 2, confirmed_qty: 50, confirmed_date: null },
      { id: 3, confirmed_qty: null, confirmed_date: '2026-06-22' },
    ]);
    const audit = db()
      .prepare("SELECT entity, entity_id, details FROM audit_log WHERE action = 'supplier_confirmation' ORDER BY id")
      .all() as { entity: string; entity_id: string; details: string }[];
    expect(audit).toHaveLength(3);
    expect(audit[0]!.entity).toBe('po_line');
    expect(JSON.parse(audit[0]!.details)).toMatchObject({
      poNumber: 'PO-1', lineNo: 1, sku: 'SKU-1', source: 'reply.xlsx',
      before: { confirmed_qty: null, confirmed_date: null },
      after: { confirmed_qty: 90, confirmed_date: '2026-06-25' },
    });
    expect(db().prepare("SELECT count(*) FROM audit_log WHERE action = 'supplier_confirmations_import'").pluck().get()).toBe(1);
  });

  it('skips blank rows and leaves unchanged lines alone', () => {
    const result = applySupplierConfirmations(db(), 1, [
      { po_number: 'PO-1', line_no: 1, confirmed_qty: 90 },
      { po_number: 'PO-1', line_no: 2, confirmed_qty: null, confirmed_date: '' },
    ]);
    expect(result).toMatchObject({ updated: 0, unchanged: 1, skipped: 1 });
  });

  it('aborts on any bad row with nothing changed, naming every row and column', () => {
    const before = lines();
    const audits = auditCount();
    let error: unknown;
    try {
      applySupplierConfirmations(db(), 1, [
        { po_number: 'PO-1', line_no: 1, confirmed_qty: 70 },
        { row: 5, po_number: 'PO-9', sku: 'SKU-1', confirmed_qty: 1 },
        { row: 6, po_number: 'PO-2', sku: 'SKU-3', confirmed_qty: 1 },
        { row: 7, po_number: 'PO-1', sku: 'SKU-2', confirmed_qty: 1 },
        { row: 8, po_number: 'PO-1', line_no: 1, confirmed_qty: -3 },
        { row: 9, po_number: 'PO-1', line_no: 2, confirmed_date: '31/12/2026' },
        { row: 10, po_number: 'PO-1', line_no: 3, confirmed_date: '2026-05-01' },
        { row: 11, po_number: 'PO-1', confirmed_qty: 4 },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const problems = (error as AppError).details.problems as { row: number; column: string; message: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [5, 'po_number'], [6, 'po_number'], [7, 'line_no'], [8, 'line_no'], [9, 'confirmed_date'], [10, 'confirmed_date'], [11, 'line_no'],
    ]);
    expect(problems[2]!.message).toMatch(/2 lines/);
    expect(problems[3]!.message).toMatch(/already confirmed in row 1/);
    expect(lines()).toEqual(before);
    expect(auditCount()).toBe(audits);
  });

  it('reads a GB18030 CSV with Chinese headers, and an unknown file type is refused', async () => {
    const file = path.join(env.dir, 'reply.csv');
    const text = '采购单号,行号,确认数量,确认交期\r\nPO-1,3,18,2026-06-28\r\n,,,\r\n';
    fs.writeFileSync(file, iconv.encode(text, 'gb18030'));
    expect(await readConfirmationsFile(file)).toEqual([
      { row: 2, po_number: 'PO-1', sku: null, line_no: '3', confirmed_qty: '18', confirmed_date: '2026-06-28' },
    ]);
    const result = await importSupplierConfirmationsFile(db(), 1, file);
    expect(result.updated).toBe(1);
    expect(lines()[2]).toEqual({ id: 3, confirmed_qty: 18, confirmed_date: '2026-06-28' });
    fs.writeFileSync(path.join(env.dir, 'x.csv'), 'po,qty\r\nPO-1,1\r\n');
    await expect(readConfirmationsFile(path.join(env.dir, 'x.csv'))).rejects.toThrow(/sku or line_no/);
    await expect(readConfirmationsFile(path.join(env.dir, 'reply.pdf'))).rejects.toThrow(AppError);
  });
});
