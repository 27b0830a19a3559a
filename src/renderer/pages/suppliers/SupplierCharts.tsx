import { theme } from 'antd';
import { useMemo } from 'react';
import type { SupplierDetailView } from '../../../shared/contract/schemas/suppliers';
import { EChart } from '../../charts/EChart';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { compareChartOption, leadTimeChartOption, otifChartOption, type ChartPalette } from './chart-options';
import { days } from './supplier-format';

/** Chart colours from the antd theme, for light and dark. */
export function useChartPalette(): ChartPalette {
  const { token } = theme.useToken();
  const dark = useAppStore((state) => state.settings.theme) === 'dark';
  return useMemo(
    () => ({
      otif: token.colorPrimary,
      onTime: token.colorSuccess,
      inFull: token.colorWarning,
      lines: dark ? '#33373f' : '#e3e6eb',
      promised: token.colorError,
      measured: dark ? '#4a6796' : '#8fb0e3',
      meanLine: token.colorPrimary,
      text: token.colorTextTertiary,
      split: token.colorBorderSecondary,
    }),
    [token, dark],
  );
}

export function OtifChart({ detail }: { detail: SupplierDetailView }) {
  const t = useT();
  const format = useFormat();
  const palette = useChartPalette();
  const option = useMemo(() => otifChartOption(detail.monthly, t, format, palette), [detail, t, format, palette]);
  return (
    <div data-testid="otif-chart">
      <EChart option={option} height={200} ariaLabel={t('suppliers.chart.otifByMonth')} />
    </div>
  );
}

export function LeadTimeChart({ detail }: { detail: SupplierDetailView }) {
  const t = useT();
  const format = useFormat();
  const palette = useChartPalette();
  const { leadTimeHistogram, scorecard } = detail;
  const option = useMemo(
    () => leadTimeChartOption(leadTimeHistogram, scorecard.promisedLeadTime, scorecard.leadTimeMean, t, palette),
    [leadTimeHistogram, scorecard, t, palette],
  );
  const key = (color: string, dashed: boolean, label: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span style={{ width: 14, borderTop: `2px ${dashed ? 'dashed' : 'solid'} ${color}` }} />
      {label}
    </span>
  );
  return (
    <div data-testid="lead-time-chart">
      <div style={{ display: 'flex', gap: 14, fontSize: 11, color: palette.text }} className="tabular">
        {key(palette.promised, true, t('suppliers.chart.promisedDays', { days: days(format, scorecard.promisedLeadTime) }))}
        {key(palette.meanLine, false, t('suppliers.chart.meanDays', { days: days(format, scorecard.leadTimeMean) }))}
        <span>{t('suppliers.chart.p90Days', { days: days(format, scorecard.leadTimeP90) })}</span>
      </div>
      <EChart option={option} height={170} ariaLabel={t('suppliers.chart.leadTimes')} />
    </div>
  );
}

export const COMPARE_COLORS = ['#1677ff', '#fa8c16', '#13a8a8'];

export function CompareChart({ details }: { details: SupplierDetailView[] }) {
  const t = useT();
  const format = useFormat();
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      compareChartOption(
        details.map((d) => ({ name: d.scorecard.name, monthly: d.monthly })),
        COMPARE_COLORS,
        t,
        format,
        palette,
      ),
    [details, t, format, palette],
  );
  return (
    <div data-testid="compare-chart">
      <EChart option={option} height={220} ariaLabel={t('suppliers.chart.otifByMonth')} />
    </div>
  );
}
