import { LineChartOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { FeatureIcon } from '../../components/FeatureIcon';
import { useWorkspaceInfo } from '../../hooks/useWorkspaceInfo';
import { useT } from '../../i18n/hooks';
import { RunForecastButton } from '../../components/forecast-run/RunForecastButton';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { weeksBetween } from './weeks-between';

/** No run yet (a new workspace, the demo): what a forecast gives, what it learns from, and the button. */
export function ForecastEmptyState() {
  const t = useT();
  const { info } = useWorkspaceInfo();
  const sales = info?.sales;
  const weeks = sales?.from && sales.to ? weeksBetween(sales.from, sales.to) : 0;
  // Nothing to learn from yet: say where sales history comes from instead of offering a run that would fail.
  const noSales = info !== null && weeks === 0;

  return (
    <Card data-testid="forecasts-empty" style={{ maxWidth: 720 }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <FeatureIcon><LineChartOutlined /></FeatureIcon>
        <div style={{ minWidth: 0, display: 'grid', gap: 8, justifyItems: 'start' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('forecasts.empty.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('forecasts.empty.description')}</Typography.Text>
          {sales && weeks > 0 && <Typography.Text>{t('forecasts.basis', { weeks, skus: sales.skus })}</Typography.Text>}
          {noSales && <Typography.Text type="warning">{t('forecasts.empty.noSales')}</Typography.Text>}
          <RunForecastButton type="primary" placement="bottomLeft" disabled={noSales} />
          <RunningJobProgress kind="forecastRun" width={320} testId="forecast-progress" />
        </div>
      </div>
    </Card>
  );
}
