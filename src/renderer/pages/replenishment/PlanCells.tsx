import { EditOutlined, LockFilled, UnlockOutlined } from '@ant-design/icons';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { Button, Tooltip } from 'antd';
import type { PlanLineRow } from '../../../shared/contract/schemas/planning';
import { useT } from '../../i18n/hooks';

/** What the grid hands its cells: the page's actions. */
export interface PlanGridContext {
  onLock(row: PlanLineRow, locked: boolean): void;
  readOnly: boolean;
}

/** The lock toggle: a locked line keeps its quantity through budget cuts and re-plans. */
export function LockCell(props: CustomCellRendererProps<PlanLineRow, boolean, PlanGridContext>) {
  const t = useT();
  const row = props.data;
  if (!row) return null;
  const label = row.locked ? t('plan.unlock') : t('plan.lock');
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        aria-label={`${label} ${row.sku}`}
        aria-pressed={row.locked}
        disabled={row.status === 'approved' || props.context.readOnly}
        data-testid="lock-toggle"
        icon={row.locked ? <LockFilled /> : <UnlockOutlined />}
        onClick={(event) => {
          event.stopPropagation();
          props.context.onLock(row, !row.locked);
        }}
      />
    </Tooltip>
  );
}

/** The order quantity, marked when the planner changed it. */
export function QuantityCell(props: CustomCellRendererProps<PlanLineRow, number>) {
  const t = useT();
  const row = props.data;
  if (!row) return null;
  return (
    <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
      {row.edited && (
        <Tooltip title={t('plan.editedFrom', { qty: row.suggestedQty })}>
          <EditOutlined data-testid="marker-edited" style={{ fontSize: 11, opacity: 0.7 }} />
        </Tooltip>
      )}
      {props.valueFormatted ?? props.value}
    </span>
  );
}
