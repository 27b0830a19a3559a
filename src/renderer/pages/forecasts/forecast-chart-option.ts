import type { ForecastDetail } from '../../../shared/contract/schemas/forecast';
import type { ChartOption } from '../../charts/echarts';
import { dateAxis, round1, topLegend, unitsAxis, type AxisColors } from '../../charts/period-chart-parts';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { Frequency } from '../../i18n/forecast-frequency';
import { percent } from './forecast-labels';

export interface ChartPalette extends AxisColors {
  history: string;
  promo: string;
  stockout: string;
  hatch: string;
  forecast: string;
  overridden: string;
  original: string;
  /** Opacity of the p10–p90 and the p90–p95 band (stronger on a dark background). */
  bands: [number, number];
}

/** History buckets shown before the forecast starts; older ones are a scroll (wheel/drag) away. */
const LOOKBACK: Record<Frequency, number> = { day: 120, week: 52, month: 24 };
const GAP = '-';

/**
 * History bars (stock-out buckets greyed and hatched, promotions in their own colour), then the
 * forecast: mean line, p10–p90 band and a lighter band up to p95; overridden points stand out
 * and the forecast before the override is dashed.
 */
export function forecastChartOption(
  detail: ForecastDetail,
  frequency: Frequency,
  t: Translate,
  format: Formatters,
  c: ChartPalette,
  /** Planned promotions, marked as spans over the forecast buckets they touch. */
  planned: readonly PlannedSpan[] = [],
): ChartOption {
  const { history, forecast } = detail;
  const plannedAreas = plannedBuckets(forecast.map((f) => f.date), planned, history[history.length - 1]?.date);
  const dates = [...history.map((h) => h.date), ...forecast.map((f) => f.date)];
  const hist = (pick: (h: ForecastDetail['history'][number]) => boolean) => [
    ...history.map((h) => (pick(h) ? h.units : GAP)),
    ...forecast.map(() => GAP),
  ];
  const ahead = <T,>(value: (f: ForecastDetail['forecast'][number]) => T) => [...history.map(() => GAP), ...forecast.map(value)];
  const anyOverridden = forecast.some((f) => f.overridden);
  const anyCampaign = forecast.some((f) => f.campaignUnits > 0);
  const names = {
    sales: t('forecasts.chart.sales'),
    promo: t('forecasts.chart.promo'),
    stockout: t('forecasts.chart.stockout'),
    forecast: t('forecasts.chart.forecast'),
    band80: t('forecasts.chart.band80'),
    band95: t('forecasts.chart.band95'),
    original: t('forecasts.chart.original'),
    campaign: t('forecasts.campaigns.series'),
  };

  const tooltip = (params: unknown): string => {
    const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
    if (!first) return '';
    const i = first.dataIndex;
    const lines = [`<b>${format.date(dates[i])}</b>`];
    const h = history[i];
    if (h) {
      lines.push(`${names.sales}: ${format.number(h.units)}`);
      if (h.promo) lines.push(names.promo);
      if (h.stockoutShare > 0) lines.push(t('forecasts.chart.stockoutShare', { percent: percent(format, h.stockoutShare) }));
      return lines.join('<br/>');
    }
    const f = forecast[i - history.length];
    if (!f) return '';
    lines.push(`${names.forecast}: ${format.number(round1(f.mean))}`);
    if (plannedAreas.some(([first, last]) => f.date >= first && f.date <= last)) lines.push(t('forecasts.chart.planned'));
    if (f.overridden) lines.push(`${names.original}: ${format.number(round1(f.originalMean))}`);
    if (f.campaignUnits > 0) lines.push(`${names.campaign}: +${format.number(round1(f.campaignUnits))}`);
    lines.push(`${t('forecasts.chart.p50')}: ${format.number(round1(f.p50))}`);
    lines.push(`${names.band80}: ${format.number(round1(f.p10))} – ${format.number(round1(f.p90))}`);
    lines.push(`p95: ${format.number(round1(f.p95))}`);
    return lines.join('<br/>');
  };

  const bar = (name: string, data: (number | string)[], color: string, extra: object = {}) => ({
    type: 'bar' as const,
    name,
    stack: 'history',
    data,
    barMaxWidth: 10,
    itemStyle: { color, borderRadius: [2, 2, 0, 0], ...extra },
  });
  const band = (name: string, data: (number | string)[], opacity: number, legendOpacity: number) => ({
    type: 'line' as const,
    name,
    stack: 'band',
    data,
    symbol: 'none',
    lineStyle: { opacity: 0 },
    areaStyle: { color: c.forecast, opacity },
    itemStyle: { color: c.forecast, opacity: legendOpacity },
    emphasis: { disabled: true },
  });

  return {
    animation: false,
    // With the extra "original" entry the legend takes two lines in a narrow pane.
    grid: { left: 8, right: 16, top: anyOverridden ? 54 : 36, bottom: 4, containLabel: true },
    legend: topLegend(
      [names.sales, names.promo, names.stockout, names.forecast, names.band80, names.band95, ...(anyOverridden ? [names.original] : []), ...(anyCampaign ? [names.campaign] : [])],
      c,
    ),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    dataZoom: [{ type: 'inside', startValue: Math.max(0, history.length - LOOKBACK[frequency]) }],
    xAxis: dateAxis(dates, format, c),
    yAxis: unitsAxis(format, c),
    series: [
      bar(names.sales, hist((h) => h.stockoutShare === 0 && !h.promo), c.history),
      bar(names.promo, hist((h) => h.stockoutShare === 0 && h.promo), c.promo),
      bar(names.stockout, hist((h) => h.stockoutShare > 0), c.stockout, {
        decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: c.hatch },
      }),
      {
        type: 'line',
        name: 'p10',
        stack: 'band',
        data: ahead((f) => f.p10),
        symbol: 'none',
        lineStyle: { opacity: 0 },
        emphasis: { disabled: true },
        markLine:
          forecast.length > 0
            ? { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: c.border, type: 'dashed' }, data: [{ xAxis: forecast[0]?.date }] }
            : undefined,
      },
      band(names.band80, ahead((f) => Math.max(0, f.p90 - f.p10)), c.bands[0], 0.8),
      band(names.band95, ahead((f) => Math.max(0, f.p95 - f.p90)), c.bands[1], 0.4),
      ...(anyOverridden
        ? [{ type: 'line' as const, name: names.original, data: ahead((f) => f.originalMean), symbol: 'none', lineStyle: { color: c.original, type: 'dashed' as const, width: 1.5 }, itemStyle: { color: c.original } }]
        : []),
      // What recommendation campaigns add, as bars under the forecast line (it includes them).
      ...(anyCampaign ? [bar(names.campaign, ahead((f) => (f.campaignUnits > 0 ? f.campaignUnits : GAP)), c.promo, { opacity: 0.6 })] : []),
      {
        type: 'line',
        name: names.forecast,
        data: ahead((f) =>
          f.overridden ? { value: f.mean, symbol: 'diamond', symbolSize: 9, itemStyle: { color: c.overridden } } : f.mean,
        ),
        symbol: 'circle',
        symbolSize: 3,
        // Every overridden point keeps its marker, however dense the axis.
        showAllSymbol: true,
        lineStyle: { color: c.forecast, width: 2 },
        itemStyle: { color: c.forecast },
        markArea:
          plannedAreas.length > 0
            ? {
                silent: true,
                itemStyle: { color: c.promo, opacity: 0.15 },
                label: { show: true, position: 'insideTop', color: c.text, fontSize: 10, formatter: t('forecasts.chart.planned') },
                data: plannedAreas.map(([first, last]) => [{ xAxis: first }, { xAxis: last }]),
              }
            : undefined,
      },
    ],
  };
}

export interface PlannedSpan {
  from: string;
  to: string;
}

/**
 * The first and last forecast bucket (by its date, the bucket's last day) each planned span
 * touches; spans wholly outside the horizon are left out.
 */
export function plannedBuckets(dates: readonly string[], planned: readonly PlannedSpan[], historyEnd?: string): [string, string][] {
  const areas: [string, string][] = [];
  for (const span of planned) {
    const first = dates.find((date) => date >= span.from);
    if (first === undefined) continue;
    const last = dates.find((date) => date >= span.to) ?? dates[dates.length - 1]!;
    // Over before the forecast starts: nothing to mark.
    if (historyEnd !== undefined && span.to <= historyEnd) continue;
    areas.push([first, last]);
  }
  return areas;
}
