import { EyeOutlined, HistoryOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Space, Tabs } from 'antd';
import { lazy, Suspense, useMemo, useState, type DragEvent } from 'react';
import { PageHeader } from '../../components/PageHeader';
import type { FileChoice } from '../../../shared/contract/schemas/files';
import { useT } from '../../i18n/hooks';
import { IMPORT_ROUTE, navigate } from '../../hooks/route';
import { isTableKey, tableKeys, type TableKey } from '../../store/data-slice';
import { ImportHistory } from './import/ImportHistory';
import { isImportKind, tableForKind } from './import/import-labels';
import { ImportWizard } from './import/ImportWizard';
import type { TableDefinition } from './table-definition';
import { TablePanel } from './TablePanel';
import { tableDefinitions } from './tables';
import { WatchedFolders } from './watch/WatchedFolders';

// Only one tab has a chart: keep the chart library out of the Data page's start-up.
const SalesByWeekChart = lazy(() => import('./SalesByWeekChart').then((m) => ({ default: m.SalesByWeekChart })));

/**
 * Every table of the workspace, one tab each; the tab is part of the URL (`#/data/stock`), and so is
 * what a link names in it (`#/data/purchaseOrders/<PO number>`, an alert's link): that tab searched for it.
 */
export function DataPage({ tab, item }: { tab: string | undefined; item?: string | undefined }) {
  const t = useT();
  // `#/data/import/<kind>`: a link that names what to import opens the wizard for that kind, over its table.
  const importKind = tab === IMPORT_ROUTE && isImportKind(item) ? item : null;
  const active: TableKey = importKind ? tableForKind[importKind] : isTableKey(tab) ? tab : 'products';
  const items = useMemo(() => tableKeys.map((key) => ({ key, label: t(tableDefinitions[key].label) })), [t]);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [watchOpen, setWatchOpen] = useState(false);
  const [chosen, setChosen] = useState<FileChoice | null>(null);
  const [dragging, setDragging] = useState(false);

  // A file dropped anywhere on the page opens the wizard with it.
  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files') || wizardOpen) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (!file || wizardOpen) return;
      event.preventDefault();
      setDropped(file);
      setWizardOpen(true);
    },
  };

  return (
    <div
      data-testid="page-data"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', position: 'relative', outline: dragging ? '2px dashed #1677ff' : undefined }}
      {...dropHandlers}
    >
      <PageHeader
        title={t('data.title')}
        subtitle={t('data.subtitle')}
        extra={
          <Space>
            <Button icon={<EyeOutlined />} onClick={() => setWatchOpen(true)}>
              {t('watch.title')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
              {t('import.history')}
            </Button>
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setWizardOpen(true)}>
              {t('data.import')}
            </Button>
          </Space>
        }
      />
      <ImportWizard
        open={wizardOpen || importKind !== null}
        dropped={dropped}
        chosen={chosen}
        kind={importKind}
        onClose={() => {
          setWizardOpen(false);
          setDropped(null);
          setChosen(null);
          if (importKind) navigate('data', active);
        }}
        onViewData={(kind) => navigate('data', tableForKind[kind])}
      />
      <ImportHistory open={historyOpen} onClose={() => setHistoryOpen(false)} />
      <WatchedFolders
        open={watchOpen}
        onClose={() => setWatchOpen(false)}
        onOpenInWizard={(file) => {
          // A file of a layout without a mapping: the wizard maps it once, then the folder imports its kind.
          setWatchOpen(false);
          setChosen(file);
          setWizardOpen(true);
        }}
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
        item={isTableKey(tab) ? item : undefined}
        onLeaveItem={() => navigate('data', active)}
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
