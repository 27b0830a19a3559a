import { theme } from 'antd';
import { useMemo } from 'react';
import type { SalesByWeekRow } from '../../shared/contract/schemas/data';
import { useFormat, useT } from '../i18n/hooks';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';

/** Units sold per ISO week, as bars; the tooltip adds revenue. */
export function WeeklyUnitsChart({ rows, height = 180 }: { rows: readonly SalesByWeekRow[]; height?: number }) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();

  const option = useMemo<ChartOption>(() => {
    const sorted = [...rows].sort((a, b) => a.week.localeCompare(b.week));
    return {
      grid: { left: 8, right: 28, top: 12, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
          const row = first ? sorted[first.dataIndex] : undefined;
          if (!row) return '';
          return [
            `<b>${format.date(row.week)}</b>`,
            `${t('chart.units')}: ${format.integer(row.units)}`,
            `${t('chart.revenue')}: ${format.moneyWhole(row.revenue)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: sorted.map((row) => format.date(row.week)),
        axisTick: { show: false },
        axisLabel: { color: token.colorTextTertiary, fontSize: 11 },
        axisLine: { lineStyle: { color: token.colorBorder } },
      },
      yAxis: {
        type: 'value',
        splitNumber: 3,
        axisLabel: { color: token.colorTextTertiary, fontSize: 11, formatter: (value: number) => format.integer(value) },
        splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      },
      series: [
        {
          type: 'bar',
          name: t('chart.units'),
          data: sorted.map((row) => row.units),
          itemStyle: { color: token.colorPrimary, borderRadius: [2, 2, 0, 0] },
          barMaxWidth: 14,
        },
      ],
    };
  }, [rows, t, format, token]);

  return <EChart option={option} height={height} ariaLabel={t('dashboard.weeklyUnits')} />;
}
