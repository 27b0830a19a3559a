import type { GetRowIdParams } from 'ag-grid-community';
import { Drawer, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import type { MetricTraceView, TracedLineRow } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { DataGrid } from '../../grid/DataGrid';
import type { Formatters } from '../../i18n/format';
import { useFormat, useT } from '../../i18n/hooks';
import type { PeriodRange } from './period-presets';
import { days, METRIC_LABEL, percent } from './supplier-format';
import { traceColumns } from './trace-columns';
import type { TraceRequest } from './trace-request';
import { useLoad } from '../../hooks/useLoad';
import { LoadState } from '../../components/LoadState';

interface Props {
  request: TraceRequest | null;
  range: PeriodRange;
  toleranceDays: number | undefined;
  onClose(): void;
}

const getRowId = (params: GetRowIdParams<TracedLineRow>) => String(params.data.lineId);

function valueText(format: Formatters, trace: MetricTraceView, value: number | null): string {
  if (trace.kind === 'rate') return percent(format, value);
  if (trace.kind === 'mean') return days(format, value);
  if (trace.metric === 'spend') return format.moneyWhole(value);
  return format.integer(value);
}

/** The PO lines behind one number, each with the facts used and its verdict: why the number is what it is. */
export function TraceDrawer({ request, range, toleranceDays, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const { from, to } = range;
  const load = useCallback(
    () =>
      request
        ? getApi().suppliers.trace({
            supplierId: request.supplierId,
            metric: request.metric,
            ...(request.month ? { month: request.month } : {}),
            ...(request.productId !== undefined ? { productId: request.productId } : {}),
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
            ...(toleranceDays !== undefined ? { toleranceDays } : {}),
          })
        : Promise.resolve(null),
    [request, from, to, toleranceDays],
  );
  const { value: trace, status, error } = useLoad<MetricTraceView | null>(request ? JSON.stringify([request, from, to, toleranceDays]) : null, load);

  const columnDefs = useMemo(() => {
    const contribution = (row: TracedLineRow) => {
      if (!trace) return '';
      if (trace.kind === 'rate') return `${format.number(Math.round(row.numerator * 100) / 100)} / ${format.number(Math.round(row.denominator * 100) / 100)}`;
      if (trace.kind === 'mean') return days(format, row.numerator);
      if (trace.metric === 'spend') return format.moneyWhole(row.numerator);
      return format.integer(row.numerator);
    };
    return traceColumns(t, format, contribution);
  }, [t, format, trace]);
  const empty = useMemo(() => ({ title: t('suppliers.trace.empty'), hint: '' }), [t]);

  const scope = request
    ? [request.supplierName, request.month, request.sku].filter(Boolean).join(' · ')
    : '';
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      size={1080}
      destroyOnHidden
      title={request ? t('suppliers.trace.title', { metric: t(METRIC_LABEL[request.metric]), scope }) : ''}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8 } }}
    >
      <LoadState status={status} error={error} ready={Boolean(trace)} />
      {trace && (
        <>
          <div data-testid="trace-summary" style={{ display: 'flex', gap: 16, alignItems: 'baseline', flexWrap: 'wrap' }}>
            <span className="tabular" style={{ fontSize: 20, fontWeight: 600 }} data-testid="trace-value">
              {valueText(format, trace, trace.value)}
            </span>
            <Typography.Text type="secondary">
              {trace.kind === 'rate' || trace.kind === 'mean'
                ? t('suppliers.trace.formula', {
                    numerator: format.number(Math.round(trace.numerator * 100) / 100),
                    denominator: format.number(Math.round(trace.denominator * 100) / 100),
                  })
                : ''}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="trace-count">
              {t('suppliers.trace.lines', { count: trace.lines.length, receipts: trace.receipts.length })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('suppliers.periodLine', { from: format.date(trace.from), to: format.date(trace.to), tolerance: trace.toleranceDays })}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`suppliers.define.${trace.metric}`)}
          </Typography.Text>
          <div style={{ flex: 1, minHeight: 360, display: 'flex', flexDirection: 'column' }}>
            <DataGrid<TracedLineRow>
              gridId="supplier-trace"
              ariaLabel={t('suppliers.trace.grid')}
              rows={trace.lines}
              columnDefs={columnDefs}
              getRowId={getRowId}
              quickFilterText=""
              loading={status === 'loading'}
              empty={empty}
            />
          </div>
        </>
      )}
    </Drawer>
  );
}
