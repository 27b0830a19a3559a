import type Database from 'better-sqlite3';
import { groupMetrics } from './group-metrics';
import type { LineFacts } from './line-facts';
import { leadTimeFactsOf } from './lead-times-kept';
import type { LeadTimeProfile, LeadTimeTable } from './lead-times-types';
import { measureLeadTimes, promisedBySupplier, promisedProfile } from './lead-times-measure';
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

export type { LeadTimeProfile, LeadTimeTable };

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
  return measureLeadTimes(db, leadTimeFactsOf(db).facts, period, {
    toleranceDays: settings.toleranceDays,
    minSupplierDeliveries: options.minSupplierDeliveries ?? DEFAULT_MIN_SUPPLIER_DELIVERIES,
    minSkuDeliveries: options.minSkuDeliveries ?? DEFAULT_MIN_SKU_DELIVERIES,
  });
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

/**
 * A lookup for replenishment: a supplier-SKU's own profile when it has enough deliveries, else the
 * supplier's; null for a supplier the table does not know.
 */
export function leadTimeLookup(table: LeadTimeTable): (supplierId: number, productId: number) => LeadTimeProfile | null {
  const skus = new Map(table.skus.map((p) => [skuKey(p.supplierId, p.productId ?? 0), p]));
  const suppliers = new Map(table.suppliers.map((p) => [p.supplierId, p]));
  return (supplierId, productId) => skus.get(skuKey(supplierId, productId)) ?? suppliers.get(supplierId) ?? null;
}

/** Terms lead time per supplier-SKU; per supplier the mean over its SKUs, else its default. */
function promisedLeadTimes(db: Database.Database) {
  const terms = db
    .prepare('SELECT supplier_id AS supplierId, product_id AS productId, lead_time_days AS days FROM supplier_terms ORDER BY 1, 2')
    .all() as { supplierId: number; productId: number; days: number }[];
  return { terms, bySupplier: promisedBySupplier(db) };
}

export { promisedBySupplier, promisedProfile };
