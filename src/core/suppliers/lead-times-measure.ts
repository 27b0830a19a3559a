/**
 * The one lead-time measurer (metric-definitions.ts), for the scorecards' lead times and for every
 * plan: a loop over the period-free facts (lead-times-facts.ts), kept or read. A line counts when
 * its order exists by the as-of day and it is due in the period; it is judged when due by the as-of
 * day and delivered (a receipt dated by then) or overdue past the tolerance (unless marked received
 * without any receipt: untimed). Delivered lines with an order day are the samples: first receipt −
 * order day. Statistics come from `describeSamples`, which sorts, so they do not depend on order.
 */

import type Database from 'better-sqlite3';
import { isoFromDay } from '../ground/calendar';
import type { LeadTimeFacts } from './lead-times-facts';
import { NO_DAY } from './line-facts-columns';
import type { Period } from './period';
import { describeSamples, type Distribution } from './stats';
import type { LeadTimeProfile, LeadTimeTable } from './lead-times-types';

export interface MeasureOptions {
  toleranceDays: number;
  minSupplierDeliveries: number;
  minSkuDeliveries: number;
}

interface Samples {
  leadDays: number[];
  /** Sum of (due − order) days over the samples. */
  promisedSum: number;
  /** Accepted units (each line's capped to 0..ordered) and ordered units over judged lines. */
  accepted: number;
  ordered: number;
}

interface SkuSamples {
  supplierId: number;
  productId: number;
  samples: Samples;
}

export function measureLeadTimes(db: Database.Database, facts: LeadTimeFacts, period: Period, options: MeasureOptions): LeadTimeTable {
  const bySku = judgeFacts(facts, period, options.toleranceDays);
  const bySupplier = new Map<number, Samples>();
  for (const { supplierId, samples } of bySku) {
    const supplier = bySupplier.get(supplierId);
    if (!supplier) bySupplier.set(supplierId, { ...samples, leadDays: [...samples.leadDays] });
    else {
      for (const d of samples.leadDays) supplier.leadDays.push(d);
      supplier.promisedSum += samples.promisedSum;
      supplier.accepted += samples.accepted;
      supplier.ordered += samples.ordered;
    }
  }
  const promised = promisedLeadTimes(db);
  const suppliers = [...promised.bySupplier].map(([id, days]) => {
    const samples = bySupplier.get(id);
    const lead = samples && samples.leadDays.length >= options.minSupplierDeliveries ? describeSamples(samples.leadDays) : null;
    return lead ? measuredProfile(id, null, lead, samples!, days) : promisedProfile(id, null, days);
  });
  const skus: LeadTimeProfile[] = [];
  for (const { supplierId, productId, samples } of bySku) {
    if (samples.leadDays.length < options.minSkuDeliveries) continue;
    const lead = describeSamples(samples.leadDays);
    if (!lead) continue;
    const days = promised.terms.get(termKey(supplierId, productId)) ?? promised.bySupplier.get(supplierId) ?? null;
    skus.push(measuredProfile(supplierId, productId, lead, samples, days));
  }
  return { asOf: isoFromDay(period.asOfDay), from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay), usePromised: false, suppliers, skus };
}

/** One entry per supplier-SKU with a judged line, in supplier-SKU order (the facts' order). */
function judgeFacts(f: LeadTimeFacts, { asOfDay, fromDay, toDay }: Period, tolerance: number): SkuSamples[] {
  const out: SkuSamples[] = [];
  let current: SkuSamples | null = null;
  let start = 0;
  for (let i = 0; i < f.lines; start = f.receiptEnd[i++] as number) {
    const due = f.dueDay[i] as number;
    const visible = f.visibleDay[i] as number;
    if (due < fromDay || due > toDay || due > asOfDay || visible === NO_DAY || visible > asOfDay) continue;
    const end = f.receiptEnd[i] as number;
    let deliveries = 0;
    let first = NO_DAY;
    let accepted = 0;
    for (let r = start; r < end; r++) {
      const day = f.receiptDay[r] as number;
      if (day === NO_DAY || day > asOfDay) continue;
      if (deliveries === 0 || day < first) first = day;
      deliveries++;
      accepted += f.receiptAccepted[r] as number;
    }
    const delivered = deliveries > 0;
    const untimed = f.received[i] === 1 && end === start;
    if (!delivered && (untimed || !(asOfDay > due + tolerance))) continue;
    const supplierId = f.supplierId[i] as number;
    const productId = f.productId[i] as number;
    if (current === null || current.supplierId !== supplierId || current.productId !== productId) {
      current = { supplierId, productId, samples: { leadDays: [], promisedSum: 0, accepted: 0, ordered: 0 } };
      out.push(current);
    }
    const s = current.samples;
    const order = f.orderDay[i] as number;
    if (delivered && order !== NO_DAY) {
      s.leadDays.push(first - order);
      s.promisedSum += due - order;
    }
    const ordered = f.ordered[i] as number;
    s.accepted += Math.min(Math.max(accepted, 0), ordered);
    s.ordered += ordered;
  }
  return out;
}

function measuredProfile(supplierId: number, productId: number | null, lead: Distribution, s: Samples, promisedDays: number | null): LeadTimeProfile {
  const promisedMean = s.promisedSum / lead.samples;
  return {
    supplierId, productId, source: 'measured', samples: lead.samples, meanDays: lead.mean, sdDays: lead.sd,
    p50Days: lead.median, p90Days: lead.p90, p95Days: lead.p95, promisedDays,
    biasDays: lead.mean - promisedMean, fillRate: s.ordered > 0 ? s.accepted / s.ordered : 1,
  };
}

export function promisedProfile(supplierId: number, productId: number | null, days: number | null): LeadTimeProfile {
  const d = days ?? 0;
  return {
    supplierId, productId, source: 'promised', samples: 0, meanDays: d, sdDays: 0,
    p50Days: d, p90Days: d, p95Days: d, promisedDays: days, biasDays: null, fillRate: 1,
  };
}

const termKey = (supplierId: number, productId: number) => supplierId * 2 ** 32 + productId;

/** Terms lead time per supplier-SKU; per supplier the mean over its SKUs, else its default. */
function promisedLeadTimes(db: Database.Database): { terms: Map<number, number>; bySupplier: Map<number, number | null> } {
  const terms = new Map<number, number>();
  for (const [supplierId, productId, days] of db.prepare('SELECT supplier_id, product_id, lead_time_days FROM supplier_terms').raw(true).iterate() as IterableIterator<[number, number, number]>) {
    terms.set(termKey(supplierId, productId), days);
  }
  return { terms, bySupplier: promisedBySupplier(db) };
}

/** Per supplier: the mean terms lead time over its SKUs, else its default (null when it has neither). */
export function promisedBySupplier(db: Database.Database): Map<number, number | null> {
  const rows = db
    .prepare(
      `SELECT s.id, COALESCE((SELECT avg(lead_time_days) FROM supplier_terms t WHERE t.supplier_id = s.id), s.default_lead_time_days)
       FROM suppliers s ORDER BY s.id`,
    )
    .raw(true)
    .all() as [number, number | null][];
  return new Map(rows);
}
