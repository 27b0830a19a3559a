import { Select } from 'antd';
import { useMemo } from 'react';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import { useFormat, useT } from '../../i18n/hooks';
import { runLabel } from './forecast-labels';

interface Props {
  runs: ForecastRun[];
  value: number | undefined;
  onChange(runId: number): void;
}

/** The stored runs, newest first: when, buckets, horizon, series and seconds. */
export function RunSelector({ runs, value, onChange }: Props) {
  const t = useT();
  const format = useFormat();
  const options = useMemo(() => runs.map((run) => ({ value: run.id, label: runLabel(t, format, run) })), [runs, t, format]);
  return (
    <Select
      data-testid="run-selector"
      aria-label={t('forecasts.run.select')}
      value={value}
      options={options}
      onChange={onChange}
      style={{ width: 500 }}
      popupMatchSelectWidth={false}
    />
  );
}
