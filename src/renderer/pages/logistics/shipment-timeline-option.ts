import type { ChartOption } from '../../charts/echarts';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { ShipmentPoint } from '../../../shared/contract/schemas/logistics';
import { MODE_COLOURS, modeLabel } from './logistics-text';

type Point = [arrival: string, freight: number, quantity: number, sku: string, to: string];

/**
 * Shipments on a timeline: each one a dot at its arrival date and freight cost, one series (colour)
 * per mode, its size by quantity, so the air parts landing early stand out from the sea freight.
 */
export function shipmentTimelineOption(t: Translate, format: Formatters, shipments: readonly ShipmentPoint[], planDate: string | null, currency: string): ChartOption {
  const byMode = new Map<string, Point[]>();
  let maxQuantity = 1;
  for (const [mode, arrivalDate, freightCost, quantity, sku, to] of shipments) {
    const list = byMode.get(mode) ?? [];
    list.push([arrivalDate, Math.round(freightCost * 100) / 100, quantity, sku, to]);
    byMode.set(mode, list);
    maxQuantity = Math.max(maxQuantity, quantity);
  }
  return {
    grid: { left: 64, right: 24, top: 36, bottom: 56 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { seriesName: string; value: Point };
        const [date, freight, quantity, sku, to] = p.value;
        return t('logistics.shipments.tooltip', { sku, to, quantity: format.integer(quantity), mode: p.seriesName, date: format.date(date), freight: format.money(freight, currency) });
      },
    },
    xAxis: { type: 'time', name: t('logistics.shipments.axisArrival'), nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: t('logistics.shipments.axisFreight'), axisLabel: { formatter: (v: number) => format.moneyWhole(v, currency) } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 4 }],
    series: [...byMode.entries()].map(([mode, data], index) => ({
      type: 'scatter' as const,
      name: modeLabel(t, mode),
      color: MODE_COLOURS[mode],
      data,
      symbolSize: (value: Point) => 6 + 18 * Math.sqrt(value[2] / maxQuantity),
      ...(index === 0 && planDate ? { markLine: { symbol: 'none', silent: true, data: [{ xAxis: planDate }], lineStyle: { type: 'dashed' as const } } } : {}),
    })),
  };
}
