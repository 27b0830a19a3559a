import { Alert, Button, Space } from 'antd';
import type { LogisticsOverview } from '../../../shared/contract/schemas/logistics';
import { navigate } from '../../hooks/route';
import { useT } from '../../i18n/hooks';

/** What the workspace lacks for logistics, each with what to import or run: never an empty, reassuring page. */
export function MissingInputs({ overview }: { overview: LogisticsOverview }) {
  const t = useT();
  if (overview.missing.length === 0) return null;
  return (
    <div data-testid="logistics-missing" style={{ marginBottom: 12 }}>
      <Alert
        type="warning"
        showIcon
        title={t('logistics.missing.title')}
        description={
          <Space orientation="vertical" size={4}>
            {overview.missing.map((m) => (
              <span key={m} data-testid={`missing-${m}`}>
                {m === 'warehouses' ? t('logistics.missing.warehouses', { count: overview.warehouses }) : t(`logistics.missing.${m}`)}{' '}
                {m === 'plan' ? (
                  <Button size="small" type="link" onClick={() => navigate('replenishment')}>{t('logistics.missing.openReplenishment')}</Button>
                ) : (
                  <Button size="small" type="link" onClick={() => navigate('data')}>{t('logistics.missing.openData')}</Button>
                )}
              </span>
            ))}
          </Space>
        }
      />
    </div>
  );
}

/** Whether the plan-based parts (drafts, shipments, containers) lack an input: they then say so, never "nothing to do". */
export function blockedBy(overview: LogisticsOverview): boolean {
  return overview.missing.includes('plan') || overview.missing.includes('lanes');
}
