import type { SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import type { Formatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';
import { days, percent, score, signedDays, signedPercent } from './supplier-format';

/** One row of the side-by-side table: how to read the value and which way is better. */
export interface CompareMetric {
  key: string;
  label: MessageKey;
  value(card: SupplierScorecardRow): number | null;
  show(format: Formatters, value: number | null, card: SupplierScorecardRow): string;
  /** 'high' = more is better, 'low' = less is better, null = not ranked (spend). */
  better: 'high' | 'low' | null;
}

const rate = (key: string, label: MessageKey, pick: (c: SupplierScorecardRow) => number | null, better: 'high' | 'low' = 'high'): CompareMetric => ({
  key,
  label,
  value: pick,
  show: (format, v) => percent(format, v),
  better,
});

export const COMPARE_METRICS: CompareMetric[] = [
  { key: 'score', label: 'suppliers.col.score', value: (c) => c.score, show: (f, v, c) => `${score(f, v)} ${c.grade ?? ''}`.trim(), better: 'high' },
  { key: 'deliveries', label: 'suppliers.col.deliveries', value: (c) => c.deliveries, show: (f, v) => f.integer(v), better: null },
  rate('otif', 'suppliers.col.otif', (c) => c.otif),
  rate('onTime', 'suppliers.col.onTime', (c) => c.onTimeRate),
  rate('inFull', 'suppliers.col.inFull', (c) => c.inFullRate),
  rate('fillRate', 'suppliers.col.fillRate', (c) => c.fillRate),
  { key: 'leadTimeMean', label: 'suppliers.col.leadTimeMean', value: (c) => c.leadTimeMean, show: (f, v) => days(f, v), better: null },
  { key: 'leadTimeP90', label: 'suppliers.col.leadTimeP90', value: (c) => c.leadTimeP90, show: (f, v) => days(f, v), better: null },
  { key: 'promised', label: 'suppliers.col.promised', value: (c) => c.promisedLeadTime, show: (f, v) => days(f, v), better: null },
  {
    key: 'bias',
    label: 'suppliers.col.bias',
    value: (c) => (c.leadTimeBias === null ? null : Math.abs(c.leadTimeBias)),
    show: (f, _v, c) => signedDays(f, c.leadTimeBias),
    better: 'low',
  },
  rate('reliability', 'suppliers.metric.lead_time_reliability', (c) => c.leadTimeReliability),
  rate('rejection', 'suppliers.col.rejection', (c) => c.rejectionRate, 'low'),
  {
    key: 'priceVariance',
    label: 'suppliers.col.priceVariance',
    value: (c) => c.priceVariance,
    show: (f, v) => signedPercent(f, v),
    better: 'low',
  },
  { key: 'spend', label: 'suppliers.col.spend', value: (c) => c.spend, show: (f, v, c) => f.moneyWhole(v, c.currency), better: null },
  {
    key: 'openPoValue',
    label: 'suppliers.col.openPoValue',
    value: (c) => c.openPoValue,
    show: (f, v, c) => f.moneyWhole(v, c.currency),
    better: null,
  },
];

/** Index of the best supplier for a metric, or null when it is not ranked or there is a tie/no data. */
export function bestIndex(metric: CompareMetric, cards: readonly SupplierScorecardRow[]): number | null {
  if (!metric.better) return null;
  const values = cards.map((c) => metric.value(c));
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const best = metric.better === 'high' ? Math.max(...known) : Math.min(...known);
  const hits = values.filter((v) => v === best).length;
  return hits === 1 ? values.indexOf(best) : null;
}
