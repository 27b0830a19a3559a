import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supplierScorecards, type SupplierScorecard } from './scorecards';
import { quantileSorted } from './stats';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';

/**
 * One supplier with a line for every case, all answers worked out by hand (as of 2026-06-30,
 * default period 2025-07-01 … 2026-06-30; every promise is a 10-day lead time at an agreed cost of 10).
 */
const AS_OF = '2026-06-30';
let env: ReturnType<typeof supplierTestWorkspace>;

beforeAll(() => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1).product(1).terms(1, 1, 10, 10);
  const l1 = h.line({ supplier: 1, product: 1, ordered: '2026-03-01', promised: '2026-03-11', qty: 100, unitCost: 10 });
  h.receipt(l1, '2026-03-11', 100); // on time, in full
  const l2 = h.line({ supplier: 1, product: 1, ordered: '2026-03-01', promised: '2026-03-11', qty: 100, unitCost: 11, po: 1 });
  h.receipt(l2, '2026-03-12', 100); // one day late, paid 10% over terms
  const l3 = h.line({ supplier: 1, product: 1, ordered: '2026-04-01', promised: '2026-04-11', qty: 100, unitCost: 10 });
  h.receipt(l3, '2026-04-10', 100, 10); // early, 10 rejected: not in full
  const l4 = h.line({ supplier: 1, product: 1, ordered: '2026-04-01', promised: '2026-04-11', qty: 100, unitCost: 10 });
  h.receipt(l4, '2026-04-11', 60).receipt(l4, '2026-04-25', 40); // short, balance late: in full but not OTIF
  h.line({ supplier: 1, product: 1, ordered: '2026-05-01', promised: '2026-05-11', qty: 50, unitCost: 10, status: 'open' }); // overdue
  h.line({ supplier: 1, product: 1, ordered: '2026-06-20', promised: '2026-07-05', qty: 50, unitCost: 10, status: 'open' }); // not due
  h.line({ supplier: 1, product: 1, ordered: '2026-06-25', promised: '2026-06-30', qty: 50, unitCost: 10, status: 'open' }); // due today
  h.line({ supplier: 1, product: 1, ordered: '2026-03-01', promised: '2026-03-11', qty: 999, unitCost: 10, status: 'cancelled' });
  const l9 = h.line({ supplier: 1, product: 1, ordered: '2026-05-20', promised: '2026-05-30', qty: 20, unitCost: 10, status: 'open' });
  h.receipt(l9, '2026-07-02', 20); // after the as-of date: not arrived yet, so overdue

  // Due-date fallbacks: the PO's promise, the terms lead time, the supplier's default lead time.
  h.supplier(2).product(2).terms(2, 2, 5, 7);
  const viaPo = h.line({ supplier: 2, product: 2, ordered: '2026-03-01', promised: null, poPromised: '2026-03-11', qty: 10 });
  h.receipt(viaPo, '2026-03-11', 10);
  const viaTerms = h.line({ supplier: 2, product: 2, ordered: '2026-03-01', promised: null, qty: 10 });
  h.receipt(viaTerms, '2026-03-08', 10);
  // Marked received, but its receipt was recorded without the line: it cannot be timed.
  h.line({ supplier: 2, product: 2, ordered: '2026-03-01', promised: '2026-03-11', qty: 10, status: 'received' });
  h.supplier(3, 'Supplier 3', 5).product(3);
  const viaDefault = h.line({ supplier: 3, product: 3, ordered: '2026-03-01', promised: null, qty: 10 });
  h.receipt(viaDefault, '2026-03-07', 10);
});
afterAll(() => env.cleanup());

function card(supplierId: number, toleranceDays = 0): SupplierScorecard {
  const report = supplierScorecards(env.workspace.db, { asOf: AS_OF, settings: { toleranceDays } });
  return report.suppliers.find((s) => s.id === supplierId)!;
}

