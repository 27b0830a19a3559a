import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMeta } from '../db/meta';
import { lineFactsSnapshot } from './facts-snapshot';
import { openPoTotals } from './open-po-totals';
import { supplierScorecards } from './scorecards';
import { saveScorecardSettings } from './settings';
import { scorecardList, supplierDetailView } from './supplier-views';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';

let env: ReturnType<typeof supplierTestWorkspace>;
const db = () => env.workspace.db;

beforeAll(() => {
  env = supplierTestWorkspace();
  writeMeta(db(), { asOf: '2026-06-30' });
  const h = new TinyHistory(db());
  h.supplier(1).supplier(2).supplier(3).product(1).product(2);
  h.terms(1, 1, 10, 10).terms(2, 2, 20, 10).terms(3, 2, 19, 10);
  h.deliveries(1, 1, 20, '2026-01-05'); // on time every time
  h.deliveries(2, 2, 20, '2026-01-05', 4); // four days late every time
  h.deliveries(3, 2, 2, '2026-05-01'); // two good deliveries only
  // Still open: 100 ordered at 10, 30 accepted (35 received, 5 rejected) → 70 × 10 to come.
  const open = h.line({ supplier: 1, product: 1, ordered: '2026-06-01', promised: '2026-07-20', qty: 100, unitCost: 10, status: 'partial' });
  h.receipt(open, '2026-06-20', 35, 5);
});
afterAll(() => env.cleanup());

describe('supplier views from the read worker snapshot', () => {
  it('rank like the scorecard CLI, with open PO value and ranks', () => {
    const snapshot = structuredClone(lineFactsSnapshot(db()));
    expect(snapshot.asOf).toBe('2026-06-30');
    const list = scorecardList(db(), snapshot, {});
    const direct = supplierScorecards(db());
    expect(list.suppliers.map((s) => [s.supplierId, s.score, s.otif])).toEqual(
      direct.suppliers.map((s) => [s.id, s.score.score, s.metrics.otif]),
    );
    expect(list.suppliers.map((s) => s.supplierId)).toEqual([1, 3, 2]);
    expect(list.suppliers.map((s) => s.rank)).toEqual([1, 2, 3]);
    const few = list.suppliers.find((s) => s.supplierId === 3)!;
    expect(few).toMatchObject({ lowData: true, deliveries: 2, otif: 1 });
    expect(few.score!).toBeLessThan(few.rawScore!);
    expect(list.suppliers.find((s) => s.supplierId === 1)).toMatchObject({ openPoLines: 1, openPoValue: 700 });
    expect(openPoTotals(db(), '2026-06-19')).toEqual([{ supplierId: 1, lines: 1, value: 1000 }]);
  });

  it('a tolerance for the view only turns the late supplier on time', () => {
    const snapshot = lineFactsSnapshot(db());
    const late = (tolerance: number) =>
      scorecardList(db(), snapshot, { toleranceDays: tolerance }).suppliers.find((s) => s.supplierId === 2)!;
    expect(late(0).onTimeRate).toBe(0);
    expect(late(4).onTimeRate).toBe(1);
  });

  it('a scorecard: monthly lines add up, the histogram holds every delivery at its lead time', () => {
    const snapshot = lineFactsSnapshot(db());
    const detail = supplierDetailView(db(), snapshot, 2, {}, 3);
    expect(detail.scorecard).toMatchObject({ supplierId: 2, rank: 3, poLines: 20, leadTimeMean: 14, promisedLeadTime: 10 });
    expect(detail.monthly.reduce((sum, m) => sum + m.poLines, 0)).toBe(20);
    expect(detail.leadTimeHistogram).toEqual([{ fromDays: 14, toDays: 14, count: 20 }]);
    expect(detail.skus).toEqual([expect.objectContaining({ sku: 'SKU-2', poLines: 20 })]);
  });

  it('saving settings is audited with before and after', () => {
    saveScorecardSettings(db(), { weights: { quality: 0 }, usePromisedLeadTimes: true });
    const rows = db().prepare("SELECT details FROM audit_log WHERE action = 'scorecard_settings'").pluck().all() as string[];
    expect(rows).toHaveLength(1);
    const { before, after } = JSON.parse(rows[0]!) as { before: { weights: { quality: number } }; after: { weights: { quality: number; otif: number }; usePromisedLeadTimes: boolean } };
    expect(before.weights.quality).toBe(15);
    expect(after.weights).toMatchObject({ quality: 0, otif: 40 });
    expect(after.usePromisedLeadTimes).toBe(true);
  });
});
