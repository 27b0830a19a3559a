import { Card, Empty } from 'antd';
import { WeeklyUnitsChart } from '../../charts/WeeklyUnitsChart';
import { PageHeader } from '../../components/PageHeader';
import { useTable } from '../../hooks/useTable';
import { useWorkspaceInfo } from '../../hooks/useWorkspaceInfo';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { ActionList } from './ActionList';
import { GettingStarted } from './GettingStarted';
import { KeyFigures } from './KeyFigures';
import { useKeyFigures } from './useKeyFigures';

/**
 * The morning screen: the key figures across the top, what needs attention today in the wide left
 * column, weekly sales (and, while the workspace is new, the way to get started) beside it.
 */
export function DashboardPage() {
  const t = useT();
  const format = useFormat();
  const figures = useKeyFigures();
  // The workspace's counts and the weekly chart come from the weekly totals kept beside the daily rows
  // (under a second at 50,000 SKUs), in the same reader as the key figures: asked once the figures are in.
  const figuresSettled = figures.status !== 'loading';
  const { info } = useWorkspaceInfo(figuresSettled);
  const kind = useAppStore((state) => state.workspace?.kind);
  const weeks = useTable('salesByWeek', figuresSettled);
  const weekRows = weeks?.rows ?? [];
  const asOf = figures.value?.asOf ?? null;
  const comparedWith = figures.value?.comparedWith ?? null;
  const subtitle = asOf
    ? [
        t('dashboard.asOf', { date: format.date(asOf) }),
        comparedWith ? t('dashboard.comparedWith', { date: format.date(comparedWith) }) : null,
        info ? t('dashboard.counts', { skus: format.integer(info.products), suppliers: format.integer(info.suppliers) }) : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : t('dashboard.subtitle');
  // The guided path is for a first look: the demo, or a workspace without sales yet.
  const isNew = kind === 'demo' || (info !== null && info.sales.units === 0);

  return (
    <div data-testid="page-dashboard" style={{ display: 'grid', gap: 12, alignContent: 'start' }}>
      <PageHeader title={t('dashboard.title')} subtitle={subtitle} />
      <KeyFigures loaded={figures} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: 12, alignItems: 'start' }}>
        <div data-testid="dashboard-actions" style={{ minWidth: 0 }}>
          <ActionList />
        </div>
        <div style={{ display: 'grid', gap: 12, minWidth: 0 }}>
          <Card size="small" title={t('dashboard.weeklyUnits')} loading={!weeks || weeks.status === 'loading'}>
            {weekRows.length > 0 ? (
              <WeeklyUnitsChart rows={weekRows} height={200} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noSales')} />
            )}
          </Card>
          {isNew && <GettingStarted />}
        </div>
      </div>
    </div>
  );
}
