import { ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Select, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  alertKinds,
  alertPriorities,
  alertStatuses,
  type AlertKind,
  type AlertList,
  type AlertPriority,
  type AlertStatus,
} from '../../../shared/contract/schemas/monitoring';
import { getApi } from '../../api/backend';
import { alertKindLabel } from '../../components/alerts/alert-text';
import { FullPage } from '../../components/PageHeader';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { navigate } from '../../hooks/route';
import { useAppStore } from '../../store/app-store';
import { AlertDetailPanel } from './AlertDetailPanel';
import { AlertSettingsDrawer } from './AlertSettingsDrawer';
import { AlertsGrid } from './AlertsGrid';
import { ExportDigestButton } from './ExportDigestButton';
import { useAlertActions } from '../../hooks/useAlertActions';

/** All alerts: filters, the ranked grid, one alert's numbers, thresholds, refresh and the daily digest. */
export function AlertsPage({ selected }: { selected: string | undefined }) {
  const epoch = useAppStore((state) => state.workspaceEpoch);
  return <AlertsReview key={epoch} selected={selected} />;
}

function AlertsReview({ selected }: { selected: string | undefined }) {
  const t = useT();
  const format = useFormat();
  const [kinds, setKinds] = useState<AlertKind[]>([]);
  const [priorities, setPriorities] = useState<AlertPriority[]>([]);
  const [statuses, setStatuses] = useState<AlertStatus[]>(['open']);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The open work by default; what the plan answers and what is under the materiality minimum on request.
  const [includeCovered, setIncludeCovered] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const running = useRunningJob('alerts');
  const filter = useMemo(
    () => ({
      ...(kinds.length > 0 ? { kinds } : {}),
      ...(priorities.length > 0 ? { priorities } : {}),
      statuses: statuses.length > 0 ? statuses : [...alertStatuses],
      ...(includeCovered ? { includeCovered } : {}),
      ...(showAll ? { all: showAll } : {}),
    }),
    [kinds, priorities, statuses, includeCovered, showAll],
  );
  const list = useLoad<AlertList>(JSON.stringify(filter), () => getApi().monitoring.alerts(filter), 'alerts');
  const actions = useAlertActions(list.reload);
  const selectedId = selected !== undefined && /^\d+$/.test(selected) ? Number(selected) : null;
  const row = useMemo(() => list.value?.rows.find((r) => r.id === selectedId) ?? null, [list.value, selectedId]);
  const filtered = kinds.length > 0 || priorities.length > 0 || statuses.length !== alertStatuses.length || !includeCovered || !showAll;
  // An alert opened from a notice or a link is shown even when the filters on screen (or the materiality minimum) would hide it.
  useEffect(() => {
    if (selectedId === null || row !== null || list.status !== 'ready' || !filtered) return;
    setKinds([]);
    setPriorities([]);
    setStatuses([...alertStatuses]);
    setIncludeCovered(true);
    setShowAll(true);
  }, [selectedId, row, list.status, filtered]);
  const open = useCallback((id: number) => navigate('alerts', String(id)), []);
  const value = list.value;
  const hidden = [
    value && value.belowMinimum > 0 ? t('alerts.belowMinimum', { count: value.belowMinimum, money: format.moneyWhole(value.minMoney, value.currency) }) : null,
    value && value.covered > 0 ? t('alerts.coveredHidden', { count: value.covered }) : null,
  ].filter((text): text is string => text !== null);
  const hint = hidden.length > 0 ? hidden.join(' · ') : t('alerts.grid.hint');

  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));

  return (
    <FullPage
      testId="page-alerts"
      title={t('alerts.title')}
      subtitle={
        value
          ? value.refreshedAt
            ? t('alerts.headerLine', { today: format.date(value.today), at: format.dateTime(value.refreshedAt) })
            : t('alerts.neverRefreshed')
          : t('alerts.subtitle')
      }
      extra={
        <Space size={8}>
          <RunningJobProgress kind="alerts" testId="alerts-progress" width={180} />
          <Tooltip title={t('alerts.refreshHelp')}>
            <Button icon={<ReloadOutlined />} loading={Boolean(running)} onClick={() => void actions.refresh()} data-testid="alerts-refresh">
              {t('alerts.refresh')}
            </Button>
          </Tooltip>
          <ExportDigestButton />
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="alerts-settings">
            {t('alerts.settings')}
          </Button>
        </Space>
      }
    >
      <Space wrap size={8} style={{ marginBottom: 8 }}>
        <Select<AlertKind[]> mode="multiple" allowClear placeholder={t('alerts.filter.kind')} aria-label={t('alerts.filter.kind')} data-testid="filter-kind" style={{ minWidth: 220 }} value={kinds} onChange={setKinds} options={alertKinds.map((kind) => ({ value: kind, label: alertKindLabel(t, kind) }))} maxTagCount="responsive" />
        <Select<AlertPriority[]> mode="multiple" allowClear placeholder={t('alerts.filter.priority')} aria-label={t('alerts.filter.priority')} data-testid="filter-priority" style={{ minWidth: 180 }} value={priorities} onChange={setPriorities} options={options(alertPriorities, 'alerts.priority')} />
        <Select<AlertStatus[]> mode="multiple" allowClear placeholder={t('alerts.filter.status')} aria-label={t('alerts.filter.status')} data-testid="filter-status" style={{ minWidth: 220 }} value={statuses} onChange={setStatuses} options={options(alertStatuses, 'alerts.status')} />
        <Checkbox checked={includeCovered} onChange={(e) => setIncludeCovered(e.target.checked)} data-testid="filter-covered">
          {t('alerts.filter.covered')}
        </Checkbox>
        <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)} data-testid="filter-all">
          {t('alerts.filter.all', { money: value ? format.moneyWhole(value.minMoney, value.currency) : '—' })}
        </Checkbox>
      </Space>
      {list.status === 'error' && list.error && (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t('alerts.loadFailed')} description={describeError(t, list.error).message} />
      )}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
        <AlertsGrid
          rows={value?.rows ?? null}
          loading={list.status === 'loading'}
          hint={hint}
          onOpen={open}
          onAcknowledge={(ids) => void actions.acknowledge(ids)}
          onSnooze={(ids) => void actions.snooze(ids)}
        />
        {row && (
          <AlertDetailPanel
            row={row}
            onClose={() => navigate('alerts')}
            onAcknowledge={() => void actions.acknowledge([row.id])}
            onSnooze={() => void actions.snooze([row.id])}
            onReopen={() => void actions.reopen([row.id])}
          />
        )}
      </div>
      <AlertSettingsDrawer
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          void actions.refresh();
        }}
      />
    </FullPage>
  );
}
