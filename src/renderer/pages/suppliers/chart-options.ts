import type { LeadTimeBucket, SupplierDetailView } from '../../../shared/contract/schemas/suppliers';
import type { ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { percent } from './supplier-format';

export interface ChartPalette {
  otif: string;
  onTime: string;
  inFull: string;
  lines: string;
  promised: string;
  measured: string;
  meanLine: string;
  text: string;
  split: string;
}

type Month = SupplierDetailView['monthly'][number];

const pct = (v: number | null) => (v === null ? '-' : Math.round(v * 1000) / 10);

/** "2026-03" in the user's language: "Mar 26" / "26年3月". */
function monthLabel(format: Formatters, month: string): string {
  return format.month(month);
}

/**
 * OTIF, on time and in full by month of the due date (lines, % axis), over light bars of the judged
 * lines behind each month (right axis): a month with two lines should not look like a trend.
 */
export function otifChartOption(monthly: readonly Month[], t: Translate, format: Formatters, c: ChartPalette): ChartOption {
  const labels = monthly.map((m) => monthLabel(format, m.month));
  const tooltip = (params: unknown): string => {
    const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
    const m = first ? monthly[first.dataIndex] : undefined;
    if (!m) return '';
    return [
      `<b>${labels[first!.dataIndex]}</b>`,
      `${t('suppliers.metric.otif')}: ${percent(format, m.otif)} (${m.otifLines}/${m.poLines})`,
      `${t('suppliers.metric.on_time')}: ${percent(format, m.onTimeRate)}`,
      `${t('suppliers.metric.in_full')}: ${percent(format, m.inFullRate)}`,
      `${t('suppliers.chart.lines')}: ${format.integer(m.poLines)}`,
    ].join('<br/>');
  };
  const line = (name: string, data: (number | string)[], color: string, width = 2) => ({
    type: 'line' as const,
    name,
    data,
    yAxisIndex: 0,
    connectNulls: false,
    symbolSize: 5,
    lineStyle: { width, color },
    itemStyle: { color },
  });
  return {
    animation: false,
    grid: { left: 40, right: 36, top: 28, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: c.text, fontSize: 11 } },
    tooltip: { trigger: 'axis', formatter: tooltip },
    xAxis: { type: 'category', data: labels, axisLabel: { color: c.text, fontSize: 10 }, axisTick: { show: false } },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { color: c.text, fontSize: 10, formatter: '{value}%' }, splitLine: { lineStyle: { color: c.split } } },
      { type: 'value', axisLabel: { color: c.text, fontSize: 10 }, splitLine: { show: false }, minInterval: 1 },
    ],
    series: [
      {
        type: 'bar',
        name: t('suppliers.chart.lines'),
        data: monthly.map((m) => m.poLines),
        yAxisIndex: 1,
        barMaxWidth: 14,
        itemStyle: { color: c.lines, borderRadius: [2, 2, 0, 0] },
      },
      line(t('suppliers.metric.otif'), monthly.map((m) => pct(m.otif)), c.otif, 2.5),
      line(t('suppliers.metric.on_time'), monthly.map((m) => pct(m.onTimeRate)), c.onTime, 1.5),
      line(t('suppliers.metric.in_full'), monthly.map((m) => pct(m.inFullRate)), c.inFull, 1.5),
    ],
  };
}

function bucketLabel(b: LeadTimeBucket): string {
  return b.fromDays === b.toDays ? String(b.fromDays) : `${b.fromDays}–${b.toDays}`;
}

/** The bucket a number of days falls in (the last one for anything beyond), for the reference lines. */
function bucketOf(buckets: readonly LeadTimeBucket[], value: number): string | null {
  const day = Math.round(value);
  const hit = buckets.find((b) => day >= b.fromDays && day <= b.toDays);
  if (hit) return bucketLabel(hit);
  if (buckets.length === 0) return null;
  return bucketLabel(day < buckets[0]!.fromDays ? buckets[0]! : buckets.at(-1)!);
}

/** Deliveries by lead time in days, with the promised lead time and the measured mean marked. */
export function leadTimeChartOption(
  buckets: readonly LeadTimeBucket[],
  promised: number | null,
  mean: number | null,
  t: Translate,
  c: ChartPalette,
): ChartOption {
  const labels = buckets.map(bucketLabel);
  // The lines are named in a key above the chart: labels on vertical lines would stand on end.
  const marks: { xAxis: string; name: string; lineStyle: object }[] = [];
  const mark = (value: number | null, name: string, color: string, type: 'dashed' | 'solid') => {
    const at = value === null ? null : bucketOf(buckets, value);
    if (at !== null) marks.push({ xAxis: at, name, lineStyle: { color, type, width: 1.5 } });
  };
  mark(promised, t('suppliers.chart.promised'), c.promised, 'dashed');
  mark(mean, t('suppliers.chart.mean'), c.meanLine, 'solid');
  return {
    animation: false,
    grid: { left: 36, right: 16, top: 16, bottom: 36 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const b = first ? buckets[first.dataIndex] : undefined;
        return b ? t('suppliers.chart.bucket', { days: bucketLabel(b), count: b.count }) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: labels,
      name: t('suppliers.chart.days'),
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: c.text, fontSize: 10 },
      axisLabel: { color: c.text, fontSize: 10 },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.text, fontSize: 10 }, splitLine: { lineStyle: { color: c.split } } },
    series: [
      {
        type: 'bar',
        name: t('suppliers.metric.deliveries'),
        data: buckets.map((b) => b.count),
        barCategoryGap: '12%',
        itemStyle: { color: c.measured, borderRadius: [2, 2, 0, 0] },
        markLine: { symbol: 'none', silent: true, label: { show: false }, data: marks },
      },
    ],
  };
}

/** OTIF by month of two or three suppliers on one axis. */
export function compareChartOption(
  suppliers: readonly { name: string; monthly: readonly Month[] }[],
  colors: readonly string[],
  t: Translate,
  format: Formatters,
  c: ChartPalette,
): ChartOption {
  const months = suppliers[0]?.monthly.map((m) => m.month) ?? [];
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 32, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: c.text, fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? `${format.number(value)}%` : '—'),
    },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(format, m)), axisLabel: { color: c.text, fontSize: 10 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: c.text, fontSize: 10, formatter: '{value}%' }, splitLine: { lineStyle: { color: c.split } } },
    series: suppliers.map((s, i) => ({
      type: 'line' as const,
      name: s.name,
      data: s.monthly.map((m) => pct(m.otif)),
      symbolSize: 5,
      lineStyle: { width: 2, color: colors[i % colors.length] },
      itemStyle: { color: colors[i % colors.length] },
    })),
  };
}
