import { LineChartOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { ComingSoon } from '../../components/ComingSoon';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspaceInfo } from '../../hooks/useWorkspaceInfo';
import { useT } from '../../i18n/hooks';
import { weeksBetween } from './weeks-between';

export function ForecastsPage() {
  const t = useT();
  const { info } = useWorkspaceInfo();
  const sales = info?.sales;
  const weeks = sales?.from && sales.to ? weeksBetween(sales.from, sales.to) : 0;

  return (
    <div data-testid="page-forecasts">
      <PageHeader title={t('forecasts.title')} subtitle={t('forecasts.subtitle')} />
      <ComingSoon
        icon={<LineChartOutlined />}
        title={t('forecasts.coming.title')}
        description={t('forecasts.coming.description')}
        points={[t('forecasts.coming.point1'), t('forecasts.coming.point2'), t('forecasts.coming.point3')]}
        footer={
          sales && weeks > 0 ? (
            <Typography.Text type="secondary">{t('forecasts.basis', { weeks, skus: sales.skus })}</Typography.Text>
          ) : undefined
        }
      />
    </div>
  );
}
