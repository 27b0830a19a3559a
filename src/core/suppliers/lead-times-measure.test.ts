import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import type { Workspace } from '../db/workspace';
import { isoFromDay } from '../ground/calendar';
import { DEFAULT_MIN_SKU_DELIVERIES, DEFAULT_MIN_SUPPLIER_DELIVERIES, skuKey, supplierAndSkuMetrics, supplierLeadTimes } from './lead-times';
import { readLeadTimeFacts } from './lead-times-facts';
import { keepLeadTimeFacts, leadTimeFactsOf } from './lead-times-kept';
import { promisedBySupplier } from './lead-times-measure';
import type { LeadTimeProfile, LeadTimeTable } from './lead-times-types';
import { loadLineFacts } from './line-facts';
import type { SupplierMetrics } from './metric-accumulator';
import { resolvePeriod } from './period';
import { resolveSettings } from './settings';

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

/** The scorecards' lead times as their metrics give them (line facts folded in JavaScript): the measurer's reference. */
function fromMetrics(asOf: string): LeadTimeTable {
  const db = ws.db;
  const period = resolvePeriod(db, { asOf });
  const facts = loadLineFacts(db, { asOf, fromDay: period.fromDay, toDay: period.toDay });
  const { bySupplier, bySku } = supplierAndSkuMetrics(facts, period, resolveSettings(db).toleranceDays);
  const terms = new Map(
    (db.prepare('SELECT supplier_id, product_id, lead_time_days FROM supplier_terms').raw(true).all() as [number, number, number][]).map(([s, p, d]) => [skuKey(s, p), d]),
  );
  const promised = promisedBySupplier(db);
  const profile = (supplierId: number, productId: number | null, m: SupplierMetrics, days: number | null): LeadTimeProfile => ({
    supplierId, productId, source: 'measured', samples: m.leadTime!.samples, meanDays: m.leadTime!.mean, sdDays: m.leadTime!.sd,
    p50Days: m.leadTime!.median, p90Days: m.leadTime!.p90, p95Days: m.leadTime!.p95, promisedDays: days, biasDays: m.leadTimeBiasDays, fillRate: m.fillRate ?? 1,
  });
  const suppliers = [...promised].map(([id, days]) => {
    const m = bySupplier.get(id);
    if ((m?.leadTime?.samples ?? 0) >= DEFAULT_MIN_SUPPLIER_DELIVERIES) return profile(id, null, m!, days);
    const d = days ?? 0;
    return { supplierId: id, productId: null, source: 'promised', samples: 0, meanDays: d, sdDays: 0, p50Days: d, p90Days: d, p95Days: d, promisedDays: days, biasDays: null, fillRate: 1 } as LeadTimeProfile;
  });
  const skus = [...bySku]
    .filter(([, m]) => (m.leadTime?.samples ?? 0) >= DEFAULT_MIN_SKU_DELIVERIES)
    .map(([key, m]) => {
      const supplierId = Math.floor(key / 2 ** 32);
      return profile(supplierId, key - supplierId * 2 ** 32, m, terms.get(key) ?? promised.get(supplierId) ?? null);
    })
    .sort((a, b) => a.supplierId - b.supplierId || a.productId! - b.productId!);
  return { asOf, from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay), usePromised: false, suppliers, skus };
}

describe('the one lead-time measurer', () => {
  it('gives what the scorecards’ line metrics give, at several as-of dates', () => {
    for (const asOf of ['2026-06-30', '2026-03-31', '2025-12-15']) {
      const measured = supplierLeadTimes(ws.db, { asOf, usePromised: false });
      expect(measured.skus.length).toBeGreaterThan(10);
      expect(measured).toEqual(fromMetrics(asOf));
    }
  });

  it('measures the same from kept facts as from facts read now, and keeps them only while the purchases stand', () => {
    const fresh = leadTimeFactsOf(ws.db);
    expect(fresh.from).toBe('read');
    keepLeadTimeFacts(ws.db, fresh);
    const kept = leadTimeFactsOf(ws.db);
    expect(kept.from).toBe('kept');
    expect(kept.facts).toEqual(readLeadTimeFacts(ws.db));
    expect(supplierLeadTimes(ws.db, { asOf: '2026-05-31', usePromised: false })).toEqual(fromMetrics('2026-05-31'));
    ws.db.prepare("UPDATE data_versions SET version = version + 1 WHERE name = 'purchases'").run();
    expect(leadTimeFactsOf(ws.db).from).toBe('read');
  });
});
