import { Drawer, Table, Typography, theme } from 'antd';
import { useCallback } from 'react';
import type { SupplierDetailView } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { useFormat, useT } from '../../i18n/hooks';
import { bestIndex, COMPARE_METRICS, type CompareMetric } from './compare-rows';
import type { PeriodRange } from './period-presets';
import { GradeTag } from './SupplierCells';
import { COMPARE_COLORS, CompareChart } from './SupplierCharts';
import { useLoad } from '../../hooks/useLoad';
import { LoadState } from '../../components/LoadState';

interface Props {
  supplierIds: number[] | null;
  range: PeriodRange;
  toleranceDays: number | undefined;
  onClose(): void;
}

/** Two or three suppliers side by side: every key figure in one table (best marked) and OTIF by month on one chart. */
export function CompareDrawer({ supplierIds, range, toleranceDays, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const { from, to } = range;
  const ids = supplierIds?.join(',') ?? '';
  const load = useCallback(
    () =>
      Promise.all(
        ids
          .split(',')
          .filter(Boolean)
          .map((id) =>
            getApi().suppliers.detail({
              supplierId: Number(id),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              ...(toleranceDays !== undefined ? { toleranceDays } : {}),
            }),
          ),
      ),
    [ids, from, to, toleranceDays],
  );
  const { value: data, status, error } = useLoad<SupplierDetailView[]>(ids ? `${ids}|${from}|${to}|${toleranceDays}` : null, load);
  const details = data && data.map((d) => d.scorecard.supplierId).join(',') === ids ? data : null;
  const cards = details?.map((d) => d.scorecard) ?? [];

  return (
    <Drawer open={supplierIds !== null} onClose={onClose} size={Math.min(360 + cards.length * 220, 1040)} destroyOnHidden title={t('suppliers.compare.title')}>
      <LoadState status={status} error={error} ready={Boolean(details)} />
      {details && (
        <div data-testid="compare-view">
          <Typography.Text strong style={{ fontSize: 12 }}>
            {t('suppliers.chart.otifByMonth')}
          </Typography.Text>
          <CompareChart details={details} />
          <Table<CompareMetric>
            size="small"
            pagination={false}
            rowKey="key"
            style={{ marginTop: 12 }}
            dataSource={COMPARE_METRICS}
            columns={[
              { title: '', dataIndex: 'label', width: 180, render: (label: CompareMetric['label']) => t(label) },
              ...cards.map((card, i) => ({
                key: String(card.supplierId),
                title: (
                  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }} data-testid="compare-supplier">
                    <span style={{ width: 10, height: 10, borderRadius: 2, background: COMPARE_COLORS[i], flex: 'none' }} />
                    <span>{card.name}</span>
                    <GradeTag grade={card.grade} />
                  </span>
                ),
                align: 'right' as const,
                render: (_: unknown, metric: CompareMetric) => {
                  const best = bestIndex(metric, cards) === i;
                  return (
                    <span className="tabular" style={best ? { color: token.colorSuccess, fontWeight: 600 } : undefined} data-best={best || undefined}>
                      {metric.show(format, metric.value(card), card)}
                    </span>
                  );
                },
              })),
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}
