import type { GetRowIdParams } from 'ag-grid-community';
import { Alert, Empty, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { AccuracyGroup, ForecastRun } from '../../../shared/contract/schemas/forecast';
import { KeyFigure } from '../../components/KeyFigure';
import { DataGrid } from '../../grid/DataGrid';
import { describeError } from '../../i18n/errors';
import { useFormat, useLocale, useT } from '../../i18n/hooks';
import { accuracyColumns } from './accuracy-columns';
import { percent, ratio, signedPercent } from './forecast-labels';
import { useAccuracyReport, type AccuracySource, type ReportGroup } from './useAccuracyReport';
import type { AccuracyRow } from './useForecastRun';

/** The key of the buckets outside every event, as the report names them. */
const NO_EVENT = '(none)';

const GROUPS: AccuracyGroup[] = ['category', 'brand', 'class', 'method', 'location', 'sku'];
/** Error in event weeks is scored on the sales since the run (backtests keep no per-week errors). */
const ACTUALS_GROUPS: ReportGroup[] = [...GROUPS, 'event'];
const getRowId = (params: GetRowIdParams<AccuracyRow>) => params.data.key;

/** MASE, RMSSE, WAPE, bias, pinball and coverage per group, each beside seasonal naive; and whether overrides helped. */
export function AccuracyReport({ run }: { run: ForecastRun }) {
  const t = useT();
  const format = useFormat();
  const [source, setSource] = useState<AccuracySource>('backtest');
  const [groupBy, setGroupBy] = useState<ReportGroup>('category');
  const locale = useLocale();
  const eventName = useCallback(
    (row: { key: string; nameEn: string; nameZh: string }) => (row.key === NO_EVENT ? t('forecasts.accuracy.noEvent') : locale === 'zh-CN' ? row.nameZh : row.nameEn),
    [t, locale],
  );
  const report = useAccuracyReport(run, source, groupBy, eventName);
  const chooseSource = (next: AccuracySource) => {
    setSource(next);
    if (next === 'backtest' && groupBy === 'event') setGroupBy('category');
  };
  const columnDefs = useMemo(() => accuracyColumns(t, format, groupBy), [t, format, groupBy]);
  const empty = useMemo(() => ({ title: t('forecasts.accuracy.empty'), hint: t('forecasts.accuracy.emptyHint') }), [t]);
  const loading = report.status === 'loading';
  const overall = report.value?.overall ?? null;
  const actuals = report.value?.actuals ?? null;
  const nothingSinceRun = source === 'actuals' && actuals !== null && actuals.buckets === 0;

  return (
    <div data-testid="forecast-accuracy" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Space wrap size={12}>
        <Segmented<AccuracySource>
          aria-label={t('forecasts.accuracy.source')}
          value={source}
          onChange={chooseSource}
          options={[
            { value: 'backtest', label: t('forecasts.accuracy.source.backtest') },
            { value: 'actuals', label: t('forecasts.accuracy.source.actuals') },
          ]}
        />
        <Select<ReportGroup>
          aria-label={t('forecasts.accuracy.groupBy')}
          value={groupBy}
          onChange={setGroupBy}
          style={{ width: 160 }}
          options={(source === 'actuals' ? ACTUALS_GROUPS : GROUPS).map((group) => ({ value: group, label: t(`forecasts.accuracy.group.${group}`) }))}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {actuals && actuals.buckets > 0
            ? t('forecasts.accuracy.window', { buckets: actuals.buckets, from: format.date(actuals.from), to: format.date(actuals.to) })
            : source === 'backtest'
              ? t('forecasts.accuracy.windowBacktest')
              : ''}
        </Typography.Text>
      </Space>
      {report.error && <Alert type="error" showIcon title={Object.values(describeError(t, report.error)).join(' ')} />}
      {nothingSinceRun ? (
        <Empty
          style={{ margin: 'auto' }}
          description={
            <>
              <Typography.Text strong>{t('forecasts.accuracy.noActuals')}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('forecasts.accuracy.noActualsHint', { date: format.date(run.historyTo) })}</Typography.Text>
            </>
          }
        />
      ) : (
        <>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 12 }}>
            <KeyFigure
              label={t('forecasts.accuracy.mase')}
              value={ratio(format, overall?.relativeMase)}
              hint={t('forecasts.accuracy.maseHint', { model: ratio(format, overall?.model.mase), naive: ratio(format, overall?.snaive.mase) })}
              loading={loading}
            />
            <KeyFigure
              label={t('forecasts.accuracy.wape')}
              value={percent(format, overall?.model.wape)}
              hint={t('forecasts.accuracy.wapeHint', { naive: percent(format, overall?.snaive.wape) })}
              loading={loading}
            />
            <KeyFigure label={t('forecasts.accuracy.bias')} value={signedPercent(format, overall?.model.bias)} hint={t('forecasts.accuracy.biasHint')} loading={loading} />
            <KeyFigure label={t('forecasts.accuracy.coverage')} value={percent(format, overall?.model.coverage)} hint={t('forecasts.accuracy.coverageHint')} loading={loading} />
            {actuals && (
              <KeyFigure
                label={t('forecasts.accuracy.overrides')}
                value={actuals.overrides.buckets > 0 ? signedPercent(format, actuals.overrides.valueAdded) : '—'}
                hint={
                  actuals.overrides.buckets > 0
                    ? t('forecasts.accuracy.overridesHint', {
                        series: actuals.overrides.series,
                        improved: actuals.overrides.improved,
                        worsened: actuals.overrides.worsened,
                      })
                    : t('forecasts.accuracy.overridesNone')
                }
                loading={loading}
              />
            )}
          </div>
          <DataGrid<AccuracyRow>
            gridId={`forecast-accuracy-${groupBy}`}
            rows={report.value?.rows ?? null}
            columnDefs={columnDefs}
            getRowId={getRowId}
            quickFilterText=""
            loading={loading}
            empty={empty}
            ariaLabel={t('forecasts.accuracy.grid')}
          />
        </>
      )}
    </div>
  );
}
