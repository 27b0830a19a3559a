import type { PlanListItem } from '../../../shared/contract/schemas/planning';
import { Alert, Space, Typography } from 'antd';
import { ImportLinkButton } from '../../components/ImportLinkButton';
import { useFormat, useT } from '../../i18n/hooks';
import { missingInputLines } from './missing-inputs';

/**
 * One line under the header: what the plan covers; and, when SKUs lack a stock snapshot or supplier
 * terms, what is missing and a button to import it — a plan without its inputs never reads as
 * "nothing to order".
 */
export function PlanSummary({ plan }: { plan: PlanListItem }) {
  const t = useT();
  const format = useFormat();
  const s = plan.summary;
  const missing = missingInputLines(s);
  return (
    <div data-testid="plan-summary" style={{ display: 'grid', gap: 8, marginBottom: 8, fontSize: 13 }}>
      <Typography.Text className="tabular">
        {t('plan.summary', { date: format.date(plan.planDate), skus: s.skuLocations, lines: s.linesToOrder, units: format.number(s.units) })}
      </Typography.Text>
      {missing.lines.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="plan-missing-inputs"
          title={t('plan.missing.title')}
          description={
            <div style={{ display: 'grid', gap: 6 }}>
              {missing.lines.map((line) => (
                <div key={line.key} data-testid={`plan-missing-${line.key}`}>
                  {t(line.message, { count: format.number(line.count) })}
                </div>
              ))}
              <Space size={8} wrap>
                {missing.imports.map((kind, i) => (
                  <ImportLinkButton key={kind} kind={kind} primary={i === 0} />
                ))}
              </Space>
            </div>
          }
        />
      )}
    </div>
  );
}
