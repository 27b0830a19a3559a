import { ExperimentOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, InputNumber, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useStartJob } from '../../hooks/useStartJob';

const PERIODS = [91, 182, 365] as const;
const label = { display: 'block', fontSize: 12, marginBottom: 2 } as const;

/** What to replay: the period, SupplyDesk's target, the merchant's min/max cover days, and whether to draw the curve. */
export function SimulationForm() {
  const t = useT();
  const running = useRunningJob('simulation');
  const [days, setDays] = useState<number>(365);
  const [service, setService] = useState<number | null>(95);
  const [minDays, setMinDays] = useState<number | null>(14);
  const [maxDays, setMaxDays] = useState<number | null>(45);
  const [curve, setCurve] = useState(true);
  const { starting, start: startJob } = useStartJob('simulation', t('job.failed.simulation'));

  const start = () =>
    startJob(() =>
      getApi().planning.simulate({
        days,
        curve,
        ...(service !== null ? { serviceLevel: service / 100 } : {}),
        ...(minDays !== null ? { minCoverDays: minDays } : {}),
        ...(maxDays !== null ? { maxCoverDays: maxDays } : {}),
      }),
    );

  return (
    <Card size="small" data-testid="simulation-form" style={{ flex: 'none', marginBottom: 12 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end' }}>
        <div>
          <Typography.Text type="secondary" style={label}>{t('sim.period')}</Typography.Text>
          <Segmented<number>
            size="small"
            value={days}
            onChange={setDays}
            options={PERIODS.map((value) => ({ value, label: t(value === 91 ? 'sim.period.3m' : value === 182 ? 'sim.period.6m' : 'sim.period.12m') }))}
          />
        </div>
        <div>
          <Typography.Text type="secondary" style={label}>{t('sim.target')}</Typography.Text>
          <InputNumber<number> size="small" min={50} max={99.9} step={0.5} precision={1} suffix="%" value={service} onChange={setService} aria-label={t('sim.target')} style={{ width: 100 }} />
        </div>
        <div>
          <Typography.Text type="secondary" style={label}>{t('sim.minMax')}</Typography.Text>
          <InputNumber<number> size="small" min={0} max={365} precision={0} value={minDays} onChange={setMinDays} aria-label={t('sim.minDays')} style={{ width: 70 }} />
          {' – '}
          <InputNumber<number> size="small" min={0} max={730} precision={0} value={maxDays} onChange={setMaxDays} aria-label={t('sim.maxDays')} style={{ width: 70 }} />
          <Typography.Text type="secondary" style={{ marginLeft: 4, fontSize: 12 }}>{t('sim.days')}</Typography.Text>
        </div>
        <Checkbox checked={curve} onChange={(event) => setCurve(event.target.checked)}>{t('sim.curve.include')}</Checkbox>
        <Button type="primary" icon={<ExperimentOutlined />} loading={starting || Boolean(running)} onClick={() => void start()} data-testid="run-simulation">
          {t('sim.run')}
        </Button>
        <RunningJobProgress kind="simulation" width={220} testId="simulation-progress" />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 8 }}>{t('sim.hint')}</Typography.Text>
    </Card>
  );
}
