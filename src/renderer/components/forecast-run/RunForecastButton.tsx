import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, InputNumber, Popover, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { frequencyLabel, unitLabel, type Frequency } from '../../i18n/forecast-frequency';
import { GlobalModelOption } from './GlobalModelOption';
import type { GlobalChoice } from '../../../shared/contract/schemas/forecast';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useStartJob } from '../../hooks/useStartJob';

const DEFAULT_HORIZON: Record<Frequency, number> = { day: 90, week: 26, month: 6 };
const label = { display: 'block', fontSize: 12, marginBottom: 2 } as const;

/** "Run forecast" with a small form: buckets, horizon, per location or in total; starts the job. */
interface Props {
  type?: 'default' | 'primary';
  placement?: 'bottomLeft' | 'bottomRight';
  disabled?: boolean;
}

export function RunForecastButton({ type = 'default', placement = 'bottomRight', disabled = false }: Props) {
  const t = useT();
  const running = useRunningJob('forecastRun');
  const [open, setOpen] = useState(false);
  const [frequency, setFrequency] = useState<Frequency>('week');
  const [horizon, setHorizon] = useState<number | null>(DEFAULT_HORIZON.week);
  const [locations, setLocations] = useState<'each' | 'total'>('each');
  const { starting, start: startJob } = useStartJob('forecastRun', t('forecasts.run.failed'));
  const [globalChoice, setGlobalChoice] = useState<GlobalChoice>('auto');
  const [openings, setOpenings] = useState(0);

  const start = () =>
    startJob(
      () => getApi().forecast.start({ frequency, horizon: horizon ?? DEFAULT_HORIZON[frequency], locations, global: globalChoice }),
      () => setOpen(false),
    );

  const form = (
    <div data-testid="run-forecast-form" style={{ display: 'grid', gap: 10, width: 280 }}>
      <div>
        <Typography.Text type="secondary" style={label}>{t('forecasts.run.frequency')}</Typography.Text>
        <Segmented<Frequency>
          block
          size="small"
          value={frequency}
          onChange={(next) => {
            setFrequency(next);
            setHorizon(DEFAULT_HORIZON[next]);
          }}
          options={(['day', 'week', 'month'] as const).map((value) => ({ value, label: frequencyLabel(t, value) }))}
        />
      </div>
      <div>
        <Typography.Text type="secondary" style={label}>{t('forecasts.run.horizon')}</Typography.Text>
        <InputNumber<number>
          size="small"
          min={1}
          max={400}
          precision={0}
          value={horizon}
          onChange={setHorizon}
          aria-label={t('forecasts.run.horizon')}
          suffix={unitLabel(t, frequency)}
          style={{ width: '100%' }}
        />
      </div>
      <div>
        <Typography.Text type="secondary" style={label}>{t('forecasts.run.locations')}</Typography.Text>
        <Segmented<'each' | 'total'>
          block
          size="small"
          value={locations}
          onChange={setLocations}
          options={[
            { value: 'each', label: t('forecasts.run.locations.each') },
            { value: 'total', label: t('forecasts.run.locations.total') },
          ]}
        />
      </div>
      <GlobalModelOption frequency={frequency} choice={globalChoice} onChoiceChange={setGlobalChoice} refreshKey={openings} />
      <Button type="primary" loading={starting} onClick={() => void start()}>
        {t('forecasts.run.start')}
      </Button>
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setOpenings((n) => n + 1);
      }}
      trigger="click"
      placement={placement}
      title={t('forecasts.run.title')}
      content={form}
    >
      <Button type={type} icon={<ThunderboltOutlined />} loading={Boolean(running)} disabled={disabled} data-testid="run-forecast">
        {t('forecasts.run')}
      </Button>
    </Popover>
  );
}
