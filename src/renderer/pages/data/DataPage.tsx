import { ImportOutlined } from '@ant-design/icons';
import { Button, Tabs, Tooltip } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/hooks';
import { navigate } from '../../shell/route';
import { isTableKey, tableKeys, type TableKey } from './data-slice';
import type { TableDefinition } from './table-definition';
import { TablePanel } from './TablePanel';
import { tableDefinitions } from './tables';

// Only one tab has a chart: keep the chart library out of the Data page's start-up.
const SalesByWeekChart = lazy(() => import('./SalesByWeekChart').then((m) => ({ default: m.SalesByWeekChart })));

/** Every table of the workspace, one tab each; the tab is part of the URL (`#/data/stock`). */
export function DataPage({ tab }: { tab: string | undefined }) {
  const t = useT();
  const active: TableKey = isTableKey(tab) ? tab : 'products';
  const items = useMemo(() => tableKeys.map((key) => ({ key, label: t(tableDefinitions[key].label) })), [t]);

  return (
    <div data-testid="page-data" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <PageHeader
        title={t('data.title')}
        subtitle={t('data.subtitle')}
        extra={
          // The import wizard is a later issue; the button marks where it will live.
          <Tooltip title={t('data.importComing')}>
            <Button icon={<ImportOutlined />} disabled>
              {t('data.import')}
            </Button>
          </Tooltip>
        }
      />
      <Tabs
        size="small"
        activeKey={active}
        items={items}
        onChange={(key) => navigate('data', key)}
        tabBarStyle={{ marginBottom: 8 }}
      />
      <TablePanel
        key={active}
        definition={tableDefinitions[active] as TableDefinition<TableKey>}
        above={
          active === 'salesByWeek' ? (
            <Suspense fallback={null}>
              <SalesByWeekChart />
            </Suspense>
          ) : undefined
        }
      />
    </div>
  );
}
