import { ShoppingCartOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { FeatureIcon } from '../../components/FeatureIcon';
import { useT } from '../../i18n/hooks';
import { RunForecastButton } from '../../components/forecast-run/RunForecastButton';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { MakePlanButton } from './MakePlanButton';

/** No plan yet: what a plan gives; without a forecast, the forecast comes first and can be run from here. */
export function PlanEmptyState({ hasForecast }: { hasForecast: boolean }) {
  const t = useT();
  return (
    <Card data-testid="plan-empty" style={{ maxWidth: 720 }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <FeatureIcon>
          <ShoppingCartOutlined />
        </FeatureIcon>
        <div style={{ minWidth: 0, display: 'grid', gap: 8, justifyItems: 'start' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('plan.empty.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('plan.empty.description')}</Typography.Text>
          {hasForecast ? (
            <>
              <MakePlanButton />
              <RunningJobProgress kind="planRun" width={320} testId="plan-progress" />
            </>
          ) : (
            <>
              <Typography.Text type="warning">{t('plan.empty.noForecast')}</Typography.Text>
              <RunForecastButton type="primary" placement="bottomLeft" />
              <RunningJobProgress kind="forecastRun" width={320} testId="forecast-progress" />
            </>
          )}
        </div>
      </div>
    </Card>
  );
}
