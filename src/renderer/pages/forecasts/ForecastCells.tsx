import { EditOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Tag, Tooltip, theme } from 'antd';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { useT } from '../../i18n/hooks';
import type { Translate } from '../../i18n/translate';

/** The flags as text, so the column filter and quick search find "Overridden" or "New". */
export function flagsText(t: Translate, row: Pick<ForecastGridRow, 'overridden' | 'coldStart'>): string {
  const flags: string[] = [];
  if (row.overridden) flags.push(t('forecasts.flag.overridden'));
  if (row.coldStart) flags.push(t('forecasts.flag.coldStart'));
  return flags.join(' ');
}

const tagStyle = { marginInlineEnd: 4, paddingInline: 4, fontSize: 11, lineHeight: '16px' };

/** Small tags: an overridden forecast and a cold-start (new product) forecast are seen at a glance. */
export function FlagsCell({ data }: CustomCellRendererProps<ForecastGridRow>) {
  const t = useT();
  if (!data) return null;
  return (
    <span data-testid="forecast-flags">
      {data.overridden && (
        <Tooltip title={t('forecasts.flag.overridden')}>
          <Tag color="orange" icon={<EditOutlined />} style={tagStyle} data-testid="flag-overridden">
            {t('forecasts.flag.overridden')}
          </Tag>
        </Tooltip>
      )}
      {data.coldStart && (
        <Tooltip title={t('forecasts.summary.coldStart')}>
          <Tag color="blue" icon={<ExperimentOutlined />} style={tagStyle} data-testid="flag-cold-start">
            {t('forecasts.flag.coldStart')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** The SKU with a marker for an overridden and for a cold-start forecast, so they are seen in the first column. */
export function SkuCell({ data, value }: CustomCellRendererProps<ForecastGridRow>) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{String(value ?? '')}</span>
      {data?.overridden && (
        <Tooltip title={t('forecasts.flag.overridden')}>
          <EditOutlined data-testid="marker-overridden" aria-label={t('forecasts.flag.overridden')} style={{ color: token.colorWarning }} />
        </Tooltip>
      )}
      {data?.coldStart && (
        <Tooltip title={t('forecasts.summary.coldStart')}>
          <ExperimentOutlined data-testid="marker-cold-start" aria-label={t('forecasts.flag.coldStart')} style={{ color: token.colorPrimary }} />
        </Tooltip>
      )}
    </span>
  );
}
