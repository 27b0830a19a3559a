import { Table, Typography } from 'antd';
import type { SimulationRow } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { percent } from './plan-labels';

type Result = SimulationRow['results']['current'];

interface Metric {
  key: string;
  label: MessageKey;
  value(r: Result): number;
  show(value: number): string;
  /** Which direction is better, to mark the winner. */
  better: 'higher' | 'lower';
}

/** The two policies side by side: service, stock-outs, inventory, orders and cost, the better one marked. */
export function SimulationResults({ simulation }: { simulation: SimulationRow }) {
  const t = useT();
  const format = useFormat();
  const money = (value: number) => format.moneyWhole(value);
  const metrics: Metric[] = [
    { key: 'fill', label: 'sim.fillRate', value: (r) => r.fillRate, show: (v) => percent(v), better: 'higher' },
    { key: 'cycle', label: 'sim.cycleService', value: (r) => r.cycleServiceLevel, show: (v) => percent(v), better: 'higher' },
    { key: 'stockout', label: 'sim.stockoutDays', value: (r) => r.stockoutDays, show: (v) => format.integer(v), better: 'lower' },
    { key: 'inventory', label: 'sim.avgInventory', value: (r) => r.avgInventoryValue, show: money, better: 'lower' },
    { key: 'orders', label: 'sim.orders', value: (r) => r.orders, show: (v) => format.integer(v), better: 'lower' },
    { key: 'cost', label: 'sim.totalCost', value: (r) => r.totalCost, show: money, better: 'lower' },
    { key: 'holding', label: 'sim.holding', value: (r) => r.holdingCost, show: money, better: 'lower' },
    { key: 'ordering', label: 'sim.ordering', value: (r) => r.orderingCost, show: money, better: 'lower' },
    { key: 'lost', label: 'sim.lostMargin', value: (r) => r.lostMargin, show: money, better: 'lower' },
  ];
  const { current, supplydesk } = simulation.results;
  const cell = (m: Metric, mine: Result, other: Result) => {
    const a = m.value(mine);
    const b = m.value(other);
    const wins = m.better === 'higher' ? a > b : a < b;
    return (
      <Typography.Text className="tabular" strong={wins} type={wins ? 'success' : undefined}>
        {m.show(a)}
      </Typography.Text>
    );
  };
  const s = simulation.settings;
  return (
    <div data-testid="simulation-results">
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 6 }}>
        {t('sim.about', {
          from: format.date(s.from),
          to: format.date(s.to),
          skus: simulation.results.skuLocations,
          target: percent(s.serviceLevel),
          min: s.minCoverDays,
          max: s.maxCoverDays,
        })}
      </Typography.Text>
      <Table<Metric>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={metrics}
        columns={[
          { key: 'metric', title: t('sim.metric'), render: (_, m) => t(m.label) },
          { key: 'current', title: t('sim.policy.current'), align: 'right', render: (_, m) => cell(m, current, supplydesk) },
          { key: 'supplydesk', title: t('sim.policy.supplydesk'), align: 'right', render: (_, m) => cell(m, supplydesk, current) },
        ]}
      />
    </div>
  );
}