describe('supplier metrics on a hand-made history', () => {
  it('judges lines that are delivered or overdue, and nothing else', () => {
    const m = card(1).metrics;
    expect(m.poLines).toBe(6);
    expect(m.deliveries).toBe(4);
    expect(m.overdueLines).toBe(2);
  });

  it('counts on time against the promised date, with the tolerance edge inclusive', () => {
    expect(card(1, 0).metrics.onTimeRate).toBeCloseTo(3 / 6, 12);
    expect(card(1, 1).metrics.onTimeRate).toBeCloseTo(4 / 6, 12);
    expect(card(1, 0).metrics.counts.onTime).toBe(3);
  });

  it('counts in full on accepted units (rejections do not count) over all receipts', () => {
    expect(card(1).metrics.inFullRate).toBeCloseTo(3 / 6, 12);
  });

  it('counts OTIF only when the full quantity was accepted by the due date plus tolerance', () => {
    expect(card(1, 0).metrics.otif).toBeCloseTo(1 / 6, 12);
    expect(card(1, 1).metrics.otif).toBeCloseTo(2 / 6, 12);
  });

  it('computes the fill rate from accepted over ordered units, overdue lines included', () => {
    const m = card(1).metrics;
    expect(m.counts.acceptedUnits).toBe(390);
    expect(m.counts.orderedUnits).toBe(470);
    expect(m.fillRate).toBeCloseTo(390 / 470, 12);
  });

  it('describes lead times from order to first receipt, against the promise', () => {
    const lt = card(1).metrics.leadTime!;
    expect(lt.samples).toBe(4);
    expect(lt.mean).toBe(10);
    expect(lt.median).toBe(10);
    expect(lt.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(lt.p90).toBeCloseTo(10.7, 12);
    expect(card(1).metrics.promisedLeadTimeMean).toBe(10);
    expect(card(1).metrics.leadTimeBiasDays).toBe(0);
    expect(card(1).metrics.leadTimeReliability).toBeCloseTo(4 / 6, 12);
  });

  it('computes rejection rate, value-weighted price variance, orders and spend', () => {
    const m = card(1).metrics;
    expect(m.rejectionRate).toBeCloseTo(10 / 400, 12);
    expect(m.priceVariance).toBeCloseTo(100 / 5200, 12);
    expect(m.lines).toBe(7);
    expect(m.orders).toBe(6);
    expect(m.spend).toBeCloseTo(5300, 9);
  });

  it('filters by due date: a period before the deliveries has none of them', () => {
    const report = supplierScorecards(env.workspace.db, { asOf: AS_OF, from: '2026-04-01', to: '2026-04-30' });
    const m = report.suppliers.find((s) => s.id === 1)!.metrics;
    expect(m.poLines).toBe(2);
    expect(m.onTimeRate).toBe(1);
    expect(m.inFullRate).toBe(0.5);
  });

  it('an earlier as-of date forgets later receipts and judges as of then', () => {
    const report = supplierScorecards(env.workspace.db, { asOf: '2026-04-20', from: '2026-04-01', to: '2026-04-30' });
    const m = report.suppliers.find((s) => s.id === 1)!.metrics;
    expect(m.poLines).toBe(2);
    expect(m.inFullRate).toBe(0);
  });

  it('falls back to the PO promise, then the terms lead time, then the supplier default', () => {
    const two = card(2).metrics;
    expect(two.poLines).toBe(2);
    expect(two.lines).toBe(3);
    expect(two.onTimeRate).toBe(1);
    expect(two.promisedLeadTimeMean).toBe((10 + 7) / 2);
    const three = card(3).metrics;
    expect(three.onTimeRate).toBe(0);
    expect(three.leadTimeBiasDays).toBe(1);
  });
});

describe('quantiles', () => {
  it('interpolates like Excel PERCENTILE.INC', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(sorted, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantileSorted(sorted, 0.5)).toBe(5.5);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
