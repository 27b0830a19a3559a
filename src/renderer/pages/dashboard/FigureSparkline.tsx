import { theme } from 'antd';
import { useMemo } from 'react';
import type { KeyFigure } from '../../../shared/contract/schemas/dashboard';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useFormat, useT } from '../../i18n/hooks';
import { formatFigureValue } from './figure-format';

/** The figure's last 12 weeks as a small line; hovering a point shows its week and value. */
export function FigureSparkline({ figure, label }: { figure: KeyFigure; label: string }) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();

  const option = useMemo<ChartOption>(() => {
    const points = figure.trend;
    return {
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 2 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        axisPointer: { type: 'line', lineStyle: { color: token.colorBorder } },
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
          const point = first ? points[first.dataIndex] : undefined;
          if (!point) return '';
          return `${format.date(point.date)}<br/><b>${formatFigureValue(t, format, figure.unit, point.value)}</b>`;
        },
      },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: points.map((p) => p.date) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.value),
          // Only the last point, today's value, is marked.
          showSymbol: true,
          symbol: 'circle',
          symbolSize: (_value: unknown, params: { dataIndex: number }) => (params.dataIndex === points.length - 1 ? 5 : 0),
          connectNulls: false,
          lineStyle: { width: 1.5, color: token.colorPrimary },
          itemStyle: { color: token.colorPrimary },
          areaStyle: { color: token.colorPrimaryBg, opacity: 0.8 },
        },
      ],
    };
  }, [figure, format, t, token]);

  return <EChart option={option} height={36} ariaLabel={t('dashboard.figure.trend', { figure: label })} />;
}
