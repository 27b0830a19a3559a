import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Typography } from 'antd';
import type { ForecastOverrideRow } from '../../../shared/contract/schemas/forecast';
import { useFormat, useT } from '../../i18n/hooks';
import { unitLabel, type Frequency } from '../../i18n/forecast-frequency';

interface Props {
  overrides: ForecastOverrideRow[];
  frequency: Frequency;
  onRemove(id: number): Promise<void>;
}

/** The active overrides of a series: period, change, reason and who made it, each with a remove button. */
export function OverrideList({ overrides, frequency, onRemove }: Props) {
  const t = useT();
  const format = useFormat();
  if (overrides.length === 0) {
    return <Typography.Text type="secondary">{t('forecasts.override.none')}</Typography.Text>;
  }

  const change = (o: ForecastOverrideRow) =>
    o.kind === 'percent'
      ? t('forecasts.override.percent', { value: `${o.value > 0 ? '+' : ''}${format.number(o.value)}` })
      : t('forecasts.override.set', { value: format.number(o.value), unit: unitLabel(t, o.valuePer ?? frequency) });

  return (
    <ul data-testid="override-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
      {overrides.map((o) => (
        <li key={o.id} data-testid="override-item" style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong className="tabular">
              {t('common.dateRange', { from: format.date(o.fromDate), to: format.date(o.toDate) })} · {change(o)}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: o.reason }}>
              {o.reason}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('forecasts.override.by', { who: o.createdBy, date: format.dateTime(o.createdAt) })}
            </Typography.Text>
          </div>
          <Popconfirm title={t('forecasts.override.removeConfirm')} okText={t('forecasts.override.remove')} onConfirm={() => onRemove(o.id)}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('forecasts.override.remove')} />
          </Popconfirm>
        </li>
      ))}
    </ul>
  );
}
