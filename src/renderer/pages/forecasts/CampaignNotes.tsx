import { Typography } from 'antd';
import type { ForecastDetail } from '../../../shared/contract/schemas/forecast';
import { useFormat, useT } from '../../i18n/hooks';

/** The recommendation campaigns and the launch audience this SKU's forecast includes, in words. */
export function CampaignNotes({ detail }: { detail: ForecastDetail }) {
  const t = useT();
  const format = useFormat();
  if (detail.campaigns.length === 0 && !detail.launchSignal) return null;
  const one = (v: number) => format.number(Math.round(v * 10) / 10);
  return (
    <div data-testid="forecast-campaigns" style={{ fontSize: 12, marginTop: 6 }}>
      {detail.campaigns.length > 0 && <Typography.Text strong style={{ fontSize: 12 }}>{t('forecasts.campaigns.title')}</Typography.Text>}
      {detail.campaigns.map((c) => (
        <div key={c.id}>{t('forecasts.campaigns.line', { name: c.name, date: format.date(c.startDate), units: one(c.expectedUnits), buyers: one(c.expectedBuyers) })}</div>
      ))}
      {detail.launchSignal && (
        <div data-testid="forecast-launch-signal">
          {t('forecasts.launchSignal', { buyers: one(detail.launchSignal.expectedBuyers), audience: format.integer(detail.launchSignal.audienceSize), date: format.date(detail.launchSignal.asOf) })}
        </div>
      )}
    </div>
  );
}
