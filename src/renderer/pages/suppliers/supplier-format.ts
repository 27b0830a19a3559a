import type { Grade, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import type { Formatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/translate';

/** 0.794 → "79.4%"; null (no data) → "—". */
export function percent(format: Formatters, share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${format.number(Math.round(share * 1000) / 10)}%`;
}

/** "+2.5%" / "−1.2%": price variance, where the sign is the point. */
export function signedPercent(format: Formatters, share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  const text = percent(format, Math.abs(share));
  return share > 0.0005 ? `+${text}` : share < -0.0005 ? `−${text}` : text;
}

/** Days to one decimal: "12.4". */
export function days(format: Formatters, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return format.number(Math.round(value * 10) / 10);
}

/** "+3.1" / "−0.5" days: lead-time bias, positive = slower than promised. */
export function signedDays(format: Formatters, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const text = days(format, Math.abs(value));
  return value > 0.05 ? `+${text}` : value < -0.05 ? `−${text}` : text;
}

export function score(format: Formatters, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return format.number(Math.round(value * 10) / 10);
}

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
