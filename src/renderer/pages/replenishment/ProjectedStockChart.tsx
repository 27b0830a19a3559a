import { theme } from 'antd';
import { useMemo } from 'react';
import type { PlanLineDetail } from '../../../shared/contract/schemas/planning';
import { EChart } from '../../charts/EChart';
import { useFormat, useT } from '../../i18n/hooks';
import { projectedStockOption, type StockPalette } from './projected-stock-option';

/** The line's projected stock with and without its order, in the app's colours for either theme. */
export function ProjectedStockChart({ detail, height = 230 }: { detail: PlanLineDetail; height?: number }) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const palette = useMemo<StockPalette>(
    () => ({
      withOrder: token.colorPrimary,
      without: token.colorTextTertiary,
      demand: token.colorWarning,
      arrivals: token.colorSuccess,
      safety: token.purple,
      reorder: token.colorInfo,
      stockOut: token.colorError,
      text: token.colorTextTertiary,
      border: token.colorBorder,
      split: token.colorBorderSecondary,
    }),
    [token],
  );
  const option = useMemo(() => projectedStockOption(detail, t, format, palette), [detail, t, format, palette]);
  return (
    <div data-testid="projected-stock-chart">
      <EChart option={option} height={height} ariaLabel={t('plan.chart')} />
    </div>
  );
}
