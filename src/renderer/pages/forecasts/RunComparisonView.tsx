import type { GetRowIdParams } from 'ag-grid-community';
import { Alert, Empty, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { RunCompareRow } from '../../../shared/contract/schemas/forecast-review';
import { getApi } from '../../api/backend';
import { KeyFigure } from '../../components/KeyFigure';
import { DataGrid } from '../../grid/DataGrid';
import { useLoad } from '../../hooks/useLoad';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { compareColumns } from './compare-columns';
import { runLabel, signedPercent } from './forecast-labels';

const getRowId = (params: GetRowIdParams<RunCompareRow>) => `${params.data.productId}:${params.data.locationId}`;

/** This run against another: totals over the periods both forecast, what moved most, and where the method changed. */
export function RunComparisonView({ run, runs }: { run: ForecastRun; runs: ForecastRun[] }) {
  const t = useT();
  const format = useFormat();
  const others = runs.filter((candidate) => candidate.id !== run.id);
  // By default the run before this one, or the newest other.
  const [chosen, setChosen] = useState<number | null>(null);
  const other = others.find((candidate) => candidate.id === chosen) ?? others.find((candidate) => candidate.id < run.id) ?? others[0];
  const comparison = useLoad(other ? `${run.id}:${other.id}` : null, () => getApi().forecast.compare({ runA: run.id, runB: other!.id }));
  const columnDefs = useMemo(() => compareColumns(t, format), [t, format]);
  const empty = useMemo(() => ({ title: t('forecasts.compare.empty'), hint: '' }), [t]);

  if (!other) {
    return (
      <Empty
        style={{ margin: 'auto' }}
        description={
          <>
            <Typography.Text strong>{t('forecasts.compare.needTwo')}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('forecasts.compare.needTwoHint')}</Typography.Text>
          </>
        }
      />
    );
  }
  const loading = comparison.status === 'loading';
  const data = comparison.value;
  const summary = data?.summary;
  const unitsText = (value: number | undefined) => t('forecasts.compare.unitsValue', { units: format.number(value === undefined ? null : Math.round(value)) });

  return (
    <div data-testid="forecast-compare" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Space wrap size={12}>
        <Typography.Text>{t('forecasts.compare.against')}</Typography.Text>
        <Select<number>
          aria-label={t('forecasts.compare.against')}
          value={other.id}
          onChange={setChosen}
          style={{ minWidth: 360 }}
          options={others.map((candidate) => ({ value: candidate.id, label: runLabel(t, format, candidate) }))}
        />
        {data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('forecasts.compare.window', { from: format.date(data.from), to: format.date(data.to) })}
            {!data.sameFrequency && ` ${t('forecasts.compare.otherFrequency')}`}
          </Typography.Text>
        )}
      </Space>
      {comparison.error && <Alert type="error" showIcon title={Object.values(describeError(t, comparison.error)).join(' ')} />}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 12 }}>
        <KeyFigure label={t('forecasts.compare.totalA')} value={unitsText(summary?.totalA)} loading={loading} />
        <KeyFigure label={t('forecasts.compare.totalB')} value={unitsText(summary?.totalB)} loading={loading} />
        <KeyFigure label={t('forecasts.compare.change')} value={signedPercent(format, summary?.diffPct)} hint={t('forecasts.compare.changeHint')} loading={loading} />
        <KeyFigure
          label={t('forecasts.compare.methodChanged')}
          value={format.number(summary?.methodChanged ?? null)}
          hint={t('forecasts.compare.methodChangedHint', { count: summary?.inBoth ?? 0 })}
          loading={loading}
        />
        <KeyFigure
          label={t('forecasts.compare.onlyOne')}
          value={format.number(summary ? summary.onlyA + summary.onlyB : null)}
          hint={t('forecasts.compare.onlyOneHint', { onlyA: summary?.onlyA ?? 0, onlyB: summary?.onlyB ?? 0 })}
          loading={loading}
        />
      </div>
      <DataGrid<RunCompareRow>
        gridId="forecast-compare"
        rows={data?.rows ?? null}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText=""
        loading={loading}
        empty={empty}
        ariaLabel={t('forecasts.compare.grid')}
      />
    </div>
  );
}
