import { Progress, Table, Typography } from 'antd';
import type { ConsolidationGroupRow, ContainerLoadRow, LogisticsOverview } from '../../../shared/contract/schemas/logistics';
import { useFormat, useT } from '../../i18n/hooks';
import { blockedBy } from './MissingInputs';

/** One load's mix: its boxes by kind, then the loose (LCL) remainder when there is one. */
function LoadMix({ group, currency }: { group: ConsolidationGroupRow; currency: string }) {
  const t = useT();
  const format = useFormat();
  const parts = (['40hc', '40ft', '20ft'] as const).filter((k) => group.counts[k] > 0).map((k) => t('logistics.containers.box', { count: format.integer(group.counts[k]), kind: k.toUpperCase() }));
  if (group.looseM3 > 0) parts.push(t('logistics.containers.loose', { volume: format.number(group.looseM3), cost: format.money(group.looseCost, currency) }));
  return (
    <li data-testid="container-mix">
      {t('logistics.containers.load', {
        port: group.originPort, to: group.to, week: format.date(group.weekStart), mix: parts.join(' + '), fill: `${format.number(group.fillPct)}%`, cost: format.money(group.cost, currency),
      })}
    </li>
  );
}

/** Containers shared across suppliers shipping from one port in one week: the mix of each load, each box's fill and cost. */
export function ContainersPanel({ overview }: { overview: LogisticsOverview }) {
  const t = useT();
  const format = useFormat();
  if (overview.containers.length === 0) return <Typography.Text type="secondary" data-testid="containers-empty">{t(blockedBy(overview) ? 'logistics.missing.title' : 'logistics.containers.none')}</Typography.Text>;
  const s = overview.summary;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {s && (
        <Typography.Text data-testid="containers-summary">
          {t('logistics.containers.summary', { count: format.integer(s.containers), cost: format.money(s.containerCost, overview.currency), separate: format.money(s.separateContainerCost, overview.currency) })}
        </Typography.Text>
      )}
      <Typography.Text strong>{t('logistics.containers.loadsTitle')}</Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflowY: 'auto' }} data-testid="container-mixes">
        {overview.consolidation.map((g) => <LoadMix key={`${g.originPort}|${g.to}|${g.weekStart}`} group={g} currency={overview.currency} />)}
      </ul>
      <Table<ContainerLoadRow>
        size="small"
        data-testid="containers"
        rowKey="id"
        dataSource={overview.containers}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={() => ({ 'data-testid': 'container-load' }) as object}
        columns={[
          { key: 'id', title: t('logistics.col.container'), dataIndex: 'id', width: 120 },
          { key: 'port', title: t('logistics.col.port'), dataIndex: 'originPort', width: 110 },
          { key: 'to', title: t('logistics.col.to'), dataIndex: 'to', width: 70 },
          { key: 'week', title: t('logistics.col.week'), width: 110, render: (_, r) => format.date(r.weekStart) },
          { key: 'kind', title: t('logistics.col.kind'), width: 70, render: (_, r) => r.kind.toUpperCase() },
          {
            key: 'fill', title: t('logistics.col.fill'), width: 200,
            render: (_, r) => (
              <div data-testid="container-fill" title={t(`logistics.binding.${r.binding}`)}>
                <Progress percent={Math.round(r.fillPct)} size="small" status={r.fillPct >= 85 ? 'success' : 'normal'} />
              </div>
            ),
          },
          { key: 'volume', title: 'm³', align: 'right', width: 80, render: (_, r) => format.number(r.volumeM3) },
          { key: 'weight', title: 'kg', align: 'right', width: 90, render: (_, r) => format.integer(r.weightKg) },
          { key: 'cost', title: t('logistics.col.cost'), align: 'right', width: 100, render: (_, r) => format.money(r.cost, overview.currency) },
          { key: 'suppliers', title: t('logistics.col.suppliers'), render: (_, r) => r.suppliers.join(', ') },
          { key: 'lines', title: t('logistics.col.lines'), align: 'right', width: 60, dataIndex: 'lines' },
        ]}
      />
    </div>
  );
}
