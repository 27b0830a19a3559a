import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import { deliverExport } from '../../api/files';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';

/** A draft card's purchase order for its supplier and location: an XLSX written by the back end, then downloaded. */
export function DownloadPoButton({ planId, draft }: { planId: number; draft: SupplierDraftRow }) {
  const t = useT();
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await getApi().planning.purchaseOrder({ planId, supplierId: draft.supplierId, locationId: draft.locationId, status: draft.status });
      const where = await deliverExport(file);
      void message.success(t('plan.drafts.downloadPo.done', { file: where }));
    } catch (error) {
      const text = describeError(t, toErrorShape(error));
      notification.error({ title: t('plan.drafts.downloadPo.failed'), description: `${text.message} ${text.next}` });
    } finally {
      setBusy(false);
    }
  };
  // An icon beside Approve keeps the card one row shorter; the name is its label and tooltip.
  return (
    <Tooltip title={t('plan.drafts.downloadPo')}>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={busy}
        aria-label={t('plan.drafts.downloadPo')}
        data-testid="download-po"
        onClick={(event) => {
          event.stopPropagation();
          void run();
        }}
      />
    </Tooltip>
  );
}
