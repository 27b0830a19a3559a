/**
 * The lead-time table a plan uses (suppliers' `supplierLeadTimes`, same definitions:
 * suppliers/metric-definitions.ts) measured by one grouped query: SQLite judges every PO line due in
 * the period and hands over one row per supplier-SKU with its lead-time samples, instead of
 * streaming a million lines and their receipts into JavaScript. Statistics come from the same
 * `describeSamples`, so means, spreads and percentiles are the scorecards' to the bit; the fill rate
 * sums quantities in SQLite's order (it may differ from the scorecard's in the last digit, and no
 * plan reads it).
 */

import type Database from 'better-sqlite3';
import { isoFromDay } from '../../ground/calendar';
import type { LeadTimeProfile, LeadTimeTable } from '../../suppliers';
import { DEFAULT_MIN_SKU_DELIVERIES, DEFAULT_MIN_SUPPLIER_DELIVERIES, promisedBySupplier, promisedProfile } from '../../suppliers/lead-times';
import { describeSamples, type Distribution } from '../../suppliers/stats';
import type { Period } from '../../suppliers/period';

export interface MeasureOptions {
  toleranceDays: number;
  minSupplierDeliveries?: number;
  minSkuDeliveries?: number;
}

/**
 * Due day: the line's promise, else the PO's, else order date + terms lead time, else + supplier
 * default (line-facts.ts), truncated to a whole day as line facts' Int32 column stores it.
 */
const DUE_DAY = `CAST(COALESCE(unixepoch(l.promised_date), unixepoch(p.promised_date),
  unixepoch(p.order_date) + 86400 * COALESCE(t.lead_time_days, s.default_lead_time_days)) / 86400 AS INTEGER)`;

/**
 * Per line: receipts dated by the as-of day give the first receipt and accepted units; any receipt
 * at all (later or undated) shows a line marked received is not untimed. A line is judged when due
 * by the as-of day and delivered or overdue; delivered lines with an order day are the samples.
 */
const GROUPED = `
WITH receipt_days AS (
  SELECT po_line_id, unixepoch(receipt_date) / 86400 AS day, qty_received, qty_rejected FROM receipts WHERE po_line_id IS NOT NULL
), per_line AS (
  SELECT po_line_id, count(*) AS any_receipts,
         count(CASE WHEN day <= @asOfDay THEN 1 END) AS deliveries,
         min(CASE WHEN day <= @asOfDay THEN day END) AS first_day,
         total(CASE WHEN day <= @asOfDay THEN qty_received - qty_rejected END) AS accepted
  FROM receipt_days GROUP BY po_line_id
), lines AS MATERIALIZED (
  SELECT p.supplier_id AS supplier_id, l.product_id AS product_id, l.qty_ordered AS ordered,
         unixepoch(p.order_date) / 86400 AS order_day, ${DUE_DAY} AS due_day,
         l.status = 'received' AND r.any_receipts IS NULL AS untimed,
         COALESCE(r.deliveries, 0) > 0 AS delivered, r.first_day AS first_day, COALESCE(r.accepted, 0) AS accepted
  FROM po_lines l
  CROSS JOIN purchase_orders p ON p.id = l.po_id
  JOIN suppliers s ON s.id = p.supplier_id
  LEFT JOIN supplier_terms t ON t.supplier_id = p.supplier_id AND t.product_id = l.product_id
  LEFT JOIN per_line r ON r.po_line_id = l.id
  WHERE l.status <> 'cancelled' AND p.status NOT IN ('draft', 'cancelled') AND p.order_date <= @asOf
    AND due_day BETWEEN @fromDay AND @toDay
), judged AS (
  SELECT *, due_day <= @asOfDay AND (delivered OR (NOT untimed AND @asOfDay > due_day + @tolerance)) AS judged FROM lines
)
SELECT supplier_id, product_id,
       group_concat(CASE WHEN delivered AND order_day IS NOT NULL THEN first_day - order_day END) AS lead_days,
       total(CASE WHEN delivered AND order_day IS NOT NULL THEN due_day - order_day END) AS promised_sum,
       total(min(max(accepted, 0), ordered)) AS accepted_capped,
       total(ordered) AS ordered
FROM judged WHERE judged
GROUP BY supplier_id, product_id
ORDER BY supplier_id, product_id`;

