import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Tabs, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RecommendExportKind, RecommendStatus } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { ExportMenuButton } from '../../components/ExportMenuButton';
import { FullPage } from '../../components/PageHeader';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { navigate } from '../../hooks/route';
import { useExport } from '../../hooks/useExport';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useStartJob } from '../../hooks/useStartJob';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { AccuracyTab } from './AccuracyTab';
import { BoughtTogetherTab } from './BoughtTogetherTab';
import { CampaignsTab } from './CampaignsTab';
import { CustomersTab } from './CustomersTab';
import { LaunchTab } from './LaunchTab';
import { RecommendEmptyState } from './RecommendEmptyState';

const TABS = ['customers', 'together', 'launch', 'accuracy', 'campaigns'] as const;
type Tab = (typeof TABS)[number];
type ExportKey = `${RecommendExportKind}|${'csv' | 'xlsx' | 'json'}`;

/** 智能推荐: customers' next purchases, bought together, new product targeting, accuracy, campaigns, exports. */
export function RecommendPage({ tab }: { tab: string | undefined }) {
  const epoch = useAppStore((state) => state.workspaceEpoch);
  return <Recommendations key={epoch} tab={(TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'customers'} />;
}

function Recommendations({ tab }: { tab: Tab }) {
  const t = useT();
  const format = useFormat();
  const status = useLoad<RecommendStatus>('status', () => getApi().recommend.status(), 'recommend');
  const running = useRunningJob('recommend');
  const job = useStartJob('recommend', t('recommend.startFailed'));
  const [minSupport, setMinSupport] = useState(0);
  const exporter = useExport((key: ExportKey) => {
    const [kind, fileFormat] = key.split('|') as [RecommendExportKind, 'csv' | 'xlsx' | 'json'];
    return getApi().recommend.export({ kind, format: fileFormat, ...(kind === 'bought-together' ? { minSupport } : {}) });
  }, { done: (where) => t('recommend.export.done', { where }), failed: t('recommend.export.failed') });
  // A run that ends while the page is open shows itself.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) status.reload();
    wasRunning.current = Boolean(running);
  }, [running, status]);

  const value = status.value;
  const run = value?.run ?? null;
  const canRun = value !== null && value.customers > 0;
  const exportFormats = (['customers', 'bought-together', 'launch'] as const).flatMap((kind) =>
    (['csv', 'xlsx', 'json'] as const).map((f) => ({
      key: `${kind}|${f}` as ExportKey,
      label: `${t(kind === 'customers' ? 'recommend.export.customers' : kind === 'launch' ? 'recommend.export.launch' : 'recommend.export.together')} · ${f.toUpperCase()}`,
      testId: `recommend-export-${kind}-${f}`,
    })),
  );
  return (
    <FullPage
      testId="page-recommend"
      title={t('recommend.title')}
      subtitle={
        run
          ? t('recommend.runLine', { lines: format.integer(run.lines), customers: format.integer(run.customers), asOf: format.date(run.asOf), at: format.dateTime(run.createdAt) })
          : t('recommend.subtitle')
      }
      extra={
        canRun && (
          <Space size={8}>
            <RunningJobProgress kind="recommend" testId="recommend-progress" width={200} />
            <Tooltip title={t('recommend.runHelp')}>
              <Button
                type={run ? 'default' : 'primary'}
                icon={<ThunderboltOutlined />}
                loading={Boolean(running) || job.starting}
                data-testid="recommend-run"
                onClick={() => void job.start(() => getApi().recommend.start({}))}
              >
                {run ? t('recommend.runAgain') : t('recommend.run')}
              </Button>
            </Tooltip>
            {run && <ExportMenuButton label={t('recommend.export')} testId="recommend-export" formats={exportFormats} busy={exporter.busy} onExport={(key) => void exporter.run(key)} />}
          </Space>
        )
      }
    >
      {status.status === 'error' && status.error && (
        <Alert type="error" showIcon title={t('recommend.loadFailed')} description={describeError(t, status.error).message} />
      )}
      {value && !canRun && <RecommendEmptyState status={value} />}
      {value && canRun && !run && (
        <Empty style={{ marginTop: 48 }} data-testid="recommend-not-run" description={<><h3>{t('recommend.notRun.title')}</h3><p>{t('recommend.notRun.text', { customers: format.integer(value.customers), lines: format.integer(value.linesWithCustomer) })}</p></>} />
      )}
      {run && (
        <>
          <Tabs
            size="small"
            activeKey={tab}
            onChange={(key) => navigate('recommend', key)}
            tabBarStyle={{ marginBottom: 8 }}
            items={TABS.map((key) => ({ key, label: <span data-testid={`recommend-tab-${key}`}>{t(`recommend.tab.${key}`)}</span> }))}
          />
          <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
            {tab === 'customers' && <CustomersTab runId={run.id} />}
            {tab === 'together' && <BoughtTogetherTab runId={run.id} minSupport={minSupport} onMinSupport={setMinSupport} />}
            {tab === 'launch' && <LaunchTab run={run} />}
            {tab === 'accuracy' && <AccuracyTab runId={run.id} />}
            {tab === 'campaigns' && <CampaignsTab defaultDate={run.asOf} />}
          </div>
        </>
      )}
    </FullPage>
  );
}
