import { Card, Collapse, Progress, Typography } from 'antd';
import type { PlanDrafts } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import { percent } from './plan-labels';

/** Budget against the plan's value, and what the budget cut with the service it costs. */
export function BudgetBar({ budget }: { budget: PlanDrafts['budget'] | null }) {
  const t = useT();
  const format = useFormat();
  if (!budget) return null;
  const limit = budget.budget;
  const over = limit !== null && budget.planValue > limit + 0.005;
  const text =
    limit === null
      ? t('plan.budget.none', { value: format.moneyWhole(budget.planValue) })
      : t('plan.budget.used', { value: format.moneyWhole(budget.planValue), budget: format.moneyWhole(limit) });
  return (
    <Card size="small" data-testid="budget-bar" style={{ marginBottom: 8, flex: 'none' }} styles={{ body: { padding: '8px 12px' } }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>{t('plan.budget')}</Typography.Text>
        {limit !== null && (
          <Progress
            style={{ flex: 1, margin: 0, maxWidth: 360 }}
            percent={Math.min(100, limit > 0 ? (budget.planValue / limit) * 100 : 100)}
            status={over ? 'exception' : 'normal'}
            showInfo={false}
            size="small"
          />
        )}
        <Typography.Text className="tabular" data-testid="budget-text">{text}</Typography.Text>
        {over && <Typography.Text type="danger">{t('plan.budget.over')}</Typography.Text>}
      </div>
      {budget.cutLines > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'cut',
              label: t('plan.budget.cut', { lines: budget.cutLines, value: format.moneyWhole(budget.cutValue) }),
              children: (
                <div data-testid="budget-cuts" style={{ display: 'grid', gap: 2, maxHeight: 140, overflow: 'auto', fontSize: 12 }}>
                  {budget.cut.map((c) => (
                    <Typography.Text key={c.lineId} className="tabular" style={{ fontSize: 12 }}>
                      {t(c.to === 0 ? 'plan.budget.delayed' : 'plan.budget.cutLine', {
                        sku: c.sku,
                        location: c.location,
                        from: format.number(c.from),
                        to: format.number(c.to),
                        value: format.moneyWhole(c.value),
                        before: percent(c.fillBefore),
                        after: percent(c.fillAfter),
                      })}
                    </Typography.Text>
                  ))}
                </div>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
