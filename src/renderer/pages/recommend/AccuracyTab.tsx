import { Alert, Table, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { RecommendAccuracy } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey, Translate } from '../../i18n/translate';

const METRICS = ['hitRate', 'recall', 'ndcg'] as const;

function segmentLabel(t: Translate, segment: string, count: string): string {
  return segment === 'all' ? t('recommend.accuracy.segment.all', { count }) : t('recommend.accuracy.segment.n', { segment, count });
}

/** HR/Recall/NDCG@10 of the blend against the simple rules, overall (chart) and per segment (table). */
export function AccuracyTab({ runId }: { runId: number }) {
  const t = useT();
  const format = useFormat();
  const accuracy = useLoad<RecommendAccuracy | null>(`accuracy|${runId}`, () => getApi().recommend.accuracy());
  const value = accuracy.value;
  const option = useMemo<ChartOption | null>(() => {
    const all = value?.segments[0];
    if (!all) return null;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${Math.round(Number(v) * 1000) / 10}%` },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: METRICS.map((m) => t(`recommend.accuracy.${m}` as MessageKey)) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: all.methods.map((m) => ({ type: 'bar' as const, name: t(`recommend.method.${m.method}` as MessageKey), data: METRICS.map((k) => m[k]) })),
    };
  }, [value, t]);
  if (accuracy.status === 'ready' && !value) return <Alert type="warning" showIcon title={t('recommend.accuracy.none')} />;
  if (!value || !option) return null;
  const pct = (v: number) => `${format.number(Math.round(v * 1000) / 10)}%`;
  const rows = value.segments.flatMap((s) => s.methods.map((m) => ({ key: `${s.segment}|${m.method}`, segment: s.segment, customers: s.customers, ...m })));
  return (
    <div data-testid="recommend-accuracy" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <p>{t('recommend.accuracy.intro', { n: value.topN })}</p>
      <EChart option={option} height={260} ariaLabel={t('recommend.accuracy.chart')} />
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="accuracy-table"
        columns={[
          { title: t('recommend.accuracy.segment'), dataIndex: 'segment', render: (s: string, r) => segmentLabel(t, s, format.integer(r.customers)) },
          { title: '', dataIndex: 'method', render: (m: string) => t(`recommend.method.${m}` as MessageKey) },
          { title: <Tooltip title={t('recommend.accuracy.hitRateHelp')}>{t('recommend.accuracy.hitRate')}</Tooltip>, dataIndex: 'hitRate', align: 'right', render: pct },
          { title: t('recommend.accuracy.recall'), dataIndex: 'recall', align: 'right', render: pct },
          { title: t('recommend.accuracy.ndcg'), dataIndex: 'ndcg', align: 'right', render: pct },
        ]}
      />
    </div>
  );
}
