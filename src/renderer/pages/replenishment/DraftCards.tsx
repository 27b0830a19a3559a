import { CheckCircleFilled, CheckOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Popconfirm, Tag, Typography, theme } from 'antd';
import type { SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { useFormat, useT } from '../../i18n/hooks';
import { DownloadPoButton } from './DownloadPoButton';
import { DraftContainer } from './DraftContainer';

/** A draft is one supplier shipping to one location. */
export interface DraftKey {
  supplierId: number;
  locationId: number;
}

interface Props {
  planId: number;
  drafts: SupplierDraftRow[] | null;
  selected: DraftKey | null;
  /** An archived plan: nothing to approve. */
  readOnly: boolean;
  onSelect(draft: DraftKey | null): void;
  onApprove(draft: SupplierDraftRow): Promise<void>;
}

/** One card per supplier and ship-to location: totals, container fill, the supplier minimum met or not, Download PO and Approve. */
export function DraftCards({ planId, drafts, selected, readOnly, onSelect, onApprove }: Props) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  if (!drafts || drafts.length === 0) return null;
  const isSelected = (d: DraftKey) => selected !== null && selected.supplierId === d.supplierId && selected.locationId === d.locationId;
  return (
    <div data-testid="draft-cards" role="list" aria-label={t('plan.drafts')} style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 6, marginBottom: 8, flex: 'none' }}>
      <Card
        size="small"
        role="listitem"
        hoverable
        onClick={() => onSelect(null)}
        style={{ flex: 'none', width: 120, borderColor: selected === null ? token.colorPrimary : undefined }}
        styles={{ body: { padding: 10 } }}
      >
        <Typography.Text strong>{t('plan.drafts.all')}</Typography.Text>
        <div style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{t('plan.drafts.count', { count: drafts.filter((d) => d.status === 'draft').length })}</Typography.Text>
        </div>
      </Card>
      {drafts.map((draft) => {
        const minimum =
          draft.minOrderValueMet === null ? null : draft.minOrderValueMet ? (
            <Tag color="success" icon={<CheckCircleFilled />} data-testid="minimum-met" style={{ marginInlineEnd: 0 }}>{t('plan.drafts.minMet', { value: format.moneyWhole(draft.minOrderValue, draft.currency) })}</Tag>
          ) : (
            <Tag color="warning" icon={<WarningFilled />} data-testid="minimum-not-met" style={{ marginInlineEnd: 0 }}>{t('plan.drafts.minNotMet', { value: format.moneyWhole(draft.minOrderValue, draft.currency) })}</Tag>
          );
        return (
          <Card
            key={`${draft.status}:${draft.supplierId}:${draft.locationId}`}
            size="small"
            role="listitem"
            aria-label={`${draft.supplier} ${draft.location}`}
            data-testid="draft-card"
            data-supplier={draft.supplier}
            data-location={draft.location}
            data-status={draft.status}
            hoverable
            onClick={() => onSelect({ supplierId: draft.supplierId, locationId: draft.locationId })}
            style={{ flex: 'none', width: 270, borderColor: isSelected(draft) ? token.colorPrimary : undefined, opacity: draft.status === 'approved' ? 0.75 : 1 }}
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
      })}
    </div>
  );
}
