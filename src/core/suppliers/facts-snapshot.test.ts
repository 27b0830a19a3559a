import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveDataVersion } from '../db/data-versions';
import { writeMeta } from '../db/meta';
import { keptLineFactsSnapshot, lineFactsSnapshot } from './facts-snapshot';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';

let env: ReturnType<typeof supplierTestWorkspace>;
let history: TinyHistory;
let openLine: number;
const db = () => env.workspace.db;

beforeAll(() => {
  env = supplierTestWorkspace();
  writeMeta(db(), { asOf: '2026-06-30' });
  history = new TinyHistory(db());
  history.supplier(1).product(1).terms(1, 1, 10, 10);
  history.deliveries(1, 1, 5, '2026-03-02');
  openLine = history.line({ supplier: 1, product: 1, ordered: '2026-06-01', promised: '2026-07-20', qty: 100, unitCost: 10, status: 'partial' });
});
afterAll(() => env.cleanup());

describe('the kept snapshot of every PO line', () => {
  it('is the snapshot read now, and is kept while the purchases, suppliers and as-of date stand', () => {
    const first = keptLineFactsSnapshot(db());
    expect(first).toEqual(lineFactsSnapshot(db()));
    // Writes to anything else (the Dashboard's counters, a plan, an alert) keep it.
    moveDataVersion(db(), 'sales');
    moveDataVersion(db(), 'stock');
    expect(keptLineFactsSnapshot(db())).toBe(first);
  });

  it('is read again once a receipt moved the purchases version, and shows it', () => {
    const before = keptLineFactsSnapshot(db());
    history.receipt(openLine, '2026-06-20', 30);
    moveDataVersion(db(), 'purchases');
    const after = keptLineFactsSnapshot(db());
    expect(after).not.toBe(before);
    expect(after).toEqual(lineFactsSnapshot(db()));
    const i = after.facts.lineId.indexOf(openLine);
    expect(after.facts.received[i]).toBe(30);
    expect(after.openPos).toEqual([{ supplierId: 1, lines: 1, value: 700 }]);
  });

  it('is read again for a new as-of date or a change to the suppliers', () => {
    const before = keptLineFactsSnapshot(db());
    writeMeta(db(), { asOf: '2026-06-10' });
    const earlier = keptLineFactsSnapshot(db());
    expect(earlier.asOf).toBe('2026-06-10');
    // The receipt of 2026-06-20 has not happened yet on 2026-06-10.
    expect(earlier.facts.received[earlier.facts.lineId.indexOf(openLine)]).toBe(0);
    writeMeta(db(), { asOf: '2026-06-30' });
    expect(keptLineFactsSnapshot(db())).toEqual(before);
    const kept = keptLineFactsSnapshot(db());
    moveDataVersion(db(), 'suppliers');
    expect(keptLineFactsSnapshot(db())).not.toBe(kept);
  });
});
