import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { LaneRow, LogisticsOverview, LogisticsReplayRow, TransferOrderRow } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { KeyFigure } from '../../components/KeyFigure';
import { PageHeader, PageLoadError } from '../../components/PageHeader';
import { LoadState } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { ContainersPanel } from './ContainersPanel';
import { LanesPanel } from './LanesPanel';
import { noteText } from './logistics-text';
import { MissingInputs } from './MissingInputs';
import { ReplayPanel } from './ReplayPanel';
import { ShipmentsPanel } from './ShipmentsPanel';
import { TransfersPanel } from './TransfersPanel';

type Tab = 'transfers' | 'shipments' | 'containers' | 'lanes' | 'replay';

/** Logistics (物流): the newest plan's transfers, shipments by mode, containers, lanes and the A/B replay. */
export function LogisticsPage() {
  const t = useT();
  const format = useFormat();
  const [tab, setTab] = useState<Tab>('transfers');
  // A new plan (a plan run or a refresh) changes everything here.
  const overview = useLoad<LogisticsOverview>('overview', () => getApi().logistics.overview(), 'planRun');
  const lanes = useLoad<LaneRow[]>('lanes', () => getApi().logistics.lanes());
  const orders = useLoad<TransferOrderRow[]>('orders', () => getApi().logistics.transferOrders());
  const replays = useLoad<LogisticsReplayRow[]>('replays', () => getApi().logistics.replays(), 'logisticsReplay');
  const value = overview.value;
  const s = value?.summary ?? null;

  return (
    <div data-testid="page-logistics">
      <PageHeader
        title={t('logistics.title')}
        subtitle={value?.planId ? t('logistics.subtitle', { plan: value.planId, date: format.date(value.planDate) }) : t('logistics.subtitleNoPlan')}
        extra={<Button icon={<ReloadOutlined />} onClick={overview.reload} loading={overview.status === 'loading'} data-testid="logistics-reload">{t('logistics.reload')}</Button>}
      />
      {overview.status === 'error' && overview.error && (
        <PageLoadError title={t('logistics.loadFailed')} description={describeError(t, overview.error).message} onRetry={overview.reload} />
      )}
      <LoadState status={overview.status} error={null} ready={value !== null} rows={4} />
      {value && <MissingInputs overview={value} />}
      {value && s && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, marginBottom: 12 }} data-testid="logistics-figures">
          <div data-testid="figure-transfers"><KeyFigure label={t('logistics.figure.transfers')} value={format.integer(s.transfers)} loading={false} /></div>
          <div data-testid="figure-freight"><KeyFigure label={t('logistics.figure.freight')} value={format.moneyWhole(s.freightCost + s.dutyCost, value.currency)} loading={false} /></div>
          <div data-testid="figure-split"><KeyFigure label={t('logistics.figure.split')} value={format.integer(s.splitShipments)} loading={false} /></div>
          <div data-testid="figure-containers"><KeyFigure label={t('logistics.figure.containers')} value={format.integer(s.containers)} loading={false} /></div>
          <div data-testid="figure-container-saving"><KeyFigure label={t('logistics.figure.containerSaving')} value={format.moneyWhole(Math.max(0, s.separateContainerCost - s.containerCost), value.currency)} loading={false} /></div>
          <div data-testid="figure-expedite"><KeyFigure label={t('logistics.figure.expedite')} value={format.integer(s.expedite)} loading={false} /></div>
        </div>
      )}
      {value && value.notes.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="logistics-notes"
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {value.notes.slice(0, 6).map((note, i) => <li key={i}>{noteText(t, format, note)}</li>)}
            </ul>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={[
          { key: 'transfers', label: <span data-testid="tab-transfers">{t('logistics.tab.transfers')}</span> },
          { key: 'shipments', label: <span data-testid="tab-shipments">{t('logistics.tab.shipments')}</span> },
          { key: 'containers', label: <span data-testid="tab-containers">{t('logistics.tab.containers')}</span> },
          { key: 'lanes', label: <span data-testid="tab-lanes">{t('logistics.tab.lanes')}</span> },
          { key: 'replay', label: <span data-testid="tab-replay">{t('logistics.tab.replay')}</span> },
        ]}
      />
      {tab === 'transfers' && value && <TransfersPanel overview={value} orders={orders} onChanged={overview.reload} />}
      {tab === 'shipments' && value && <ShipmentsPanel overview={value} />}
      {tab === 'containers' && value && <ContainersPanel overview={value} />}
      {tab === 'lanes' && <LanesPanel lanes={lanes} onChanged={overview.reload} />}
      {tab === 'replay' && <ReplayPanel replays={replays} />}
      {tab !== 'lanes' && tab !== 'replay' && !value && overview.status !== 'loading' && (
        <Typography.Text type="secondary">{t('logistics.loadFailed')}</Typography.Text>
      )}
    </div>
  );
}
