import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, Segmented, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useFormat, useT } from '../../i18n/hooks';
import { unitLabel, type Frequency } from '../../i18n/forecast-frequency';
import type { OverrideDraft } from './override-input';
import { ReasonInput } from './ReasonInput';

interface Props {
  /** The forecast's bucket dates (last day of each bucket), in order. */
  dates: string[];
  frequency: Frequency;
  onAdd(draft: OverrideDraft): Promise<void>;
}

/** From/to bucket, percent or units, value and a required reason; server errors are shown in place. */
export function OverrideForm({ dates, frequency, onAdd }: Props) {
  const t = useT();
  const format = useFormat();
  const [fromDate, setFromDate] = useState(dates[0] ?? '');
  const [toDate, setToDate] = useState(dates[Math.min(3, dates.length - 1)] ?? '');
  const [kind, setKind] = useState<OverrideDraft['kind']>('percent');
  const [value, setValue] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy: saving, run } = useAction((error) => setProblem(errorLine(t, error)));

  const fromOptions = useMemo(() => dates.map((date) => ({ value: date, label: format.date(date) })), [dates, format]);
  const toOptions = useMemo(() => fromOptions.filter((option) => option.value >= fromDate), [fromOptions, fromDate]);

  const submit = async () => {
    if (value === null) return setProblem(t('forecasts.override.valueRequired'));
    if (!reason.trim()) return setProblem(t('forecasts.override.reasonRequired'));
    setProblem(null);
    await run(async () => {
      await onAdd({ fromDate, toDate: toDate < fromDate ? fromDate : toDate, kind, value, reason });
      setValue(null);
      setReason('');
    });
  };

  return (
    <div data-testid="override-form" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
      <Select
        size="small"
        prefix={<Typography.Text type="secondary">{t('forecasts.override.from')}</Typography.Text>}
        aria-label={t('forecasts.override.from')}
        value={fromDate}
        options={fromOptions}
        onChange={setFromDate}
      />
      <Select
        size="small"
        prefix={<Typography.Text type="secondary">{t('forecasts.override.to')}</Typography.Text>}
        aria-label={t('forecasts.override.to')}
        value={toDate < fromDate ? fromDate : toDate}
        options={toOptions}
        onChange={setToDate}
      />
      <Segmented<OverrideDraft['kind']>
        size="small"
        block
        aria-label={t('forecasts.override.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'percent', label: t('forecasts.override.kind.percent') },
          { value: 'set', label: t('forecasts.override.kind.set') },
        ]}
      />
      <InputNumber<number>
        size="small"
        style={{ width: '100%' }}
        aria-label={t('forecasts.override.value')}
        placeholder={t('forecasts.override.value')}
        value={value}
        onChange={setValue}
        min={kind === 'percent' ? -100 : 0}
        suffix={kind === 'percent' ? '%' : `/ ${unitLabel(t, frequency)}`}
      />
      <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 8 }}>
        <ReasonInput size="small" value={reason} onChange={setReason} onSubmit={() => void submit()} />
        <Button size="small" type="primary" icon={<PlusOutlined />} loading={saving} onClick={() => void submit()}>
          {t('forecasts.override.add')}
        </Button>
      </div>
      {problem && <Alert style={{ gridColumn: '1 / -1' }} type="error" showIcon title={problem} />}
    </div>
  );
}
