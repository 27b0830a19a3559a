import { theme } from 'antd';
import { useMemo } from 'react';
import type { ForecastDetail } from '../../../shared/contract/schemas/forecast';
import { EChart } from '../../charts/EChart';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { forecastChartOption, plannedBuckets, type ChartPalette, type PlannedSpan } from './forecast-chart-option';
import type { Frequency } from '../../i18n/forecast-frequency';

/** History, forecast and prediction interval of one series, in the app's colours for either theme. */
const NO_PLANS: readonly PlannedSpan[] = [];

export function ForecastChart({
  detail,
  frequency,
  height = 220,
  planned = NO_PLANS,
}: {
  detail: ForecastDetail;
  frequency: Frequency;
  height?: number;
  /** Planned promotions to mark on the forecast. */
  planned?: readonly PlannedSpan[];
}) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const dark = useAppStore((state) => state.settings.theme) === 'dark';

  const palette = useMemo<ChartPalette>(
    () => ({
      history: dark ? '#4a6796' : '#9db5dd',
      promo: token.colorWarning,
      stockout: dark ? '#3a3d44' : '#d4d6db',
      hatch: dark ? 'rgba(255,255,255,0.28)' : 'rgba(0,0,0,0.22)',
      forecast: token.colorPrimary,
      overridden: token.purple,
      original: token.colorTextTertiary,
      text: token.colorTextTertiary,
      border: token.colorBorder,
      split: token.colorBorderSecondary,
      bands: dark ? [0.38, 0.2] : [0.22, 0.1],
    }),
    [token, dark],
  );
  const option = useMemo(() => forecastChartOption(detail, frequency, t, format, palette, planned), [detail, frequency, t, format, palette, planned]);

  const marked = useMemo(() => plannedBuckets(detail.forecast.map((f) => f.date), planned, detail.history.at(-1)?.date).length, [detail, planned]);

  return (
    <div data-testid="forecast-chart" data-planned-spans={marked}>
      <EChart option={option} height={height} ariaLabel={t('forecasts.detail.chart')} />
    </div>
  );
}
