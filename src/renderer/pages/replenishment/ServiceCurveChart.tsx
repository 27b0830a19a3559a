import { theme } from 'antd';
import { useMemo } from 'react';
import type { SimulationRow } from '../../../shared/contract/schemas/planning';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useFormat, useT } from '../../i18n/hooks';
import { percent } from './plan-labels';

/** Service against inventory investment: SupplyDesk's targets as a curve, the min/max policy as one point. */
export function ServiceCurveChart({ simulation, height = 260 }: { simulation: SimulationRow; height?: number }) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const option = useMemo<ChartOption>(() => {
    const curve = [...simulation.results.curve].sort((a, b) => a.avgInventoryValue - b.avgInventoryValue);
    const current = simulation.results.current;
    const names = { cycle: t('sim.curve.cycle'), fill: t('sim.curve.fill'), current: t('sim.curve.current') };
    const point = (x: number, y: number) => [Math.round(x), Math.round(y * 1000) / 10];
    // Axis labels in short form (1.2M, 120万), so five of them fit under the chart.
    const compact = new Intl.NumberFormat(format.locale === 'zh-CN' ? 'zh-CN' : 'en-US', { notation: 'compact', maximumFractionDigits: 2 });
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
      legend: { top: 0, left: 0, textStyle: { color: token.colorTextTertiary, fontSize: 11 }, data: [names.cycle, names.fill, names.current] },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const p = params as { seriesName: string; dataIndex: number; value: [number, number] };
          const target = p.seriesName === names.current ? '' : ` · ${t('sim.curve.target', { target: percent(curve[p.dataIndex]?.target) })}`;
          return `${p.seriesName}${target}<br/>${t('sim.avgInventory')}: ${format.moneyWhole(p.value[0])}<br/>${p.value[1]}%`;
        },
      },
      xAxis: {
        type: 'value',
        name: t('sim.avgInventory'),
        nameLocation: 'middle',
        nameGap: 26,
        scale: true,
        splitNumber: 4,
        axisLabel: { color: token.colorTextTertiary, fontSize: 11, hideOverlap: true, formatter: (v: number) => compact.format(v) },
        splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { color: token.colorTextTertiary, fontSize: 11, formatter: (v: number) => `${v}%` },
        splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      },
      series: [
        {
          type: 'line',
          name: names.cycle,
          data: curve.map((c) => point(c.avgInventoryValue, c.cycleServiceLevel)),
          symbolSize: 6,
          lineStyle: { color: token.colorPrimary },
          itemStyle: { color: token.colorPrimary },
          label: { show: true, fontSize: 10, color: token.colorTextTertiary, formatter: (p: { dataIndex: number }) => percent(curve[p.dataIndex]?.target) },
        },
        { type: 'line', name: names.fill, data: curve.map((c) => point(c.avgInventoryValue, c.fillRate)), symbolSize: 5, lineStyle: { color: token.colorSuccess, type: 'dashed' }, itemStyle: { color: token.colorSuccess } },
        {
          type: 'line',
          name: names.current,
          data: [point(current.avgInventoryValue, current.cycleServiceLevel)],
          symbol: 'diamond',
          symbolSize: 12,
          itemStyle: { color: token.colorWarning },
        },
      ],
    };
  }, [simulation, t, format, token]);
  return (
    <div data-testid="service-curve">
      <EChart option={option} height={height} ariaLabel={t('sim.curve')} />
    </div>
  );
}
