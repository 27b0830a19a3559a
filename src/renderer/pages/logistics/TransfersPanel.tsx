import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { LogisticsOverview, TransferDraftRow, TransferOrderRow } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { useAction } from '../../hooks/useAction';
import type { Loaded } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import { ApproveTransferDialog } from './ApproveTransferDialog';
import { MODE_COLOURS, modeLabel, reasonText } from './logistics-text';
import { blockedBy } from './MissingInputs';
import { usePlanRows } from './usePlanRows';

const DRAFTS_PER_PAGE = 10;
const STATUS_COLOURS: Record<TransferOrderRow['status'], string> = { open: 'blue', in_transit: 'processing', partial: 'orange', received: 'green', cancelled: 'default' };

interface Props {
  overview: LogisticsOverview;
  orders: Loaded<TransferOrderRow[]>;
  /** After an approval, receipt or cancel: plan again (the positions moved). */
  onChanged(): void;
}

/** Transfer drafts to approve, and the transfer orders already approved with their status. */
export function TransfersPanel({ overview, orders, onChanged }: Props) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const [approving, setApproving] = useState<TransferDraftRow | null>(null);
  const action = useAction(t('logistics.transfers.actionFailed'));
  const drafts = usePlanRows(overview, 'transfers', DRAFTS_PER_PAGE, (offset, limit) => getApi().logistics.transfers({ offset, limit }));
  const draftKey = (d: TransferDraftRow) => `${d.productId}:${d.fromLocationId}:${d.toLocationId}`;
  const change = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work();
      orders.reload();
      onChanged();
    });

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <section>
        <Typography.Title level={5}>{t('logistics.transfers.drafts')}</Typography.Title>
        {overview.warehouses < 2 ? (
          <Typography.Text type="secondary">{t('logistics.transfers.noWarehouses')}</Typography.Text>
        ) : (
          <Table<TransferDraftRow>
            size="small"
            data-testid="transfer-drafts"
            rowKey={draftKey}
            dataSource={drafts.rows}
            loading={drafts.status === 'loading'}
            pagination={{ current: drafts.page, pageSize: DRAFTS_PER_PAGE, total: drafts.total, onChange: drafts.setPage, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: blockedBy(overview) ? t('logistics.missing.title') : t('logistics.transfers.none') }}
            onRow={(row) => ({ 'data-testid': 'transfer-draft', 'data-sku': row.sku }) as object}
            columns={[
              { key: 'sku', title: t('logistics.col.sku'), dataIndex: 'sku', width: 120 },
              { key: 'from', title: t('logistics.col.from'), dataIndex: 'from', width: 80 },
              { key: 'to', title: t('logistics.col.to'), dataIndex: 'to', width: 80 },
              { key: 'mode', title: t('logistics.col.mode'), width: 80, render: (_, r) => <Tag color={MODE_COLOURS[r.mode]}>{modeLabel(t, r.mode)}</Tag> },
              { key: 'qty', title: t('logistics.col.quantity'), align: 'right', width: 90, render: (_, r) => format.integer(r.quantity) },
              { key: 'ship', title: t('logistics.col.shipDate'), width: 110, render: (_, r) => format.date(r.shipDate) },
              { key: 'arrive', title: t('logistics.col.arrivalDate'), width: 110, render: (_, r) => format.date(r.arrivalDate) },
              { key: 'cost', title: t('logistics.col.cost'), align: 'right', width: 110, render: (_, r) => format.money(r.cost, r.currency) },
              { key: 'why', title: t('logistics.col.reason'), render: (_, r) => <Typography.Text style={{ fontSize: 12 }}>{reasonText(t, format, r.reason, r.currency)}</Typography.Text> },
              {
                key: 'approve', width: 100,
                render: (_, r) => <Button size="small" type="primary" data-testid="approve-transfer" onClick={() => setApproving(r)}>{t('logistics.transfers.approve')}</Button>,
              },
            ]}
          />
        )}
      </section>
      <section>
        <Typography.Title level={5}>{t('logistics.transfers.orders')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('logistics.transfers.closeHint')}</Typography.Paragraph>
        <Table<TransferOrderRow>
          size="small"
          data-testid="transfer-orders"
          rowKey="id"
          loading={orders.status === 'loading' && !orders.value}
          dataSource={orders.value ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('logistics.transfers.noOrders') }}
          onRow={(row) => ({ 'data-testid': 'transfer-order', 'data-number': row.transferNumber, 'data-status': row.status }) as object}
          columns={[
            { key: 'number', title: t('logistics.col.number'), dataIndex: 'transferNumber', width: 110 },
            { key: 'sku', title: t('logistics.col.sku'), dataIndex: 'sku', width: 120 },
            { key: 'from', title: t('logistics.col.from'), dataIndex: 'fromLocation', width: 80 },
            { key: 'to', title: t('logistics.col.to'), dataIndex: 'toLocation', width: 80 },
            { key: 'qty', title: t('logistics.col.quantity'), align: 'right', width: 90, render: (_, r) => format.integer(r.quantity) },
            { key: 'ship', title: t('logistics.col.shipDate'), width: 110, render: (_, r) => format.date(r.shipDate) },
            { key: 'arrive', title: t('logistics.col.arrivalDate'), width: 110, render: (_, r) => format.date(r.receivedDate ?? r.arrivalDate) },
            { key: 'status', title: t('logistics.col.status'), width: 110, render: (_, r) => <Tag color={STATUS_COLOURS[r.status]} data-testid="transfer-status">{t(`logistics.status.${r.status}`)}</Tag> },
            { key: 'note', title: t('logistics.col.reason'), render: (_, r) => <Typography.Text style={{ fontSize: 12 }}>{typeof r.reason.note === 'string' ? r.reason.note : ''}</Typography.Text> },
            {
              key: 'actions', width: 180,
              render: (_, r) =>
                r.status === 'received' || r.status === 'cancelled' ? null : (
                  <Space size={4}>
                    <Button size="small" data-testid="receive-transfer" loading={action.busy} onClick={() => void change(() => getApi().logistics.receiveTransfer({ id: r.id }))}>
                      {t('logistics.transfers.receive')}
                    </Button>
                    {r.received === 0 && (
                      <Popconfirm title={t('logistics.transfers.cancelConfirm')} onConfirm={() => void change(() => getApi().logistics.cancelTransfer({ id: r.id }))}>
                        <Button size="small" danger data-testid="cancel-transfer">{t('logistics.transfers.cancel')}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </section>
      {approving && (
        <ApproveTransferDialog
          draft={approving}
          planId={overview.planId}
          onClose={() => setApproving(null)}
          onApproved={(order) => {
            setApproving(null);
            void message.success(t('logistics.transfers.approved', { number: order.transferNumber, quantity: format.integer(order.quantity), to: order.toLocation }));
            orders.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
