import type { CellClickedEvent, ColDef, GetRowIdParams } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { useMemo } from 'react';
import type { SupplierSkuRow, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import { numberColumn, textColumn } from '../../grid/columns';
import { DataGrid } from '../../grid/DataGrid';
import { useFormat, useT } from '../../i18n/hooks';
import { days, percent } from './supplier-format';

type Row = SupplierSkuRow;

/** Which metric a click on each column traces. */
const TRACED_COLUMN: Partial<Record<string, TraceableMetricName>> = {
  poLines: 'po_lines',
  otif: 'otif',
  onTimeRate: 'on_time',
  inFullRate: 'in_full',
  fillRate: 'fill_rate',
  leadTimeMean: 'lead_time',
  spend: 'spend',
};

interface Props {
  rows: Row[];
  currency: string;
  onTrace(metric: TraceableMetricName, row: Row): void;
}

const getRowId = (params: GetRowIdParams<Row>) => String(params.data.productId);

/** The supplier's SKUs over the period, biggest spend first; a click on a number opens its lines. */
export function SkuTable({ rows, currency, onTrace }: Props) {
  const t = useT();
  const format = useFormat();
  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const traced = { cellClass: 'ag-right-aligned-cell supplier-traceable', cellStyle: { cursor: 'pointer' } };
    const rate = (field: Extract<keyof Row, string>, header: string) =>
      numberColumn<Row>(field, header, format, { width: 88, valueFormatter: (p) => percent(format, p.value as number | null), ...traced });
    return [
      textColumn<Row>('sku', t('col.sku'), { width: 130, pinned: 'left' }),
      textColumn<Row>('name', t('col.name'), { width: 170, tooltipField: 'name' }),
      numberColumn<Row>('poLines', t('suppliers.col.poLines'), format, { width: 80, ...traced }),
      rate('otif', t('suppliers.col.otif')),
      rate('onTimeRate', t('suppliers.col.onTime')),
      rate('inFullRate', t('suppliers.col.inFull')),
      rate('fillRate', t('suppliers.col.fillRate')),
      numberColumn<Row>('leadTimeMean', t('suppliers.col.leadTimeMean'), format, {
        width: 100,
        valueFormatter: (p) => days(format, p.value as number | null),
        ...traced,
      }),
      numberColumn<Row>('leadTimeP90', t('suppliers.col.leadTimeP90'), format, { width: 96, valueFormatter: (p) => days(format, p.value as number | null) }),
      numberColumn<Row>('spend', t('suppliers.col.spend'), format, {
        width: 120,
        sort: 'desc',
        valueFormatter: (p) => format.moneyWhole(p.value as number | null, currency),
        ...traced,
      }),
    ];
  }, [t, format, currency]);
  const empty = useMemo(() => ({ title: t('suppliers.sku.empty'), hint: '' }), [t]);
  const gridOptions = useMemo<AgGridReactProps<Row>>(
    () => ({
      onCellClicked: (event: CellClickedEvent<Row>) => {
        const metric = TRACED_COLUMN[event.column.getColId()];
        if (metric && event.data) onTrace(metric, event.data);
      },
    }),
    [onTrace],
  );
  return (
    <div style={{ height: 320, display: 'flex', flexDirection: 'column' }}>
      <DataGrid<Row>
        gridId="supplier-skus"
        ariaLabel={t('suppliers.tab.skus')}
        rows={rows}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText=""
        loading={false}
        empty={empty}
        gridOptions={gridOptions}
      />
    </div>
  );
}
