import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../ground/errors/app-error';
import { supplierDetail } from './supplier-detail';
import { supplierScorecards } from './scorecards';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';
import { traceSupplierMetric } from './trace';

const AS_OF = '2026-06-30';
let env: ReturnType<typeof supplierTestWorkspace>;
const ids: Record<string, number> = {};

beforeAll(() => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1).supplier(2).product(1).product(2).terms(1, 1, 10, 10).terms(1, 2, 20, 10).terms(2, 1, 9, 10);
  ids.onTime = h.line({ supplier: 1, product: 1, ordered: '2026-03-01', promised: '2026-03-11', qty: 100, unitCost: 10 });
  h.receipt(ids.onTime, '2026-03-11', 100, 0, 'DN-1');
  ids.late = h.line({ supplier: 1, product: 2, ordered: '2026-04-01', promised: '2026-04-11', qty: 50, unitCost: 21 });
  h.receipt(ids.late, '2026-04-15', 30, 5, 'DN-2').receipt(ids.late, '2026-04-20', 25, 0, 'DN-3');
  ids.overdue = h.line({ supplier: 1, product: 1, ordered: '2026-05-01', promised: '2026-05-11', qty: 40, unitCost: 10, status: 'open' });
  ids.notDue = h.line({ supplier: 1, product: 1, ordered: '2026-06-25', promised: '2026-07-10', qty: 40, unitCost: 10, status: 'open' });
  ids.other = h.line({ supplier: 2, product: 1, ordered: '2026-03-01', promised: '2026-03-11', qty: 100, unitCost: 9 });
  h.receipt(ids.other, '2026-03-11', 100);
});
afterAll(() => env.cleanup());

const trace = (metric: Parameters<typeof traceSupplierMetric>[2], options = {}) =>
  traceSupplierMetric(env.workspace.db, 1, metric, { asOf: AS_OF, ...options });

describe('metric traces', () => {
  it('returns exactly the lines and receipts behind on-time, flagged by what they add', () => {
    const t = trace('on_time');
    expect(t.lines.map((l) => l.lineId).sort()).toEqual([ids.onTime, ids.late, ids.overdue].sort());
    expect(t.numerator).toBe(1);
    expect(t.denominator).toBe(3);
    expect(t.value).toBeCloseTo(1 / 3, 12);
    expect(t.lines.find((l) => l.lineId === ids.onTime)).toMatchObject({ onTime: true, numerator: 1, poNumber: 'PO-1', sku: 'SKU-1' });
    expect(t.lines.find((l) => l.lineId === ids.overdue)).toMatchObject({ overdue: true, numerator: 0, firstReceiptDate: null });
    expect(t.receipts.map((r) => r.reference)).toEqual(['DN-1', 'DN-2', 'DN-3']);
  });

  it('adds units for the fill rate and days for the lead time', () => {
    const fill = trace('fill_rate');
    expect(fill.numerator).toBe(100 + 50);
    expect(fill.denominator).toBe(100 + 50 + 40);
    const lead = trace('lead_time');
    expect(lead.lines.map((l) => l.leadTimeDays)).toEqual([10, 14]);
    expect(lead.value).toBe(12);
    expect(lead.lines.find((l) => l.lineId === ids.late)).toMatchObject({ completeDate: '2026-04-20', received: 55, rejected: 5 });
  });

  it('covers every line due in the period for spend and price variance, judged or not', () => {
    const spend = trace('spend', { to: '2026-07-31' });
    expect(spend.lines.map((l) => l.lineId).sort()).toEqual([ids.onTime, ids.late, ids.overdue, ids.notDue].sort());
    expect(spend.value).toBe(1000 + 1050 + 400 + 400);
    expect(trace('price_variance').value).toBeCloseTo(50 / (1000 + 1000 + 400), 12);
  });

  it('agrees with the scorecard, the monthly table and the supplier-SKU figures', () => {
    const card = supplierScorecards(env.workspace.db, { asOf: AS_OF }).suppliers.find((s) => s.id === 1)!;
    expect(trace('otif').value).toBe(card.metrics.otif);
    expect(trace('rejection_rate').value).toBe(card.metrics.rejectionRate);
    expect(trace('lead_time_reliability').value).toBe(card.metrics.leadTimeReliability);
    const detail = supplierDetail(env.workspace.db, 1, { asOf: AS_OF });
    const april = detail.monthly.find((m) => m.month === '2026-04')!.metrics;
    expect(trace('in_full', { month: '2026-04' }).value).toBe(april.inFullRate);
    expect(trace('po_lines', { month: '2026-04' }).lines.map((l) => l.lineId)).toEqual([ids.late]);
    const sku2 = detail.skus.find((s) => s.sku === 'SKU-2')!.metrics;
    expect(trace('on_time', { productId: 2 }).value).toBe(sku2.onTimeRate);
    expect(trace('deliveries').value).toBe(card.metrics.deliveries);
  });

  it('refuses an unknown metric or month, and an unknown supplier', () => {
    expect(() => trace('bogus' as never)).toThrow(AppError);
    expect(() => trace('otif', { month: '2026-13' })).toThrow(/month/);
    expect(() => traceSupplierMetric(env.workspace.db, 99, 'otif', { asOf: AS_OF })).toThrow(/no supplier/);
  });
});
