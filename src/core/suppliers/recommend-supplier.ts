import type Database from 'better-sqlite3';
import { isoFromDay } from '../ground/calendar';
import { loadLineFacts, type LineFacts } from './line-facts';
import { DEFAULT_MIN_SKU_DELIVERIES, DEFAULT_MIN_SUPPLIER_DELIVERIES, leadTimeLookup, skuKey, supplierAndSkuMetrics } from './lead-times';
import { leadTimeFactsOf } from './lead-times-kept';
import { measureLeadTimes } from './lead-times-measure';
import type { SupplierMetrics } from './metric-accumulator';
import { resolvePeriod, type PeriodOptions } from './period';
import { shrink } from './score';
import { resolveSettings, type ScorecardSettings } from './settings';
import { candidateTerms, type CandidateTerm } from './supplier-terms';

/**
 * Which supplier to buy a SKU from when more than one can supply it: the lowest
 * reliability-adjusted landed cost,
 *   unit cost × (1 + late × (1 − on-time rate) + short × (1 − fill rate) + holding × lead days / 365).
 * A late delivery costs expediting and lost sales (late, default 10% of the unit cost); a unit not
 * delivered must be found elsewhere or is a lost sale (short, 25%); every day in the pipeline ties up
 * cash (holding, 20% a year). Rates are the supplier-SKU's, shrunk toward the supplier's, shrunk
 * toward everyone's (prior strength from the scorecard settings): two good deliveries do not win.
 */
export interface RecommendOptions extends PeriodOptions {
  penalties?: Partial<Penalties>;
  settings?: Partial<ScorecardSettings>;
}

export interface Penalties {
  late: number;
  short: number;
  holdingPerYear: number;
}
export const DEFAULT_PENALTIES: Penalties = { late: 0.1, short: 0.25, holdingPerYear: 0.2 };

export interface SupplierOption extends CandidateTerm {
  onTimeRate: number;
  fillRate: number;
  /** Judged lines of this SKU from this supplier, and of the supplier overall. */
  skuEvidence: number;
  supplierEvidence: number;
  leadTimeDays: number;
  leadTimeSource: 'measured' | 'promised';
  adjustedCost: number;
}

export interface SupplierRecommendation {
  productId: number;
  sku: string;
  recommended: SupplierOption | null;
  /** Cheapest adjusted cost first. */
  options: SupplierOption[];
  /** Costs in different currencies cannot be ranked: then nothing is recommended. */
  mixedCurrencies: boolean;
}

export function recommendSupplier(db: Database.Database, productId: number, options: RecommendOptions = {}): SupplierRecommendation | null {
  return recommendSuppliers(db, { ...options, productIds: [productId] })[0] ?? null;
}

/** For the SKUs asked for, or every SKU with two or more suppliers. */
export function recommendSuppliers(
  db: Database.Database,
  options: RecommendOptions & { productIds?: readonly number[]; facts?: LineFacts } = {},
): SupplierRecommendation[] {
  const settings = resolveSettings(db, options.settings);
  const penalties = { ...DEFAULT_PENALTIES, ...options.penalties };
  const period = resolvePeriod(db, options);
  const candidates = candidateTerms(db, options.productIds);
  // Facts already loaded (every line, e.g. the read worker's snapshot) serve as well: metrics filter by due date.
  const facts = options.facts ?? loadLineFacts(db, { asOf: isoFromDay(period.asOfDay), fromDay: period.fromDay, toDay: period.toDay });
  const metrics = supplierAndSkuMetrics(facts, period, settings.toleranceDays);
  const { bySupplier, bySku } = metrics;
  const overall = pooledRates([...bySupplier.values()]);
  // Lead times from the one measurer (lead-times-measure.ts), over the kept purchase facts when they hold.
  const leadTimes = leadTimeLookup(
    measureLeadTimes(db, leadTimeFactsOf(db).facts, period, {
      toleranceDays: settings.toleranceDays,
      minSupplierDeliveries: DEFAULT_MIN_SUPPLIER_DELIVERIES,
      minSkuDeliveries: DEFAULT_MIN_SKU_DELIVERIES,
    }),
  );
  const k = settings.priorStrength;

  return candidates.map(({ productId, sku, terms }) => {
    const ranked = terms
      .map((term): SupplierOption => {
        const supplier = bySupplier.get(term.supplierId);
        const own = bySku.get(skuKey(term.supplierId, productId));
        const supplierOnTime = shrink(supplier?.onTimeRate ?? null, supplier?.poLines ?? 0, overall.onTime, k) ?? 1;
        const supplierFill = shrink(supplier?.fillRate ?? null, supplier?.poLines ?? 0, overall.fill, k) ?? 1;
        const onTimeRate = shrink(own?.onTimeRate ?? null, own?.poLines ?? 0, supplierOnTime, k) ?? 1;
        const fillRate = shrink(own?.fillRate ?? null, own?.poLines ?? 0, supplierFill, k) ?? 1;
        const lead = leadTimes(term.supplierId, productId);
        const leadTimeDays = lead?.meanDays ?? term.promisedLeadTimeDays;
        const factor = 1 + penalties.late * (1 - onTimeRate) + penalties.short * (1 - fillRate) + (penalties.holdingPerYear * leadTimeDays) / 365;
        return {
          ...term, onTimeRate, fillRate, skuEvidence: own?.poLines ?? 0, supplierEvidence: supplier?.poLines ?? 0,
          leadTimeDays, leadTimeSource: lead?.source ?? 'promised', adjustedCost: term.unitCost * factor,
        };
      })
      .sort((a, b) => a.adjustedCost - b.adjustedCost || a.supplierId - b.supplierId);
    const mixedCurrencies = new Set(ranked.map((o) => o.currency)).size > 1;
    return { productId, sku, recommended: mixedCurrencies ? null : (ranked[0] ?? null), options: ranked, mixedCurrencies };
  });
}

function pooledRates(all: readonly SupplierMetrics[]): { onTime: number | null; fill: number | null } {
  let judged = 0, onTime = 0, ordered = 0, accepted = 0;
  for (const m of all) {
    judged += m.poLines;
    onTime += m.counts.onTime;
    ordered += m.counts.orderedUnits;
    accepted += m.counts.acceptedUnits;
  }
  return { onTime: judged > 0 ? onTime / judged : null, fill: ordered > 0 ? accepted / ordered : null };
}
