import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadTimeLookup, supplierLeadTimes } from './lead-times';
import { recommendSupplier } from './recommend-supplier';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';

const AS_OF = '2026-06-30';
let env: ReturnType<typeof supplierTestWorkspace>;

beforeAll(() => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1, 'Cheap but late').supplier(2, 'Reliable').supplier(3, 'Brand new').product(1).product(2);
  // SKU 1 has three suppliers: the cheapest always 6 days late; two at the same higher price, always on
  // time, one with a long record and one with two deliveries.
  h.terms(1, 1, 10, 10).terms(2, 1, 10.5, 10, false).terms(3, 1, 10.5, 10, false).terms(1, 2, 20, 10);
  h.deliveries(1, 1, 12, '2026-01-05', 6);
  h.deliveries(1, 2, 4, '2026-01-06', 6);
  h.deliveries(2, 1, 12, '2026-01-05');
  h.deliveries(3, 1, 2, '2026-05-01');
});
afterAll(() => env.cleanup());

describe('lead times for replenishment', () => {
  it('measures lead time per supplier and per supplier-SKU with enough deliveries', () => {
    const table = supplierLeadTimes(env.workspace.db, { asOf: AS_OF });
    const late = table.suppliers.find((p) => p.supplierId === 1)!;
    expect(late).toMatchObject({ source: 'measured', samples: 16, meanDays: 16, sdDays: 0, p90Days: 16, promisedDays: 10, biasDays: 6, fillRate: 1 });
    expect(table.skus.map((p) => `${p.supplierId}:${p.productId}`)).toEqual(['1:1', '2:1']);
    // Two deliveries are too few: the new supplier's promise stands.
    expect(table.suppliers.find((p) => p.supplierId === 3)).toMatchObject({ source: 'promised', meanDays: 10, samples: 0 });
    const lookup = leadTimeLookup(table);
    expect(lookup(1, 2)).toBe(late);
    expect(lookup(1, 1)!.productId).toBe(1);
    expect(lookup(42, 1)).toBeNull();
  });

  it('switches to promised values on request', () => {
    const table = supplierLeadTimes(env.workspace.db, { asOf: AS_OF, usePromised: true });
    expect(table.suppliers.every((p) => p.source === 'promised' && p.sdDays === 0 && p.fillRate === 1)).toBe(true);
    expect(table.skus).toHaveLength(4);
    expect(table.suppliers.find((p) => p.supplierId === 1)!.meanDays).toBe(10);
  });
});

describe('supplier recommendation', () => {
  it('prefers the reliable supplier when the cheaper one is always late, and does not trust two deliveries', () => {
    const rec = recommendSupplier(env.workspace.db, 1, { asOf: AS_OF })!;
    expect(rec.options).toHaveLength(3);
    expect(rec.recommended!.supplierId).toBe(2);
    const late = rec.options.find((o) => o.supplierId === 1)!;
    expect(late.onTimeRate).toBeLessThan(0.5);
    expect(late.adjustedCost).toBeGreaterThan(late.unitCost);
    const fresh = rec.options.find((o) => o.supplierId === 3)!;
    expect(fresh.onTimeRate).toBeLessThan(1);
    expect(fresh.skuEvidence).toBe(2);
  });

  it('recommends the cheapest when reliability costs nothing, and nothing across currencies', () => {
    const db = env.workspace.db;
    const rec = recommendSupplier(db, 1, { asOf: AS_OF, penalties: { late: 0, short: 0, holdingPerYear: 0 } })!;
    expect(rec.recommended!.supplierId).toBe(1);
    db.prepare("UPDATE supplier_terms SET currency = 'USD' WHERE supplier_id = 3").run();
    // Costs in two currencies cannot be ranked without an exchange rate.
    const mixed = recommendSupplier(db, 1, { asOf: AS_OF })!;
    expect(mixed.mixedCurrencies).toBe(true);
    expect(mixed.recommended).toBeNull();
    db.prepare("UPDATE supplier_terms SET currency = 'CNY' WHERE supplier_id = 3").run();
  });
});
