import { Collapse, Descriptions, Tag, Typography } from 'antd';
import { LoadState } from '../../components/LoadState';
import { SidePanel, SkuTitle } from '../../components/SidePanel';
import type { PlanLineDetail, PlanLineRow } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { useFormat, useT } from '../../i18n/hooks';
import { ProjectedStockChart } from './ProjectedStockChart';
import { SkuTarget } from './SkuTarget';
import { boxText, lineSpace } from './container-labels';
import { percent, policyLabel, roundingText, statusLabel } from './plan-labels';
import { flagLabel, planReasonLabel } from './plan-reason';
import { useLoad } from '../../hooks/useLoad';
import { oneDecimal } from '../../i18n/format';

interface Props {
  planId: number;
  row: PlanLineRow;
  onClose(): void;
}

/** One line: projected stock with and without the order, and every figure its quantity comes from. */
export function LineDetailPanel({ planId, row, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  // The row object changes with every edit or lock: reload the detail then too.
  const key = `${planId}:${row.lineId}:${row.quantity}:${row.locked}`;
  const { value: detail, status, error } = useLoad<PlanLineDetail>(key, () => getApi().planning.line({ planId, lineId: row.lineId }));

  return (
    <SidePanel
      testId="plan-line-detail"
      width={400}
      title={<SkuTitle sku={row.sku} name={row.name} />}
      closeLabel={t('plan.detail.close')}
      onClose={onClose}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 8 }}>
        <Tag>{row.location}</Tag>
        <Tag color="geekblue">{t('plan.detail.class', { cls: `${row.abc}${row.xyz}` })}</Tag>
        <Tag>{policyLabel(t, row.policy)}</Tag>
        <Tag color={row.status === 'approved' ? 'blue' : row.status === 'cut' ? 'red' : undefined}>{statusLabel(t, row.status)}</Tag>
        {row.locked && <Tag color="gold">{t('plan.detail.locked')}</Tag>}
        {row.edited && <Tag color="orange">{t('plan.editedFrom', { qty: format.number(row.suggestedQty) })}</Tag>}
      </div>
      <LoadState status={status} error={error} ready={Boolean(detail)} failedTitle={t('plan.detail.loadFailed')} rows={8} />
      {detail && <Explanation detail={detail} />}
    </SidePanel>
  );
}

