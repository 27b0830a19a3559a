import type Database from 'better-sqlite3';
import { isoFromDay } from '../ground/calendar';
import { groupMetrics } from './group-metrics';
import { loadLineFacts, type LineFacts } from './line-facts';
import type { SupplierMetrics } from './metric-accumulator';
import { periodLabel, resolvePeriod, type Period, type PeriodOptions } from './period';
import { resolveSettings, type ScorecardSettings } from './settings';

/**
 * Lead times for replenishment: what safety stock and order quantities should assume. Measured =
 * first receipt − order date over the period's deliveries (metric-definitions.ts); promised = the
 * terms' lead time with no spread and a fill rate of 1. A supplier with fewer than
 * minSupplierDeliveries deliveries falls back to its promise; a supplier-SKU gets its own entry
 * only with minSkuDeliveries or more (otherwise use the supplier's: see leadTimeLookup).
 */
export interface LeadTimeOptions extends PeriodOptions {
  usePromised?: boolean;
  minSupplierDeliveries?: number;
  minSkuDeliveries?: number;
  settings?: Partial<ScorecardSettings>;
}

export interface LeadTimeProfile {
  supplierId: number;
  /** null = the supplier as a whole. */
  productId: number | null;
  source: 'measured' | 'promised';
  samples: number;
  meanDays: number;
  sdDays: number;
  p50Days: number;
  p90Days: number;
  p95Days: number;
  promisedDays: number | null;
  /** Mean measured − promised; null when promised values are used. */
  biasDays: number | null;
  /** Accepted ÷ ordered over judged lines: the share of an order to expect. */
  fillRate: number;
}

export interface LeadTimeTable {
  asOf: string;
  from: string;
  to: string;
  usePromised: boolean;
  suppliers: LeadTimeProfile[];
  skus: LeadTimeProfile[];
}

export const DEFAULT_MIN_SUPPLIER_DELIVERIES = 5;
export const DEFAULT_MIN_SKU_DELIVERIES = 8;

/** usePromised defaults to the saved scorecard setting, so the user's switch reaches every plan. */
export function supplierLeadTimes(db: Database.Database, options: LeadTimeOptions = {}): LeadTimeTable {
  const period = resolvePeriod(db, options);
  const settings = resolveSettings(db, options.settings);
  if (options.usePromised ?? settings.usePromisedLeadTimes) {
    const promised = promisedLeadTimes(db);
    return {
      ...periodLabel(period),
      usePromised: true,
      suppliers: [...promised.bySupplier].map(([id, days]) => promisedProfile(id, null, days)),
      skus: promised.terms.map((t) => promisedProfile(t.supplierId, t.productId, t.days)),
    };
  }
  const { toleranceDays } = settings;
  const facts = loadLineFacts(db, { asOf: isoFromDay(period.asOfDay), fromDay: period.fromDay, toDay: period.toDay });
  return measuredLeadTimes(db, period, supplierAndSkuMetrics(facts, period, toleranceDays), options);
}

/** Metrics per supplier and per supplier-SKU (keyed by skuKey), shared with recommendations. */
export interface SupplierAndSkuMetrics {
  bySupplier: Map<number, SupplierMetrics>;
  bySku: Map<number, SupplierMetrics>;
}

/** One number per supplier-SKU: cheaper than a string key over 200,000 lines. */
export function skuKey(supplierId: number, productId: number): number {
  return supplierId * 2 ** 32 + productId;
}

export function supplierAndSkuMetrics(facts: LineFacts, period: Period, toleranceDays: number): SupplierAndSkuMetrics {
  return {
    bySupplier: groupMetrics(facts, period, toleranceDays, (i) => facts.supplierId[i] as number),
    bySku: groupMetrics(facts, period, toleranceDays, (i) => skuKey(facts.supplierId[i] as number, facts.productId[i] as number)),
  };
}

export function measuredLeadTimes(
  db: Database.Database,
  period: Period,
  { bySupplier, bySku }: SupplierAndSkuMetrics,
  options: Pick<LeadTimeOptions, 'minSupplierDeliveries' | 'minSkuDeliveries'> = {},
): LeadTimeTable {
  const promised = promisedLeadTimes(db);
  const minSupplier = options.minSupplierDeliveries ?? DEFAULT_MIN_SUPPLIER_DELIVERIES;
  const minSku = options.minSkuDeliveries ?? DEFAULT_MIN_SKU_DELIVERIES;
  const suppliers = [...promised.bySupplier].map(([id, days]) => {
    const metrics = bySupplier.get(id);
    return (metrics?.leadTime?.samples ?? 0) >= minSupplier ? measuredProfile(id, null, metrics!, days) : promisedProfile(id, null, days);
  });
  const termDays = new Map(promised.terms.map((t) => [skuKey(t.supplierId, t.productId), t.days]));
  const skus: LeadTimeProfile[] = [];
  for (const [key, metrics] of bySku) {
    if ((metrics.leadTime?.samples ?? 0) < minSku) continue;
    const supplierId = Math.floor(key / 2 ** 32);
    const productId = key - supplierId * 2 ** 32;
    skus.push(measuredProfile(supplierId, productId, metrics, termDays.get(key) ?? promised.bySupplier.get(supplierId) ?? null));
  }
  skus.sort((a, b) => a.supplierId - b.supplierId || (a.productId ?? 0) - (b.productId ?? 0));
  return { ...periodLabel(period), usePromised: false, suppliers, skus };
}

/**
 * A lookup for replenishment: a supplier-SKU's own profile when it has enough deliveries, else the
 * supplier's; null for a supplier the table does not know.
 */
export function leadTimeLookup(table: LeadTimeTable): (supplierId: number, productId: number) => LeadTimeProfile | null {
  const skus = new Map(table.skus.map((p) => [skuKey(p.supplierId, p.productId ?? 0), p]));
  const suppliers = new Map(table.suppliers.map((p) => [p.supplierId, p]));
  return (supplierId, productId) => skus.get(skuKey(supplierId, productId)) ?? suppliers.get(supplierId) ?? null;
}

function measuredProfile(supplierId: number, productId: number | null, m: SupplierMetrics, promisedDays: number | null): LeadTimeProfile {
  const lt = m.leadTime!;
  return {
    supplierId, productId, source: 'measured', samples: lt.samples, meanDays: lt.mean, sdDays: lt.sd,
    p50Days: lt.median, p90Days: lt.p90, p95Days: lt.p95, promisedDays,
    biasDays: m.leadTimeBiasDays, fillRate: m.fillRate ?? 1,
  };
}

export function promisedProfile(supplierId: number, productId: number | null, days: number | null): LeadTimeProfile {
  const d = days ?? 0;
  return {
    supplierId, productId, source: 'promised', samples: 0, meanDays: d, sdDays: 0,
    p50Days: d, p90Days: d, p95Days: d, promisedDays: days, biasDays: null, fillRate: 1,
  };
}

/** Terms lead time per supplier-SKU; per supplier the mean over its SKUs, else its default. */
function promisedLeadTimes(db: Database.Database) {
  const terms = db
    .prepare('SELECT supplier_id AS supplierId, product_id AS productId, lead_time_days AS days FROM supplier_terms ORDER BY 1, 2')
    .all() as { supplierId: number; productId: number; days: number }[];
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
