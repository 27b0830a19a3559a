import { Alert, App, Divider, Tag, Tooltip, Typography } from 'antd';
import { LoadState } from '../../components/LoadState';
import { SidePanel, SkuTitle } from '../../components/SidePanel';
import type { ForecastGridRow, ForecastRun } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { useFormat, useT } from '../../i18n/hooks';
import { ForecastChart } from './ForecastChart';
import { ForecastExplanation } from './ForecastExplanation';
import { CampaignNotes } from './CampaignNotes';
import { classLabel, locationLabel } from './forecast-labels';
import { overrideInput, type OverrideDraft } from './override-input';
import { OverrideForm } from './OverrideForm';
import { OverrideList } from './OverrideList';
import { useForecastDetail } from './useForecastDetail';
import { PlannedPromotions } from './PlannedPromotions';
import { useLoad } from '../../hooks/useLoad';
import type { PlannedPromotionInput } from '../../../shared/contract/schemas/events';
import { useMemo } from 'react';
import { oneDecimal } from '../../i18n/format';

interface Props {
  run: ForecastRun;
  row: ForecastGridRow;
  /** Bumped when the series was changed from the grid, so the panel fetches it again. */
  version: number;
  onRowChange(row: ForecastGridRow): void;
  onClose(): void;
}

const sectionTitle = { fontSize: 12, fontWeight: 600, display: 'block', marginBottom: 6 } as const;

/** One series: chart, why this method, analogues, and its overrides with a form to add one. */
export function ForecastDetailPanel({ run, row, version, onRowChange, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const series = { runId: run.id, productId: row.productId, locationId: row.locationId };
  const { detail, status, error, refresh } = useForecastDetail(series, onRowChange, version);
  const current = detail?.row ?? row;

  const add = async (draft: OverrideDraft) => {
    await getApi().forecast.addOverride(overrideInput(run, current, draft));
    await refresh();
    void message.success(t('forecasts.override.added'));
  };
  const plans = useLoad(`promotions:${row.productId}`, () => getApi().forecast.plannedPromotions({ productId: row.productId }));
  const seriesPlans = useMemo(
    () => (plans.value ?? []).filter((plan) => plan.locationId === null || row.locationId === 0 || plan.locationId === row.locationId),
    [plans.value, row.locationId],
  );
  const planPromotion = async (input: PlannedPromotionInput) => {
    await getApi().forecast.planPromotion(input);
    plans.reload();
    void message.success(t('forecasts.promo.added'));
  };
  const removePlan = async (id: number) => {
    await getApi().forecast.removePlannedPromotion({ id });
    plans.reload();
    void message.success(t('forecasts.promo.removed'));
  };
  const remove = async (id: number) => {
    await getApi().forecast.removeOverride({ id });
    await refresh();
    void message.success(t('forecasts.override.removed'));
  };

  return (
    <SidePanel
      testId="forecast-detail"
      width={450}
      title={<SkuTitle sku={current.sku} name={current.name} />}
      closeLabel={t('forecasts.detail.close')}
      onClose={onClose}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center', marginBottom: 8 }}>
        <Tag>{locationLabel(t, current)}</Tag>
        <Tag color="geekblue">{classLabel(t)(current.demandClass)}</Tag>
        {current.coldStart && <Tag color="blue">{t('forecasts.flag.coldStart')}</Tag>}
        {current.shortHistory && (
          <Tooltip title={t('forecasts.flag.shortHistoryHelp')}>
            <Tag color="gold" data-testid="detail-short-history">
              {t('forecasts.flag.shortHistory')}
            </Tag>
          </Tooltip>
        )}
        {current.overridden && <Tag color="orange">{t('forecasts.flag.overridden')}</Tag>}
        <Typography.Text type="secondary" className="tabular" data-testid="detail-total" style={{ fontSize: 12 }}>
          {t('forecasts.detail.total', {
            units: oneDecimal(format, current.totalUnits),
            money: format.moneyWhole(current.moneyAtStake),
          })}
        </Typography.Text>
      </div>

      <LoadState status={status} error={error} ready={Boolean(detail)} failedTitle={t('forecasts.detail.loadFailed')} rows={6} />
      {detail && (
        <>
          {current.shortHistory && (
            <div data-testid="detail-short-history-note" style={{ marginBottom: 8 }}>
              <Alert
                type="warning"
                showIcon
                title={t('forecasts.shortHistory.detail', {
                  history: t(`forecasts.periods.${run.frequency}`, { count: current.historyBuckets }),
                  horizon: t(`forecasts.periods.${run.frequency}`, { count: run.horizon }),
                })}
              />
            </div>
          )}
          <ForecastChart detail={detail} frequency={run.frequency} planned={seriesPlans} />
          <ForecastExplanation row={current} detail={detail} />
          <CampaignNotes detail={detail} />
          <Divider style={{ margin: '10px 0' }} />
          <Typography.Text style={sectionTitle}>{t('forecasts.promo.title')}</Typography.Text>
          {plans.error && <Alert type="error" showIcon title={t('forecasts.promo.loadFailed')} />}
          <PlannedPromotions
            productId={row.productId}
            locationId={row.locationId === 0 ? null : row.locationId}
            plans={seriesPlans}
            onAdd={planPromotion}
            onRemove={removePlan}
          />
          <Divider style={{ margin: '10px 0' }} />
          <Typography.Text style={sectionTitle}>{t('forecasts.override.list')}</Typography.Text>
          <OverrideList overrides={detail.overrides} frequency={run.frequency} onRemove={remove} />
          <Divider style={{ margin: '10px 0' }} />
          <OverrideForm
            key={`${run.id}:${row.productId}:${row.locationId}`}
            dates={detail.forecast.map((point) => point.date)}
            frequency={run.frequency}
            onAdd={add}
          />
        </>
      )}
    </SidePanel>
  );
}
