import { Tooltip, Typography } from 'antd';
import type { ForecastDetail, ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { useFormat, useT } from '../../i18n/hooks';
import { analogueReasonLabel, reasonFigures, reasonLabel } from './forecast-reason';
import { methodLabel } from './method-label';

const sectionTitle = { fontSize: 12, fontWeight: 600, display: 'block', margin: '8px 0 4px' } as const;

/** Why this method was chosen and, for a new product, the SKUs it was modelled on. */
export function ForecastExplanation({ row, detail }: { row: ForecastGridRow; detail: ForecastDetail }) {
  const { analogues, reason } = detail;
  const t = useT();
  const format = useFormat();
  return (
    <div data-testid="forecast-explanation">
      <Typography.Text style={sectionTitle}>{t('forecasts.detail.explanation')}</Typography.Text>
      <Typography.Paragraph style={{ margin: 0, fontSize: 12 }}>
        <Typography.Text code style={{ fontSize: 11 }}>
          {methodLabel(t, row.method)}
        </Typography.Text>{' '}
        {/* The pattern in words; the figures behind it (ADI, CV²) on hover. */}
        <Tooltip title={reasonFigures(t, format, reason)}>
          <span data-testid="forecast-reason">{reasonLabel(t, format, reason)}</span>
        </Tooltip>
      </Typography.Paragraph>
      {analogues.length > 0 && (
        <>
          <Typography.Text style={sectionTitle}>{t('forecasts.detail.analogues')}</Typography.Text>
          <ul data-testid="forecast-analogues" style={{ margin: 0, paddingInlineStart: 18, fontSize: 12 }}>
            {analogues.map((analogue) => (
              <li key={analogue.sku}>
                <Typography.Text strong style={{ fontSize: 12 }}>
                  {analogue.sku}
                </Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {analogue.reasons.map((raw) => analogueReasonLabel(t, raw)).join(t('forecasts.detail.listSeparator'))} · {t('forecasts.detail.scale', { scale: format.number(Math.round(analogue.scale * 100) / 100) })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
