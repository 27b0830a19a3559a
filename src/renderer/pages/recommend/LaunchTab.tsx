import { Alert, Table } from 'antd';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { LaunchAudience, RecommendRun } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { ReasonCell } from './ReasonCell';

/** New and upcoming SKUs: expected buyers (with what the figure rests on) and the customers to offer each to. */
export function LaunchTab({ run }: { run: RecommendRun }) {
  const t = useT();
  const format = useFormat();
  const runId = run.id;
  const rows = useLoad<LaunchAudience[]>(`launch|${runId}`, () => getApi().recommend.launch());
  const forecasts = useLoad<ForecastRun[]>('forecast-runs', () => getApi().forecast.runs(), 'forecastRun');
  const basis = (a: LaunchAudience) => {
    const b = a.basis as { scope?: string; launches?: number; adoptionRate?: number; horizonDays?: number };
    if (!b.launches) return t('recommend.launch.basisNone');
    return t('recommend.launch.basis', {
      launches: format.integer(b.launches),
      scope: t(`recommend.launch.scope.${b.scope ?? 'none'}` as MessageKey),
      rate: `${format.number(Math.round((b.adoptionRate ?? 0) * 1000) / 10)}%`,
      days: format.integer(b.horizonDays ?? 0),
    });
  };
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('recommend.launch.signal')} />
      {(rows.value?.length ?? 0) > 0 && forecasts.status === 'ready' && <SignalInForecast run={run} forecasts={forecasts.value ?? []} />}
      <Table
        size="small"
        rowKey="productId"
        data-testid="launch-table"
        loading={rows.status === 'loading'}
        dataSource={rows.value ?? []}
        pagination={false}
        locale={{ emptyText: t('recommend.launch.none') }}
        expandable={{
          expandedRowRender: (a) => (
            <Table
              size="small"
              rowKey="customerId"
              pagination={{ pageSize: 10, size: 'small' }}
              dataSource={a.customers}
              columns={[
                { title: t('recommend.col.customer'), dataIndex: 'customerId' },
                { title: t('recommend.detail.reason'), key: 'reason', render: (_, c) => <ReasonCell reason={c.reason} score={c.score} /> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('recommend.detail.sku'), dataIndex: 'sku', render: (s: string, a) => `${s} · ${a.name}` },
          { title: t('recommend.launch.launchDate'), dataIndex: 'launchDate', render: (d: string | null) => format.date(d) },
          { title: t('recommend.launch.expected'), dataIndex: 'expectedBuyers', align: 'right', render: (v: number, a) => <span title={basis(a)}>{format.number(v)}</span> },
          { title: t('recommend.launch.audience'), dataIndex: 'audienceSize', align: 'right', render: (v: number) => format.integer(v) },
          { title: '', key: 'basis', render: (_, a) => <span style={{ opacity: 0.7 }}>{basis(a)}</span> },
        ]}
      />
    </div>
  );
}

/**
 * Whether the forecast already uses this run's expected buyers: a forecast run reads the newest
 * recommendation run when it starts, so one made before this run still holds the earlier figures.
 */
function SignalInForecast({ run, forecasts }: { run: RecommendRun; forecasts: readonly ForecastRun[] }) {
  const t = useT();
  const format = useFormat();
  const newest = forecasts.reduce<ForecastRun | null>((best, f) => (best === null || Date.parse(f.createdAt) > Date.parse(best.createdAt) ? f : best), null);
  if (newest === null) {
    return <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="launch-signal-pending" title={t('recommend.launch.signalNoForecast')} />;
  }
  if (Date.parse(newest.createdAt) < Date.parse(run.createdAt)) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="launch-signal-pending"
        title={t('recommend.launch.signalPending', { forecastAt: format.dateTime(newest.createdAt) })}
      />
    );
  }
  return (
    <Alert type="success" showIcon style={{ marginBottom: 8 }} data-testid="launch-signal-used" title={t('recommend.launch.signalUsed', { forecastAt: format.dateTime(newest.createdAt) })} />
  );
}
