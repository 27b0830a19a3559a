import type { Grade, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import { oneDecimal, signedPercent as signedShare, withSign, type Formatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';

export { percent } from '../../i18n/format';

/** "+2.5%" / "−1.2%": price variance, where the sign is the point (none when it rounds to 0.0%). */
export function signedPercent(format: Formatters, share: number | null | undefined): string {
  return signedShare(format, share, 0.0005);
}

/** Days to one decimal: "12.4". */
export const days = oneDecimal;

/** "+3.1" / "−0.5" days: lead-time bias, positive = slower than promised. */
export function signedDays(format: Formatters, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return withSign(value, days(format, Math.abs(value)), 0.05);
}

/** Scores to one decimal: "72.4". */
export const score = oneDecimal;

/** Grade colours: antd preset colours, calm rather than loud. */
export const GRADE_COLOR: Record<Grade, string> = { A: 'green', B: 'cyan', C: 'gold', D: 'orange', E: 'red' };

/** The message key naming each traceable metric. */
export const METRIC_LABEL: Record<TraceableMetricName, MessageKey> = {
  po_lines: 'suppliers.metric.po_lines',
  deliveries: 'suppliers.metric.deliveries',
  overdue: 'suppliers.metric.overdue',
  on_time: 'suppliers.metric.on_time',
  in_full: 'suppliers.metric.in_full',
  otif: 'suppliers.metric.otif',
  fill_rate: 'suppliers.metric.fill_rate',
  lead_time: 'suppliers.metric.lead_time',
  lead_time_reliability: 'suppliers.metric.lead_time_reliability',
  rejection_rate: 'suppliers.metric.rejection_rate',
  price_variance: 'suppliers.metric.price_variance',
  spend: 'suppliers.metric.spend',
};
