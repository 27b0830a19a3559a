import { FORMAT } from '../ground/files/xlsx-style';
import type { SupplierScorecard } from './scorecards';

/**
 * The columns of a scorecard export, in order. Rates are fractions 0–1 (formatted as percentages in
 * XLSX); days and money are plain numbers; empty = not enough data.
 */
export interface ScorecardColumn {
  header: string;
  value(card: SupplierScorecard): string | number | null;
  format?: string;
}

const rate = (header: string, pick: (c: SupplierScorecard) => number | null): ScorecardColumn => ({
  header, value: pick, format: FORMAT.percent,
});
const days = (header: string, pick: (c: SupplierScorecard) => number | null | undefined): ScorecardColumn => ({
  header, value: (c) => pick(c) ?? null, format: FORMAT.decimal,
});
const count = (header: string, pick: (c: SupplierScorecard) => number): ScorecardColumn => ({
  header, value: pick, format: FORMAT.integer,
});

export const SCORECARD_COLUMNS: readonly ScorecardColumn[] = [
  { header: 'supplier', value: (c) => c.name },
  { header: 'supplier_code', value: (c) => c.code },
  { header: 'supplier_id', value: (c) => c.id },
  { header: 'category', value: (c) => c.category },
  count('po_lines', (c) => c.metrics.poLines),
  count('deliveries', (c) => c.metrics.deliveries),
  count('overdue_lines', (c) => c.metrics.overdueLines),
  rate('on_time_rate', (c) => c.metrics.onTimeRate),
  rate('in_full_rate', (c) => c.metrics.inFullRate),
  rate('otif', (c) => c.metrics.otif),
  rate('fill_rate', (c) => c.metrics.fillRate),
  days('lead_time_mean_days', (c) => c.metrics.leadTime?.mean),
  days('lead_time_median_days', (c) => c.metrics.leadTime?.median),
  days('lead_time_sd_days', (c) => c.metrics.leadTime?.sd),
  days('lead_time_p90_days', (c) => c.metrics.leadTime?.p90),
  days('promised_lead_time_days', (c) => c.metrics.promisedLeadTimeMean),
  days('lead_time_bias_days', (c) => c.metrics.leadTimeBiasDays),
  rate('lead_time_reliability', (c) => c.metrics.leadTimeReliability),
  rate('rejection_rate', (c) => c.metrics.rejectionRate),
  rate('price_variance', (c) => c.metrics.priceVariance),
  count('orders', (c) => c.metrics.orders),
  { header: 'spend', value: (c) => c.metrics.spend, format: FORMAT.money },
  { header: 'score', value: (c) => c.score.score, format: FORMAT.decimal },
  { header: 'grade', value: (c) => c.score.grade },
  { header: 'raw_score', value: (c) => c.score.rawScore, format: FORMAT.decimal },
  { header: 'low_data', value: (c) => (c.score.lowData ? 'yes' : 'no') },
  { header: 'trend_points', value: (c) => c.trend.delta, format: FORMAT.decimal },
  { header: 'trend', value: (c) => c.trend.direction },
];
