import { WarningOutlined } from '@ant-design/icons';
import { Alert, Tabs, Tag, Typography } from 'antd';
import { SidePanel } from '../../components/SidePanel';
import { useCallback } from 'react';
import type { SupplierDetailView, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { useFormat, useT } from '../../i18n/hooks';
import { ExportPackButton, ImportConfirmationsButton } from './FileActions';
import { MonthTable } from './MonthTable';
import type { PeriodRange } from './period-presets';
import { ScoreBreakdown, RollingWindows } from './ScoreBreakdown';
import { ScorecardFigures } from './ScorecardFigures';
import { GradeTag } from './SupplierCells';
import { LeadTimeChart, OtifChart } from './SupplierCharts';
import { score } from './supplier-format';
import { SkuTable } from './SkuTable';
import type { TraceRequest } from './trace-request';
import { useLoad } from '../../hooks/useLoad';
import { LoadState } from '../../components/LoadState';

interface Props {
  supplierId: number;
  range: PeriodRange;
  toleranceDays: number | undefined;
  /** Bumped when the data or the settings change. */
  version: number;
  onTrace(request: TraceRequest): void;
  onClose(): void;
  onDataChanged(): void;
}

const sectionTitle = { fontSize: 12, fontWeight: 600, display: 'block', margin: '10px 0 6px' } as const;

/** One supplier's scorecard: score and grade, key figures (each opens its lines), charts, months and SKUs. */
export function ScorecardPanel({ supplierId, range, toleranceDays, version, onTrace, onClose, onDataChanged }: Props) {
  const t = useT();
  const format = useFormat();
  const { from, to } = range;
  const load = useCallback(
    () =>
      getApi().suppliers.detail({
        supplierId,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(toleranceDays !== undefined ? { toleranceDays } : {}),
      }),
    [supplierId, from, to, toleranceDays],
  );
  const { value: detail, status, error } = useLoad<SupplierDetailView>(`${supplierId}|${from}|${to}|${toleranceDays}|${version}`, load);
  const current = detail?.scorecard.supplierId === supplierId ? detail : null;
  const card = current?.scorecard;
  const trace = (metric: TraceableMetricName, extra: Partial<TraceRequest> = {}) =>
    card && onTrace({ supplierId, supplierName: card.name, metric, ...extra });

  return (
    <SidePanel
      testId="scorecard-panel"
      width={560}
      title={
        card ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
            <Typography.Text strong ellipsis={{ tooltip: card.name }} style={{ minWidth: 0 }} data-testid="scorecard-name">
              {card.name}
            </Typography.Text>
            <span className="tabular" style={{ fontWeight: 600 }} data-testid="scorecard-score">
              {score(format, card.score)}
            </span>
            <GradeTag grade={card.grade} />
          </div>
        ) : (
          t('suppliers.scorecard')
        )
      }
      actions={
        <>
          <ExportPackButton supplierId={supplierId} />
          <ImportConfirmationsButton supplierId={supplierId} onImported={onDataChanged} />
        </>
      }
      closeLabel={t('suppliers.close')}
      onClose={onClose}
    >
      <LoadState status={status} error={error} ready={Boolean(current)} failedTitle={t('suppliers.loadFailed')} rows={8} />
      {current && card && (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center', marginBottom: 8 }}>
            <Tag>{card.code}</Tag>
            {card.category && <Tag>{card.category}</Tag>}
            {card.country && <Tag>{card.country}</Tag>}
            {card.rank !== null && <Tag color="geekblue">{t('suppliers.rankOf', { rank: card.rank })}</Tag>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('suppliers.periodLine', { from: format.date(current.from), to: format.date(current.to), tolerance: current.settings.toleranceDays })}
            </Typography.Text>
          </div>
          {card.lowData && (
            <Alert
              type="warning"
              showIcon
              icon={<WarningOutlined />}
              style={{ marginBottom: 8, padding: '4px 10px' }}
              data-testid="low-data"
              title={t('suppliers.lowData', { count: card.poLines, k: format.number(current.settings.priorStrength) })}
            />
          )}
          <ScorecardFigures card={card} onTrace={(metric) => trace(metric)} />
          <Tabs
            size="small"
            style={{ marginTop: 6 }}
            items={[
              {
                key: 'charts',
                label: t('suppliers.tab.overview'),
                children: (
                  <>
                    <Typography.Text style={sectionTitle}>{t('suppliers.chart.otifByMonth')}</Typography.Text>
                    <OtifChart detail={current} />
                    <Typography.Text style={sectionTitle}>{t('suppliers.chart.leadTimes')}</Typography.Text>
                    {current.leadTimeHistogram.length > 0 ? (
                      <LeadTimeChart detail={current} />
                    ) : (
                      <Typography.Text type="secondary">{t('suppliers.chart.noDeliveries')}</Typography.Text>
                    )}
                    <Typography.Text style={sectionTitle}>{t('suppliers.breakdown.title')}</Typography.Text>
                    <ScoreBreakdown detail={current} />
                    <Typography.Text style={sectionTitle}>{t('suppliers.rolling.title')}</Typography.Text>
                    <RollingWindows detail={current} />
                  </>
                ),
              },
              {
                key: 'months',
                label: t('suppliers.tab.months'),
                children: <MonthTable detail={current} onTrace={(metric, month) => trace(metric, { month })} />,
              },
              {
                key: 'skus',
                label: t('suppliers.tab.skusCount', { count: current.skus.length }),
                children: (
                  <SkuTable
                    rows={current.skus}
                    currency={card.currency}
                    onTrace={(metric, row) => trace(metric, { productId: row.productId, sku: row.sku })}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </SidePanel>
  );
}
