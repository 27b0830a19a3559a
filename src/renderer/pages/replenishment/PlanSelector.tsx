import { Select } from 'antd';
import type { PlanListItem } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import { planStatusLabel } from './plan-labels';

/** Which saved plan is shown: newest first, with its date and status. */
export function PlanSelector({ plans, value, onChange }: { plans: PlanListItem[]; value: number | undefined; onChange(planId: number): void }) {
  const t = useT();
  const format = useFormat();
  return (
    <Select<number>
      size="middle"
      data-testid="plan-selector"
      aria-label={t('plan.selector')}
      value={value}
      onChange={onChange}
      style={{ width: 250 }}
      options={plans.map((plan) => ({
        value: plan.id,
        label: t('plan.selector.item', {
          id: plan.id,
          date: format.dateTime(plan.createdAt),
          status: planStatusLabel(t, plan.status),
        }),
      }))}
    />
  );
}