function Explanation({ detail }: { detail: PlanLineDetail }) {
  const t = useT();
  const format = useFormat();
  const { row, explanation: x } = detail;
  const n = (value: number) => oneDecimal(format, value);
  const lead = x.leadTime;
  const leadSource =
    lead.source === 'measured'
      ? t(lead.level === 'sku' ? 'plan.detail.leadMeasuredSku' : 'plan.detail.leadMeasuredSupplier', { samples: lead.samples })
      : t('plan.detail.leadPromised');
  const rounding = roundingText(t, format, row.roundingParts);
  const items = [
    {
      key: 'demand',
      label: t('plan.detail.demand'),
      children: t(x.reviewDays > 0 ? 'plan.detail.demandValueReview' : 'plan.detail.demandValue', {
        days: n(x.coverDays), lead: n(lead.meanDays), review: n(x.reviewDays), mean: n(x.coverMean), sd: n(x.coverSd),
      }),
    },
    { key: 'lead', label: t('plan.detail.leadTime'), children: `${t('plan.detail.leadValue', { mean: n(lead.meanDays), sd: n(lead.sdDays) })} · ${leadSource}` },
    { key: 'service', label: t('plan.detail.service'), children: percent(row.serviceLevel) },
    { key: 'skuTarget', label: t('plan.skuTarget'), children: <SkuTarget productId={row.productId} sku={row.sku} planned={row.serviceLevel} /> },
    {
      key: 'safety',
      label: t('plan.detail.safetyStock'),
      children: `${n(row.safetyStock)} · ${x.shape === 'count' ? t('plan.detail.shapeCount') : t('plan.detail.shapeNormal')}`,
    },
    {
      key: 'level',
      label: row.policy === 'order_up_to' ? t('plan.detail.orderUpTo') : t('plan.detail.reorderPoint'),
      children: row.policy === 'order_up_to' ? n(x.orderUpTo) : t('plan.detail.reorderValue', { point: n(row.reorderPoint), upTo: n(x.orderUpTo) }),
    },
    {
      key: 'position',
      label: t('plan.detail.position'),
      children: (
        <>
          {t('plan.detail.positionValue', { position: n(row.position), onHand: n(row.onHand), onOrder: n(row.onOrder) })}
          {!row.hasSnapshot && <Typography.Text type="warning"> {t('plan.detail.noSnapshot')}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'quantity',
      label: t('plan.detail.quantity'),
      children: (
        <span data-testid="detail-quantity">
          {t('plan.detail.quantityValue', { need: n(row.needQty), qty: n(row.quantity) })}
          {rounding && <Typography.Text type="secondary"> ({rounding})</Typography.Text>}
        </span>
      ),
    },
    ...(row.container ? [{ key: 'space', label: t('plan.detail.space'), children: <SpaceEffect row={row} /> }] : []),
    ...(row.budget
      ? [
          {
            key: 'budget',
            label: t('plan.detail.budget'),
            children: t(row.budget.to === 0 ? 'plan.detail.budgetDelayed' : 'plan.detail.budgetCut', {
              from: n(row.budget.from), to: n(row.budget.to), before: percent(row.budget.fillBefore), after: percent(row.budget.fillAfter),
            }),
          },
        ]
      : []),
    {
      key: 'stockOut',
      label: t('plan.detail.stockOut'),
      children: t('plan.detail.stockOutValue', {
        without: row.stockOutDate ? format.date(row.stockOutDate) : t('plan.detail.noStockOut'),
        with: detail.stockOutDateWithOrder ? format.date(detail.stockOutDateWithOrder) : t('plan.detail.noStockOut'),
      }),
    },
    { key: 'dates', label: t('plan.detail.dates'), children: `${format.date(row.orderDate)} → ${format.date(row.expectedArrival)}` },
  ];
  return (
    <>
      <ProjectedStockChart detail={detail} />
      <Descriptions size="small" column={1} items={items} data-testid="plan-explanation" style={{ marginTop: 8 }} styles={{ label: { width: 130 } }} />
      {row.flags.length > 0 && (
        <div style={{ display: 'grid', gap: 2, marginTop: 8 }}>
          {row.flags.map((flag, i) => (
            <Typography.Text key={i} type="warning" style={{ fontSize: 12 }} data-testid="plan-flag">
              {flagLabel(t, format, flag)}
            </Typography.Text>
          ))}
        </div>
      )}
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 4 }}
        items={[
          {
            key: 'reason',
            label: t('plan.detail.reason'),
            // Lines of plans stored before reasons were data keep their English sentence.
            children: (
              <Typography.Paragraph data-testid="plan-reason" style={{ fontSize: 12, margin: 0 }}>
                {row.reasonData ? planReasonLabel(t, format, row.reasonData) : row.reason}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </>
  );
}

/** The line's volume and weight against one container, and what the container limit cut. */
function SpaceEffect({ row }: { row: PlanLineRow }) {
  const t = useT();
  const format = useFormat();
  if (!row.container) return null;
  const cut = row.containerCut;
  const unknown = row.unitVolume === null && row.unitWeight === null;
  return (
    <span data-testid="detail-space">
      {unknown ? (
        <Typography.Text type="secondary">{t('plan.detail.spaceUnknown')}</Typography.Text>
      ) : (
        <>
          {t('plan.detail.spaceValue', lineSpace(format, row))}
          <Typography.Text type="secondary">{t('plan.detail.spaceOf', { box: boxText(format, row.container) })}</Typography.Text>
        </>
      )}
      {cut && (
        <Typography.Text type="warning" style={{ display: 'block' }}>
          {t(cut.to === 0 ? 'plan.detail.containerDelayed' : 'plan.detail.containerCut', { max: cut.maxContainers, from: format.number(cut.from), to: format.number(cut.to) })}
        </Typography.Text>
      )}
    </span>
  );
}
