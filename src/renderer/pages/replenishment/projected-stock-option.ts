import type { PlanLineDetail } from '../../../shared/contract/schemas/planning';
import type { ChartOption } from '../../charts/echarts';
import { dateAxis, round1, topLegend, unitsAxis, type AxisColors } from '../../charts/period-chart-parts';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

export interface StockPalette extends AxisColors {
  withOrder: string;
  without: string;
  demand: string;
  arrivals: string;
  safety: string;
  reorder: string;
  stockOut: string;
}

/**
 * Projected stock at the end of each forecast period, with the order and without it, PO arrivals as
 * bars, forecast demand per period (median line in an 80% band), the safety stock and reorder
 * point as levels, and the day stock runs out without the order.
 */
export function projectedStockOption(detail: PlanLineDetail, t: Translate, format: Formatters, c: StockPalette): ChartOption {
  const points = detail.projection;
  const dates = points.map((p) => p.date);
  const names = {
    withOrder: t('plan.chart.withOrder'),
    without: t('plan.chart.without'),
    arrivals: t('plan.chart.arrivals'),
    demand: t('plan.chart.demand'),
    band: t('plan.chart.band'),
  };
  const stockOut = detail.row.stockOutDate;
  // The stock-out day falls inside the first period that ends on or after it.
  const stockOutAt = stockOut ? dates.find((d) => d >= stockOut) : undefined;
  const level = (value: number, label: string, color: string) => ({
    yAxis: round1(value),
    name: label,
    lineStyle: { color, type: 'dashed' as const },
    label: { formatter: `${label} ${format.number(round1(value))}`, color, fontSize: 10, position: 'insideEndTop' as const },
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
    legend: topLegend([names.withOrder, names.without, names.arrivals, names.demand, names.band], c),
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const p = first ? points[first.dataIndex] : undefined;
        if (!p) return '';
        return [
          `<b>${format.date(p.date)}</b>`,
          `${names.withOrder}: ${format.number(round1(p.stockWithOrder))}`,
          `${names.without}: ${format.number(round1(p.stock))}`,
          `${names.arrivals}: ${format.number(round1(p.arrivals))}`,
          `${names.demand}: ${format.number(round1(p.p50))} (${format.number(round1(p.p10))} – ${format.number(round1(p.p90))})`,
        ].join('<br/>');
      },
    },
    xAxis: dateAxis(dates, format, c),
    yAxis: unitsAxis(format, c),
    series: [
      { type: 'bar', name: names.arrivals, data: points.map((p) => round1(p.arrivals)), barMaxWidth: 8, itemStyle: { color: c.arrivals, borderRadius: [2, 2, 0, 0] } },
      { type: 'line', name: 'p10', stack: 'band', data: points.map((p) => p.p10), symbol: 'none', lineStyle: { opacity: 0 }, emphasis: { disabled: true } },
      {
        type: 'line',
        name: names.band,
        stack: 'band',
        data: points.map((p) => Math.max(0, p.p90 - p.p10)),
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: c.demand, opacity: 0.15 },
        itemStyle: { color: c.demand, opacity: 0.5 },
        emphasis: { disabled: true },
      },
      { type: 'line', name: names.demand, data: points.map((p) => round1(p.p50)), symbol: 'none', lineStyle: { color: c.demand, width: 1.5 }, itemStyle: { color: c.demand } },
      {
        type: 'line',
        name: names.without,
        data: points.map((p) => round1(p.stock)),
        symbol: 'none',
        lineStyle: { color: c.without, type: 'dashed', width: 1.5 },
        itemStyle: { color: c.without },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            level(detail.row.safetyStock, t('plan.chart.safety'), c.safety),
            level(detail.row.reorderPoint, t('plan.chart.reorder'), c.reorder),
            ...(stockOutAt
              ? [{ xAxis: stockOutAt, lineStyle: { color: c.stockOut, type: 'solid' as const }, label: { formatter: t('plan.chart.stockOut', { date: format.date(stockOut) }), color: c.stockOut, fontSize: 10 } }]
              : []),
          ],
        },
      },
      { type: 'line', name: names.withOrder, data: points.map((p) => round1(p.stockWithOrder)), symbol: 'circle', symbolSize: 4, lineStyle: { color: c.withOrder, width: 2 }, itemStyle: { color: c.withOrder } },
    ],
  };
}
