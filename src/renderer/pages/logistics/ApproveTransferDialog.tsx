import { Alert, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { TransferDraftRow, TransferOrderRow } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useFormat, useT } from '../../i18n/hooks';
import { modeLabel, reasonText } from './logistics-text';

interface Props {
  draft: TransferDraftRow;
  planId: number | null;
  onApproved(order: TransferOrderRow): void;
  onClose(): void;
}

/** Approving a transfer draft: the quantity as proposed (or changed) and a note, stored as a transfer order. */
export function ApproveTransferDialog({ draft, planId, onApproved, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const [quantity, setQuantity] = useState<number | null>(draft.quantity);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useAction((error) => setProblem(errorLine(t, error)));
  const valid = quantity !== null && quantity > 0;

  const approve = () =>
    run(async () => {
      if (quantity === null) return;
      const order = await getApi().logistics.approveTransfer({
        productId: draft.productId, fromLocationId: draft.fromLocationId, toLocationId: draft.toLocationId, laneId: draft.laneId,
        mode: draft.mode, quantity, shipDate: draft.shipDate, arrivalDate: draft.arrivalDate,
        // The freight scales with the quantity when the user changes it (per-unit tariffs dominate a transfer).
        freightCost: Math.round(((draft.cost * quantity) / draft.quantity) * 100) / 100,
        planId, reason: draft.reason as Record<string, string | number | boolean | null>,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onApproved(order);
    });

  return (
    <Modal
      open
      title={t('logistics.transfers.approveTitle', { sku: draft.sku, from: draft.from, to: draft.to })}
      okText={t('logistics.transfers.approve')}
      okButtonProps={{ disabled: !valid, loading: busy, 'data-testid': 'approve-transfer-ok' }}
      onOk={() => void approve()}
      onCancel={onClose}
      destroyOnHidden
      width={480}
    >
      <div data-testid="approve-transfer-dialog" style={{ display: 'grid', gap: 8 }}>
        <Typography.Text type="secondary">{reasonText(t, format, draft.reason, draft.currency)}</Typography.Text>
        <Typography.Text>
          {modeLabel(t, draft.mode)} · {format.date(draft.shipDate)} → {format.date(draft.arrivalDate)} · {format.money(draft.cost, draft.currency)}
        </Typography.Text>
        <label>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('logistics.col.quantity')}</Typography.Text>
          <InputNumber min={1} value={quantity} onChange={(v) => setQuantity(v)} data-testid="approve-quantity" style={{ width: 160 }} />
        </label>
        <label>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('logistics.transfers.note')}</Typography.Text>
          <Input.TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="approve-note" />
        </label>
        {problem && <Alert type="error" showIcon title={problem} />}
      </div>
    </Modal>
  );
}
