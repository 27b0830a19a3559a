import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { importFile, writeText } from '../../../../test/fixtures/import-workspace';
import { dataVersion } from '../../db/data-versions';
import type { Workspace } from '../../db/workspace';
import { undoImport } from '../../import/write/undo';
import { supplierLeadTimes } from '../../suppliers';
import { planLeadTimes } from './lead-time-stats';

const AS_OF = '2026-06-30';

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = planningDemo(300, false);
  ws = demo.open();
});
afterAll(() => {
  ws.close();
  demo.remove();
});

/** A supplier-SKU with its own measured profile: the one an added delivery visibly moves. */
function measuredSku(): { supplier: string; sku: string; supplierId: number; productId: number } {
  const profile = supplierLeadTimes(ws.db, { asOf: AS_OF }).skus[0]!;
  const names = ws.db
    .prepare('SELECT s.code AS supplier, p.sku FROM suppliers s, products p WHERE s.id = ? AND p.id = ?')
    .get(profile.supplierId, profile.productId) as { supplier: string; sku: string };
  return { ...names, supplierId: profile.supplierId, productId: profile.productId! };
}

describe('lead-time statistics kept for plans', () => {
  it('measures exactly what the scorecards measure, then reuses it while nothing changed', () => {
    const first = planLeadTimes(ws.db, { asOf: AS_OF });
    expect(first.source).toBe('measured');
    expect(first.table.skus.length).toBeGreaterThan(20);
    expect(first.table).toEqual(supplierLeadTimes(ws.db, { asOf: AS_OF }));
    const again = planLeadTimes(ws.db, { asOf: AS_OF });
    expect(again.source).toBe('stored');
    expect(again.table).toEqual(first.table);
    // Another plan date is another period: measured again, from the purchase facts kept by the first.
    const moved = planLeadTimes(ws.db, { asOf: '2026-06-15' });
    expect(moved.source).toBe('measured');
    expect(moved.facts).toBe('kept');
    expect(planLeadTimes(ws.db, { asOf: '2026-06-15' }).table).toEqual(supplierLeadTimes(ws.db, { asOf: '2026-06-15' }));
  });

  it('measures again after an order, a receipt import and their undo, and undo gives back the numbers before', async () => {
    const before = planLeadTimes(ws.db, { asOf: AS_OF }).table;
    const { supplier, sku, supplierId, productId } = measuredSku();
    const skuProfile = (table: typeof before) => table.skus.find((p) => p.supplierId === supplierId && p.productId === productId)!;
    const version = dataVersion(ws.db, 'purchases');

    // An order placed 90 days before the plan date, due in 30, delivered 80 days after ordering.
    const po = await importFile(
      ws.db,
      writeText(demo.dir, 'po.csv', `PO number,supplier,SKU,qty ordered,order date,promised date\nPO-LT-1,${supplier},${sku},40,2026-04-01,2026-05-01\n`),
      { kind: 'purchase-orders' },
    );
    expect(po.status).toBe('done');
    expect(dataVersion(ws.db, 'purchases')).toBeGreaterThan(version);
    const ordered = planLeadTimes(ws.db, { asOf: AS_OF });
    expect(ordered.source).toBe('measured');
    expect(ordered.facts).toBe('read');
    expect(ordered.table).toEqual(supplierLeadTimes(ws.db, { asOf: AS_OF }));

    const receipt = await importFile(
      ws.db,
      writeText(demo.dir, 'r.csv', `receipt date,PO number,SKU,qty received\n2026-06-20,PO-LT-1,${sku},40\n`),
      { kind: 'receipts' },
    );
    expect(receipt.status).toBe('done');
    const received = planLeadTimes(ws.db, { asOf: AS_OF });
    expect(received.source).toBe('measured');
    expect(received.table).toEqual(supplierLeadTimes(ws.db, { asOf: AS_OF }));
    expect(skuProfile(received.table).samples).toBe(skuProfile(before).samples + 1);
    expect(skuProfile(received.table).meanDays).toBeGreaterThan(skuProfile(before).meanDays);

    undoImport(ws.db, receipt.importId!);
    const undone = planLeadTimes(ws.db, { asOf: AS_OF });
    expect(undone.source).toBe('measured');
    expect(undone.facts).toBe('read');
    // The facts undo left, kept, measure another date as facts read afresh do.
    expect(planLeadTimes(ws.db, { asOf: '2026-06-20' }).facts).toBe('kept');
    expect(planLeadTimes(ws.db, { asOf: '2026-06-20' }).table).toEqual(supplierLeadTimes(ws.db, { asOf: '2026-06-20' }));
    expect(undone.table).toEqual(ordered.table);
    undoImport(ws.db, po.importId!);
    expect(planLeadTimes(ws.db, { asOf: AS_OF }).table).toEqual(before);
    expect(planLeadTimes(ws.db, { asOf: AS_OF }).source).toBe('stored');
  });

  it('a failed import moves nothing and the stored numbers stay in use', async () => {
    planLeadTimes(ws.db, { asOf: AS_OF });
    const version = dataVersion(ws.db, 'purchases');
    const { sku } = measuredSku();
    const bad = await importFile(ws.db, writeText(demo.dir, 'bad.csv', `receipt date,SKU,qty received\nnot a date,${sku},4\n`), { kind: 'receipts' });
    expect(bad.status).toBe('aborted');
    expect(dataVersion(ws.db, 'purchases')).toBe(version);
    expect(planLeadTimes(ws.db, { asOf: AS_OF }).source).toBe('stored');
  });
});