interface Samples {
  leadDays: number[];
  promisedSum: number;
  accepted: number;
  ordered: number;
}

export function measureLeadTimes(db: Database.Database, period: Period, options: MeasureOptions): LeadTimeTable {
  const rows = db
    .prepare(GROUPED)
    .raw(true)
    .iterate({ asOf: isoFromDay(period.asOfDay), asOfDay: period.asOfDay, fromDay: period.fromDay, toDay: period.toDay, tolerance: options.toleranceDays }) as IterableIterator<
    [number, number, string | null, number, number, number]
  >;
  const bySupplier = new Map<number, Samples>();
  const bySku: { supplierId: number; productId: number; samples: Samples }[] = [];
  for (const [supplierId, productId, leadDays, promisedSum, accepted, ordered] of rows) {
    const samples: Samples = { leadDays: leadDays === null ? [] : leadDays.split(',').map(Number), promisedSum, accepted, ordered };
    bySku.push({ supplierId, productId, samples });
    const supplier = bySupplier.get(supplierId);
    if (!supplier) bySupplier.set(supplierId, { ...samples, leadDays: [...samples.leadDays] });
    else {
      for (const d of samples.leadDays) supplier.leadDays.push(d);
      supplier.promisedSum += promisedSum;
      supplier.accepted += accepted;
      supplier.ordered += ordered;
    }
  }
  const promised = promisedLeadTimes(db);
  const minSupplier = options.minSupplierDeliveries ?? DEFAULT_MIN_SUPPLIER_DELIVERIES;
  const minSku = options.minSkuDeliveries ?? DEFAULT_MIN_SKU_DELIVERIES;
  const suppliers = [...promised.bySupplier].map(([id, days]) => {
    const samples = bySupplier.get(id);
    const lead = samples && samples.leadDays.length >= minSupplier ? describeSamples(samples.leadDays) : null;
    return lead ? measuredProfile(id, null, lead, samples!, days) : promisedProfile(id, null, days);
  });
  const skus: LeadTimeProfile[] = [];
  for (const { supplierId, productId, samples } of bySku) {
    if (samples.leadDays.length < minSku) continue;
    const lead = describeSamples(samples.leadDays);
    if (!lead) continue;
    const days = promised.terms.get(termKey(supplierId, productId)) ?? promised.bySupplier.get(supplierId) ?? null;
    skus.push(measuredProfile(supplierId, productId, lead, samples, days));
  }
  return { asOf: isoFromDay(period.asOfDay), from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay), usePromised: false, suppliers, skus };
}

export function measuredProfile(supplierId: number, productId: number | null, lead: Distribution, s: Samples, promisedDays: number | null): LeadTimeProfile {
  const promisedMean = s.promisedSum / lead.samples;
  return {
    supplierId, productId, source: 'measured', samples: lead.samples, meanDays: lead.mean, sdDays: lead.sd,
    p50Days: lead.median, p90Days: lead.p90, p95Days: lead.p95, promisedDays,
    biasDays: lead.mean - promisedMean, fillRate: s.ordered > 0 ? s.accepted / s.ordered : 1,
  };
}

const termKey = (supplierId: number, productId: number) => supplierId * 2 ** 32 + productId;

/** Terms lead time per supplier-SKU; per supplier the mean over its SKUs, else its default (as suppliers/lead-times.ts). */
function promisedLeadTimes(db: Database.Database): { terms: Map<number, number>; bySupplier: Map<number, number | null> } {
  const terms = new Map<number, number>();
  for (const [supplierId, productId, days] of db.prepare('SELECT supplier_id, product_id, lead_time_days FROM supplier_terms').raw(true).iterate() as IterableIterator<[number, number, number]>) {
    terms.set(termKey(supplierId, productId), days);
  }
  return { terms, bySupplier: promisedBySupplier(db) };
}
