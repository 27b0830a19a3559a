import type { SupplierMetricsRow, SupplierScorecardRow } from '../../shared/contract/schemas/suppliers';
import type { SupplierMetrics } from './metric-accumulator';
import type { OpenPoTotal } from './open-po-totals';
import type { SupplierScorecard } from './scorecards';

/** Metrics as the API sends them: flat, so a grid column is one field. */
export function metricsRow(m: SupplierMetrics): SupplierMetricsRow {
  return {
    lines: m.lines,
    orders: m.orders,
    spend: m.spend,
    poLines: m.poLines,
    deliveries: m.deliveries,
    overdueLines: m.overdueLines,
    onTimeRate: m.onTimeRate,
    inFullRate: m.inFullRate,
    otif: m.otif,
    fillRate: m.fillRate,
    leadTimeSamples: m.leadTime?.samples ?? 0,
    leadTimeMean: m.leadTime?.mean ?? null,
    leadTimeMedian: m.leadTime?.median ?? null,
    leadTimeSd: m.leadTime?.sd ?? null,
    leadTimeP90: m.leadTime?.p90 ?? null,
    promisedLeadTime: m.promisedLeadTimeMean,
    leadTimeBias: m.leadTimeBiasDays,
    leadTimeReliability: m.leadTimeReliability,
    rejectionRate: m.rejectionRate,
    priceVariance: m.priceVariance,
    onTimeLines: m.counts.onTime,
    inFullLines: m.counts.inFull,
    otifLines: m.counts.otif,
  };
}

export function scorecardRow(
  card: SupplierScorecard,
  rank: number | null,
  open: OpenPoTotal | undefined,
  currency: string,
): SupplierScorecardRow {
  return {
    ...metricsRow(card.metrics),
    supplierId: card.id,
    code: card.code,
    name: card.name,
    country: card.country,
    category: card.category,
    rank,
    score: card.score.score,
    rawScore: card.score.rawScore,
    grade: card.score.grade,
    lowData: card.score.lowData,
    trendDelta: card.trend.delta,
    trendDirection: card.trend.direction,
    components: card.score.components.map((c) => ({ ...c })),
    openPoLines: open?.lines ?? 0,
    openPoValue: open?.value ?? 0,
    currency,
  };
}
