import type { PlanListItem } from '../../../shared/contract/schemas/planning';
import { Typography } from 'antd';
import { useFormat, useT } from '../../i18n/hooks';

/** One line under the header: what the plan covers, and what to check (no stock snapshot, no supplier). */
export function PlanSummary({ plan }: { plan: PlanListItem }) {
  const t = useT();
  const format = useFormat();
  const s = plan.summary;
  return (
    <div data-testid="plan-summary" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 8, fontSize: 13 }}>
      <Typography.Text className="tabular">
        {t('plan.summary', { date: format.date(plan.planDate), skus: s.skuLocations, lines: s.linesToOrder, units: format.number(s.units) })}
      </Typography.Text>
      {s.noSnapshot > 0 && <Typography.Text type="warning">{t('plan.summary.noSnapshot', { count: s.noSnapshot })}</Typography.Text>}
      {s.noSupplier > 0 && <Typography.Text type="secondary">{t('plan.summary.noSupplier', { count: s.noSupplier })}</Typography.Text>}
    </div>
  );
}
