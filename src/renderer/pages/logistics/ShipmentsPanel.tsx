import { Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { LogisticsOverview, ShipmentLineRow, ShipmentPoint } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { EChart } from '../../charts/EChart';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import { blockedBy } from './MissingInputs';
import { MODE_COLOURS, modeLabel, reasonText } from './logistics-text';
import { shipmentTimelineOption } from './shipment-timeline-option';
import { overviewKey, usePlanRows } from './usePlanRows';

const SHIPMENTS_PER_PAGE = 20;

/** Purchase drafts and open orders by lane: arrival on a timeline, freight, landed cost and why that mode. */
export function ShipmentsPanel({ overview }: { overview: LogisticsOverview }) {
  const t = useT();
  const format = useFormat();
  const shipments = usePlanRows(overview, 'shipments', SHIPMENTS_PER_PAGE, (offset, limit) => getApi().logistics.shipments({ offset, limit }));
  // Every shipment's dot, asked for only when this tab opens (56,000 at 50,000 SKUs).
  const points = useLoad<ShipmentPoint[]>(overview.shipmentCount > 0 ? `timeline:${overviewKey(overview)}` : null, () => getApi().logistics.shipmentTimeline());
  const option = useMemo(
    () => shipmentTimelineOption(t, format, points.value ?? [], overview.planDate, overview.currency),
    [t, format, points.value, overview.planDate, overview.currency],
  );
  if (overview.shipmentCount === 0) return <Typography.Text type="secondary" data-testid="shipments-empty">{t(blockedBy(overview) ? 'logistics.missing.title' : 'logistics.shipments.none')}</Typography.Text>;
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div data-testid="shipment-timeline">
        {points.value ? <EChart option={option} height={300} ariaLabel={t('logistics.shipments.chart')} /> : <Skeleton active paragraph={{ rows: 6 }} />}
      </div>
      <Table<ShipmentLineRow>
        size="small"
        data-testid="shipments"
        rowKey={(r) => `${r.source}:${r.planLineId ?? r.poLineId}:${r.part}:${r.laneId}`}
        dataSource={shipments.rows}
        loading={shipments.status === 'loading'}
        pagination={{ current: shipments.page, pageSize: SHIPMENTS_PER_PAGE, total: shipments.total, onChange: shipments.setPage, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'sku', title: t('logistics.col.sku'), dataIndex: 'sku', width: 110 },
          { key: 'supplier', title: t('logistics.col.supplier'), dataIndex: 'supplier', width: 100 },
          { key: 'to', title: t('logistics.col.to'), dataIndex: 'to', width: 70 },
          { key: 'source', title: t('logistics.col.po'), width: 110, render: (_, r) => r.poNumber ?? t(`logistics.source.${r.source}`) },
          { key: 'mode', title: t('logistics.col.mode'), width: 80, render: (_, r) => <Tag color={MODE_COLOURS[r.mode]}>{modeLabel(t, r.mode)}</Tag> },
          { key: 'part', title: t('logistics.col.part'), width: 90, render: (_, r) => t(`logistics.part.${r.part}`) },
          { key: 'qty', title: t('logistics.col.quantity'), align: 'right', width: 80, render: (_, r) => format.integer(r.quantity) },
          { key: 'arrive', title: t('logistics.col.arrivalDate'), width: 100, render: (_, r) => format.date(r.arrivalDate) },
          { key: 'freight', title: t('logistics.col.freight'), align: 'right', width: 100, render: (_, r) => format.money(r.freightCost, r.currency) },
          { key: 'landed', title: t('logistics.col.landed'), align: 'right', width: 110, render: (_, r) => format.money(r.landedUnitCost, r.currency) },
          { key: 'container', title: t('logistics.col.container'), width: 90, dataIndex: 'containerId' },
          { key: 'why', title: t('logistics.col.reason'), render: (_, r) => <Typography.Text style={{ fontSize: 12 }}>{reasonText(t, format, r.reason, r.currency)}</Typography.Text> },
        ]}
      />
    </div>
  );
}
