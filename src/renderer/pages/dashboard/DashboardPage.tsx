import { Card, Empty } from 'antd';
import { WeeklyUnitsChart } from '../../charts/WeeklyUnitsChart';
import { PageHeader } from '../../components/PageHeader';
import { useTable } from '../../hooks/useTable';
import { useWorkspaceInfo } from '../../hooks/useWorkspaceInfo';
import { useT } from '../../i18n/hooks';
import { ActionList } from './ActionList';
import { GettingStarted } from './GettingStarted';
import { KeyFigures } from './KeyFigures';

export function DashboardPage() {
  const t = useT();
  const { info, status } = useWorkspaceInfo();
  const weeks = useTable('salesByWeek');
  const weekRows = weeks?.rows ?? [];

  return (
    <div data-testid="page-dashboard" style={{ display: 'grid', gap: 12 }}>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <KeyFigures info={info} loading={status !== 'ready'} />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)', gap: 12 }}>
        <Card size="small" title={t('dashboard.weeklyUnits')} loading={!weeks || weeks.status === 'loading'}>
          {weekRows.length > 0 ? (
            <WeeklyUnitsChart rows={weekRows} height={220} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noSales')} />
          )}
        </Card>
        <GettingStarted />
      </div>
      <ActionList />
    </div>
  );
}
