import type { ColDef } from 'ag-grid-community';
import type { PlanLineRow } from '../../../shared/contract/schemas/planning';
import { dateColumn, labelColumn, moneyColumn, numberColumn, textColumn } from '../../grid/columns';
import { oneDecimal, type Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { LockCell, QuantityCell, type PlanGridContext } from './PlanCells';
import { percent, roundingText, statusLabel, supplierLabel } from './plan-labels';

type Row = PlanLineRow;

export const QUANTITY_COLUMN = 'quantity';

/** Every column of the plan grid, sorted by supplier (then value) so each supplier's lines sit together. */
export function planColumns(t: Translate, format: Formatters): ColDef<Row>[] {
  const units = (value: number | null) => oneDecimal(format, value);
  return [
    {
      ...textColumn<Row>('supplier', t('plan.col.supplier'), { pinned: 'left', width: 110 }),
      valueGetter: (p) => (p.data ? (p.data.supplier ?? t('plan.noSupplier')) : ''),
      tooltipValueGetter: (p) => (p.data ? supplierLabel(t, p.data.supplier, p.data.supplierName) : ''),
      sort: 'asc',
      sortIndex: 0,
    },
    textColumn<Row>('sku', t('col.sku'), { pinned: 'left', width: 130, tooltipValueGetter: (p) => p.data?.name }),
    textColumn<Row>('location', t('plan.col.location'), { width: 90 }),
    numberColumn<Row>('onHand', t('plan.col.onHand'), format, { width: 100, valueFormatter: (p) => units(p.value as number | null) }),
    numberColumn<Row>('onOrder', t('plan.col.onOrder'), format, { width: 100 }),
    numberColumn<Row>('daysOfCover', t('plan.col.daysOfCover'), format, {
      width: 115,
      headerTooltip: t('plan.col.daysOfCover.tip'),
      valueFormatter: (p) => (p.value === null ? t('plan.cover.horizon') : format.integer(p.value as number)),
    }),
    dateColumn<Row>('stockOutDate', t('plan.col.stockOut'), format, { width: 115 }),
    numberColumn<Row>('needQty', t('plan.col.need'), format, { width: 100, headerTooltip: t('plan.col.need.tip'), valueFormatter: (p) => units(p.value as number | null) }),
    numberColumn<Row>(QUANTITY_COLUMN, t('plan.col.quantity'), format, {
      // Pinned right with the lock: the two things a planner changes stay in view.
      pinned: 'right',
      width: 105,
      headerTooltip: t('plan.col.quantity.tip'),
      editable: (p) => p.data?.status !== 'approved' && !(p.context as PlanGridContext).readOnly,
      cellEditor: 'agNumberCellEditor',
      cellEditorParams: { min: 0, precision: 2 },
      cellRenderer: QuantityCell,
      cellClass: 'ag-right-aligned-cell',
      // The marker follows `edited`: redraw whenever the row is replaced.
      equals: () => false,
    }),
    {
      ...textColumn<Row>('rounding', t('plan.col.rounding'), { width: 230 }),
      valueGetter: (p) => (p.data ? roundingText(t, format, p.data.roundingParts) : ''),
    },
    dateColumn<Row>('orderDate', t('plan.col.orderDate'), format, { width: 110 }),
    dateColumn<Row>('expectedArrival', t('plan.col.arrival'), format, { width: 110 }),
    moneyColumn<Row>('value', t('plan.col.value'), format, (row) => row.currency, { width: 120, sort: 'desc', sortIndex: 1 }),
    {
      colId: 'locked',
      field: 'locked',
      headerName: t('plan.col.locked'),
      headerTooltip: t('plan.col.locked.tip'),
      pinned: 'right',
      width: 64,
      filter: false,
      sortable: true,
      cellRenderer: LockCell,
      equals: () => false,
    },
    labelColumn<Row>('status', t('plan.col.status'), (raw) => statusLabel(t, raw as Row['status']), {
      width: 150,
      // An approved line is a purchase order now: its number says which.
      valueGetter: (p) => (p.data ? (p.data.poNumber ? `${statusLabel(t, p.data.status)} · ${p.data.poNumber}` : statusLabel(t, p.data.status)) : ''),
    }),
    {
      ...textColumn<Row>('abc', t('plan.col.class'), { width: 80 }),
      valueGetter: (p) => (p.data ? `${p.data.abc}${p.data.xyz}` : ''),
    },
    numberColumn<Row>('serviceLevel', t('plan.col.service'), format, { width: 90, valueFormatter: (p) => percent(p.value as number | null) }),
    numberColumn<Row>('safetyStock', t('plan.col.safetyStock'), format, { width: 100, valueFormatter: (p) => units(p.value as number | null) }),
    numberColumn<Row>('reorderPoint', t('plan.col.reorderPoint'), format, { width: 110, valueFormatter: (p) => units(p.value as number | null) }),
  ];
}
