import { CheckCircleFilled, CheckOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Popconfirm, Tag, Typography, theme } from 'antd';
import type { SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import { DownloadPoButton } from './DownloadPoButton';
import { DraftContainer } from './DraftContainer';

interface Props {
  planId: number;
  draft: SupplierDraftRow;
  selected: boolean;
  readOnly: boolean;
  onSelect(): void;
  onApprove(draft: SupplierDraftRow): Promise<void>;
}

/** One supplier shipping to one location: totals, container fill, the supplier minimum met or not, Download PO and Approve. */
export function DraftCard({ planId, draft, selected, readOnly, onSelect, onApprove }: Props) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const minimum =
    draft.minOrderValueMet === null ? null : draft.minOrderValueMet ? (
      <Tag color="success" icon={<CheckCircleFilled />} data-testid="minimum-met" style={{ marginInlineEnd: 0 }}>{t('plan.drafts.minMet', { value: format.moneyWhole(draft.minOrderValue, draft.currency) })}</Tag>
    ) : (
      <Tag color="warning" icon={<WarningFilled />} data-testid="minimum-not-met" style={{ marginInlineEnd: 0 }}>{t('plan.drafts.minNotMet', { value: format.moneyWhole(draft.minOrderValue, draft.currency) })}</Tag>
    );
  return (
    <Card
      size="small"
      role="listitem"
      aria-label={`${draft.supplier} ${draft.location}`}
      data-testid="draft-card"
      data-supplier={draft.supplier}
      data-location={draft.location}
      data-status={draft.status}
      hoverable
      onClick={onSelect}
      style={{ flex: 'none', width: 270, borderColor: selected ? token.colorPrimary : undefined, opacity: draft.status === 'approved' ? 0.75 : 1 }}
      styles={{ body: { padding: '8px 10px', display: 'grid', gap: 2 } }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, minWidth: 0 }}>
        <Typography.Text strong>{draft.supplier}</Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{draft.location}</Tag>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, minWidth: 0, flex: 1 }} title={draft.supplierName}>{draft.supplierName}</Typography.Text>
      </div>
      <div className="tabular" style={{ display: 'flex', alignItems: 'baseline', gap: 6, fontSize: 12 }}>
        <span data-testid="draft-value" style={{ fontSize: 15, fontWeight: 600 }}>{format.money(draft.value, draft.currency)}</span>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>{t('plan.drafts.lines', { lines: draft.lines, units: format.number(draft.units) })}</Typography.Text>
      </div>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
        {t('plan.drafts.dates', { order: format.date(draft.orderDate), arrival: format.date(draft.expectedArrival) })}
        {draft.moqRaised > 0 && ` · ${t('plan.drafts.moqRaised', { count: draft.moqRaised })}`}
        {draft.capped > 0 && ` · ${t('plan.drafts.capped', { count: draft.capped })}`}
      </Typography.Text>
      {draft.container && <DraftContainer container={draft.container} />}
      <div style={{ display: 'flex', gap: 4, alignItems: 'center', marginTop: 2 }}>
        {/* The minimum gives way to the buttons on a narrow card. */}
        <div style={{ minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap' }}>{minimum}</div>
        <div style={{ flex: 1 }} />
        <DownloadPoButton planId={planId} draft={draft} />
        {draft.status === 'approved' ? (
          <Tag color="blue" icon={<CheckOutlined />} data-testid="draft-po-number">
            {draft.poNumbers.length > 0 ? t('plan.drafts.approvedAs', { po: draft.poNumbers.join(', ') }) : t('plan.drafts.approved')}
          </Tag>
        ) : readOnly ? null : (
          <Popconfirm
            title={t('plan.approve.confirm', { supplier: draft.supplier, location: draft.location })}
            description={t('plan.approve.confirmHint')}
            okText={t('plan.approve')}
            cancelText={t('plan.cancel')}
            onConfirm={() => onApprove(draft)}
            onPopupClick={(event) => event.stopPropagation()}
          >
            <Button size="small" type="primary" onClick={(event) => event.stopPropagation()}>
              {t('plan.approve')}
            </Button>
          </Popconfirm>
        )}
      </div>
    </Card>
  );
}
