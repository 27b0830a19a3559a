import { SettingOutlined } from '@ant-design/icons';
import { Button, Spin, Tabs, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { PlanListItem } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { readForecastRuns, readPlans } from '../../api/page-reads';
import { FullPage, PageLoadError } from '../../components/PageHeader';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';
import { navigate } from '../../hooks/route';
import { useAppStore } from '../../store/app-store';
import { ExportButton } from './ExportButton';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { MakePlanButton } from './MakePlanButton';
import { PlanEmptyState } from './PlanEmptyState';
import { PlanSelector } from './PlanSelector';
import { PlanSummary } from './PlanSummary';
import { PlanView } from './PlanView';
import { missingInputLines } from './missing-inputs';
import { SettingsDrawer } from './SettingsDrawer';
import { SimulationTab } from './SimulationTab';
import { useLoad } from '../../hooks/useLoad';

const leaveSku = () => navigate('replenishment');

/**
 * Replenishment: make a plan, review it by supplier, edit, lock and approve; simulate policies; export.
 * `sku` (`#/replenishment/<SKU>`, an alert's link) filters the plan to that SKU and opens its line.
 */
export function ReplenishmentPage({ sku }: { sku?: string | undefined }) {
  // Everything on this page belongs to one workspace: start afresh when another opens.
  const epoch = useAppStore((state) => state.workspaceEpoch);
  return <Replenishment key={epoch} sku={sku} />;
}

function Replenishment({ sku }: { sku: string | undefined }) {
  const t = useT();
  const plans = useLoad<PlanListItem[]>('plans', readPlans, 'planRun');
  const runs = useLoad<ForecastRun[]>('runs', readForecastRuns, 'forecastRun');
  const [chosen, setChosen] = useState<number | null>(null);
  const [tab, setTab] = useState('plan');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const list = plans.value ?? [];
  const plan = list.find((p) => p.id === chosen) ?? list[0];
  const hasForecast = (runs.value ?? []).some((run) => run.status === 'done');

  // A new plan (the newest) is shown as soon as its job is done.
  useEffect(
    () =>
      getApi().on('job:finished', (finished) => {
        if (finished.kind === 'planRun' && finished.status === 'done') setChosen(null);
      }),
    [],
  );

  const error = plans.error ?? runs.error;
  return (
    <FullPage
      testId="page-replenishment"
      title={t('replenishment.title')}
      subtitle={t('replenishment.subtitle')}
      extra={
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <RunningJobProgress kind="planRun" width={160} testId="plan-progress" />
          {plan && <PlanSelector plans={list} value={plan.id} onChange={setChosen} />}
          {plan && <ExportButton planId={plan.id} />}
          <Tooltip title={t('plan.settings')}>
            <Button icon={<SettingOutlined />} aria-label={t('plan.settings')} onClick={() => setSettingsOpen(true)} />
          </Tooltip>
          {plan && <MakePlanButton disabled={!hasForecast} />}
        </div>
      }
    >
      {error && (
        <PageLoadError
          title={t('plan.loadFailed')}
          description={describeError(t, error).message}
          onRetry={() => {
            plans.reload();
            runs.reload();
          }}
        />
      )}
      {/* The tab bar only: the panes below fill the page height, which antd's tab panes do not. */}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        style={{ flex: 'none' }}
        styles={{ header: { marginBottom: 8 } }}
        items={[
          { key: 'plan', label: t('plan.tab.plan') },
          { key: 'simulation', label: t('plan.tab.simulation') },
        ]}
      />
      {tab === 'plan' && (
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          {(plans.status === 'loading' || runs.status === 'loading') && !plans.value && <Spin style={{ margin: 'auto' }} />}
          {plans.value && runs.value && !plan && <PlanEmptyState hasForecast={hasForecast} />}
          {plan && (
            <>
              <PlanSummary plan={plan} />
              <PlanView
                key={plan.id}
                planId={plan.id}
                readOnly={plan.status === 'archived'}
                sku={sku}
                onLeaveSku={leaveSku}
                inputsMissing={missingInputLines(plan.summary).lines.length > 0}
              />
            </>
          )}
        </div>
      )}
      {tab === 'simulation' && <SimulationTab />}
      <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </FullPage>
  );
}
