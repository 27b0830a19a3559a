import { AlertOutlined, ClockCircleOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useCallback } from 'react';
import type { AlertCounts, AlertList, AlertRow } from '../../../shared/contract/schemas/monitoring';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useFormat, useT } from '../../i18n/hooks';
import { navigate } from '../../hooks/route';
import { useAppStore } from '../../store/app-store';
import { alertLinks, alertSubject, alertTodo, alertWhy, PRIORITY_COLOURS } from '../../components/alerts/alert-text';
import { useAlertActions } from '../../hooks/useAlertActions';

/** Alerts shown on the Dashboard; the rest are one click away on the Alerts page. */
export const ACTION_LIST_SIZE = 8;

/** The Dashboard's morning check: the open work with the most money at stake, each saying what to do today, whole. */
export function ActionList() {
  const t = useT();
  const format = useFormat();
  const epoch = useAppStore((state) => state.workspaceEpoch);
  const list = useLoad<AlertList>(`actions|${epoch}`, () => getApi().monitoring.alerts({ limit: ACTION_LIST_SIZE }), 'alerts');
  const counts = useLoad<AlertCounts>(`counts|${epoch}`, () => getApi().monitoring.counts(), 'alerts');
  const reloadList = list.reload;
  const reloadCounts = counts.reload;
  const reload = useCallback(() => {
    reloadList();
    reloadCounts();
  }, [reloadList, reloadCounts]);
  const actions = useAlertActions(reload);
  const running = useRunningJob('alerts');

  const c = counts.value;
  const shown = c ? c.byPriority.high + c.byPriority.medium + c.byPriority.low : 0;
  const rows = list.value?.rows ?? [];
  const more = Math.max(0, shown - rows.length);
  const checking = Boolean(running);
  const neverChecked = c !== null && c.refreshedAt === null;

  return (
    <Card
      size="small"
      data-testid="action-list"
      title={
        <Space size={8}>
          <AlertOutlined />
          {t('alerts.actionList.title')}
        </Space>
      }
      extra={
        <Space size={12}>
          {c && c.refreshedAt && (
            <Typography.Text type="secondary" className="tabular" data-testid="action-counts" style={{ fontSize: 12 }}>
              {t('alerts.actionList.counts', { high: c.byPriority.high, medium: c.byPriority.medium, low: c.byPriority.low, money: format.moneyWhole(c.openMoney, c.currency) })}
            </Typography.Text>
          )}
          <Button size="small" type="link" onClick={() => navigate('alerts')} data-testid="action-all">
            {t('alerts.actionList.all')}
          </Button>
        </Space>
      }
      loading={list.status === 'loading' && list.value === null}
    >
      {neverChecked && !checking ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.actionList.never')} data-testid="action-never">
          <Button type="primary" onClick={() => void actions.refresh()} data-testid="action-check">
            {t('alerts.actionList.checkNow')}
          </Button>
        </Empty>
      ) : checking && rows.length === 0 ? (
        <Space>
          <Spin size="small" />
          <Typography.Text type="secondary">{t('alerts.actionList.checking')}</Typography.Text>
        </Space>
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.actionList.empty')} data-testid="action-empty">
          <Typography.Text type="secondary">{t('alerts.actionList.emptyHint')}</Typography.Text>
        </Empty>
      ) : (
        <div role="list" style={{ display: 'grid', gap: 2 }}>
          {rows.map((row) => (
            <ActionItem key={row.id} row={row} onAcknowledge={() => void actions.acknowledge([row.id])} onSnooze={() => void actions.snooze([row.id])} />
          ))}
        </div>
      )}
      {more > 0 && (
        <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 6 }} onClick={() => navigate('alerts')} data-testid="action-more">
          {t('alerts.actionList.more', { count: more })}
        </Button>
      )}
      {c && c.covered > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }} data-testid="action-covered">
          {t('alerts.actionList.covered', { count: c.covered })}
        </Typography.Text>
      )}
    </Card>
  );
}

function ActionItem({ row, onAcknowledge, onSnooze }: { row: AlertRow; onAcknowledge(): void; onSnooze(): void }) {
  const t = useT();
  const format = useFormat();
  const [first] = alertLinks(row);
  const subject = alertSubject(row);
  // Whole sentences that wrap: the SKU and the figure that matter are never cut off.
  return (
    <div
      role="listitem"
      data-testid="action-item"
      data-alert-id={row.id}
      data-alert-key={row.key}
      style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr) auto auto', alignItems: 'start', gap: 10, padding: '6px 0', borderBottom: '1px solid rgba(128,128,128,0.15)' }}
    >
      <Tag color={PRIORITY_COLOURS[row.priority]} style={{ marginInlineEnd: 0, minWidth: 44, textAlign: 'center' }}>
        {t(`alerts.priority.${row.priority}`)}
      </Tag>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Typography.Text strong data-testid="action-todo">
          {alertTodo(t, format, row)}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="action-why">
            {alertWhy(t, format, row)}
          </Typography.Text>
          {subject && first && (
            <>
              {' · '}
              <Typography.Link style={{ fontSize: 12 }} onClick={() => navigate(first.page, first.sub, first.item)} data-testid="action-link">
                {subject}
              </Typography.Link>
            </>
          )}
        </div>
      </div>
      <Typography.Text strong className="tabular" data-testid="action-money" style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
        {format.moneyWhole(row.money, row.currency)}
      </Typography.Text>
      <Space size={4}>
        <Tooltip title={t('alerts.acknowledge')}>
          <Button size="small" icon={<CheckOutlined />} aria-label={t('alerts.acknowledge')} onClick={onAcknowledge} data-testid="action-ack" />
        </Tooltip>
        <Tooltip title={t('alerts.snooze')}>
          <Button size="small" icon={<ClockCircleOutlined />} aria-label={t('alerts.snooze')} onClick={onSnooze} data-testid="action-snooze" />
        </Tooltip>
      </Space>
    </div>
  );
}
