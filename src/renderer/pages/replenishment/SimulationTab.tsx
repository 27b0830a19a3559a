import { Alert, Card, Empty, Select, Spin } from 'antd';
import { useState } from 'react';
import type { SimulationRow } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { percent } from './plan-labels';
import { ServiceCurveChart } from './ServiceCurveChart';
import { SimulationForm } from './SimulationForm';
import { SimulationResults } from './SimulationResults';
import { useLoad } from '../../hooks/useLoad';

/** The A/B test of policies: run a replay, then compare the policies and see the service-vs-inventory curve. */
export function SimulationTab() {
  const t = useT();
  const format = useFormat();
  const simulations = useLoad<SimulationRow[]>('simulations', () => getApi().planning.simulations(), 'simulation');
  const [chosen, setChosen] = useState<number | null>(null);
  const list = simulations.value ?? [];
  // A finished run is the newest: show it unless an older one was picked since.
  const shown = list.find((s) => s.id === chosen) ?? list[0];

  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <SimulationForm />
      {simulations.error && <Alert type="error" showIcon title={t('sim.loadFailed')} description={describeError(t, simulations.error).message} />}
      {simulations.status === 'loading' && !simulations.value && <Spin />}
      {simulations.status === 'ready' && list.length === 0 && <Empty description={t('sim.empty')} />}
      {shown && (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(360px, 1fr) minmax(360px, 1fr)', gap: 12 }}>
          <Card
            size="small"
            title={t('sim.comparison')}
            extra={
              <Select<number>
                size="small"
                aria-label={t('sim.selector')}
                value={shown.id}
                onChange={setChosen}
                style={{ width: 260 }}
                options={list.map((s) => ({
                  value: s.id,
                  label: t('sim.selector.item', { date: format.dateTime(s.createdAt), from: format.date(s.settings.from), to: format.date(s.settings.to), target: percent(s.settings.serviceLevel) }),
                }))}
              />
            }
          >
            <SimulationResults simulation={shown} />
          </Card>
          <Card size="small" title={t('sim.curve')}>
            {shown.results.curve.length > 0 ? <ServiceCurveChart simulation={shown} /> : <Empty description={t('sim.curve.none')} />}
          </Card>
        </div>
      )}
    </div>
  );
}
