import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { useExport } from '../../hooks/useExport';
import { useT } from '../../i18n/hooks';

/** A draft card's purchase order for its supplier and location: an XLSX written by the back end, then downloaded. */
export function DownloadPoButton({ planId, draft }: { planId: number; draft: SupplierDraftRow }) {
  const t = useT();
  const { busy, run } = useExport(
    () => getApi().planning.purchaseOrder({ planId, supplierId: draft.supplierId, locationId: draft.locationId, status: draft.status }),
    { done: (file) => t('plan.drafts.downloadPo.done', { file }), failed: t('plan.drafts.downloadPo.failed') },
  );
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
