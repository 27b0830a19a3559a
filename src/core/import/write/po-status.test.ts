import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import type { Db } from '../../db/workspace';
import { importFile, importWorkspace, planningSnapshot, writeText } from '../../../../test/fixtures/import-workspace';
import { lineStatus, orderStatus } from './po-status';
import { undoImport } from './undo';

const statuses = (db: Db) =>
  db.prepare('SELECT o.po_number, o.status, l.line_no, l.status FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id ORDER BY 1, 3').raw().all();

describe('receipts update the purchase order lines they arrive against', () => {
  const tempDir = useTempDir();

  it('marks lines partially received, then received, and undo puts the statuses back', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 's.csv', 'supplier code,supplier name\nSZ,Shenzhen Co\n'), { kind: 'suppliers' });
    const po = 'PO number,supplier,SKU,qty ordered,order date\nPO-1,SZ,A-1,100,2024-01-10\nPO-1,SZ,A-2,50,2024-01-10\n';
    await importFile(ws.db, writeText(dir, 'po.csv', po), { kind: 'purchase-orders' });
    const before = planningSnapshot(ws.db);

    // 60 arrive, 10 of them rejected: 50 of 100 accepted.
    const first = await importFile(ws.db, writeText(dir, 'r1.csv', 'receipt date,PO number,SKU,qty received,qty rejected\n2024-02-01,PO-1,A-1,60,10\n'), { kind: 'receipts' });
    expect(first.status).toBe('done');
    expect(statuses(ws.db)).toEqual([
      ['PO-1', 'partial', 1, 'partial'],
      ['PO-1', 'partial', 2, 'open'],
    ]);
    const afterFirst = planningSnapshot(ws.db);

    const second = await importFile(
      ws.db,
      writeText(dir, 'r2.csv', 'receipt date,PO number,SKU,qty received\n2024-02-05,PO-1,A-1,50\n2024-02-05,PO-1,A-2,50\n'),
      { kind: 'receipts' },
    );
    expect(statuses(ws.db)).toEqual([
      ['PO-1', 'received', 1, 'received'],
      ['PO-1', 'received', 2, 'received'],
    ]);
    expect(second.changes.po_lines).toEqual({ inserted: 0, updated: 2, deleted: 0 });

    undoImport(ws.db, second.importId!);
    expect(planningSnapshot(ws.db)).toBe(afterFirst);
    undoImport(ws.db, first.importId!);
    expect(planningSnapshot(ws.db)).toBe(before);
    ws.close();
  });

  it('a cancelled line keeps its status; an aborted receipts import changes nothing', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 's.csv', 'supplier code,supplier name\nSZ,Shenzhen Co\n'), { kind: 'suppliers' });
    await importFile(ws.db, writeText(dir, 'po.csv', 'PO number,supplier,SKU,qty ordered,order date\nPO-1,SZ,A-1,100,2024-01-10\n'), { kind: 'purchase-orders' });
    ws.db.exec("UPDATE po_lines SET status = 'cancelled'");
    const before = planningSnapshot(ws.db);
    const bad = await importFile(ws.db, writeText(dir, 'r.csv', 'receipt date,PO number,SKU,qty received\n2024-02-01,PO-1,A-1,100\nnot a date,PO-1,A-1,5\n'), { kind: 'receipts' });
    expect(bad.status).toBe('aborted');
    expect(planningSnapshot(ws.db)).toBe(before);
    await importFile(ws.db, writeText(dir, 'r.csv', 'receipt date,PO number,SKU,qty received\n2024-02-01,PO-1,A-1,100\n'), { kind: 'receipts' });
    expect(statuses(ws.db)).toEqual([['PO-1', 'open', 1, 'cancelled']]);
    ws.close();
  });

  it('decides statuses from accepted against ordered quantities', () => {
    expect(lineStatus(0, 10)).toBe('open');
    expect(lineStatus(4, 10)).toBe('partial');
    expect(lineStatus(12, 10)).toBe('received');
    expect(orderStatus(['received', 'cancelled'], 'open')).toBe('received');
    expect(orderStatus(['received', 'open'], 'open')).toBe('partial');
    expect(orderStatus(['open'], 'draft')).toBe('draft');
    expect(orderStatus(['open'], 'received')).toBe('open');
  });
});
