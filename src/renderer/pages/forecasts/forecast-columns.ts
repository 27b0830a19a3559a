import type { ColDef } from 'ag-grid-community';
import type { ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { labelColumn, numberColumn, textColumn } from '../../grid/columns';
import { codedContext } from '../../grid/server-filter';
import { oneDecimal, type Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { FlagsCell, flagsText, SkuCell } from './ForecastCells';
import { methodLabel } from './method-label';
import type { Frequency } from '../../i18n/forecast-frequency';
import { classLabel, locationLabel, nextLabel, percent, ratio, signedPercent } from './forecast-labels';

type Row = ForecastGridRow;

/** Every demand class the engine gives (src/core/forecast/types.ts): the class filter matches their words. */
const DEMAND_CLASSES = ['smooth', 'erratic', 'intermittent', 'lumpy', 'new', 'zero'] as const;

/** The flags column's codes as the core sorts and filters them (forecast-grid-page.ts): overridden, cold start, both, neither. */
const FLAG_CODES = ['', 'coldStart', 'overridden', 'overridden coldStart'] as const;

function flagWords(t: Translate, code: string): string {
  return flagsText(t, { overridden: code.includes('overridden'), coldStart: code.includes('coldStart') });
}

/** How many "next period" columns the grid shows (the API sends the first four buckets). */
export const NEXT_COLUMNS = 4;
export const NEXT_COLUMN_PREFIX = 'next';

/** The bucket index (0-based) of a "next period" column, or null for any other column. */
export function nextColumnIndex(colId: string): number | null {
  if (!colId.startsWith(NEXT_COLUMN_PREFIX)) return null;
  const n = Number(colId.slice(NEXT_COLUMN_PREFIX.length));
  return Number.isInteger(n) && n >= 1 && n <= NEXT_COLUMNS ? n - 1 : null;
}

/** A number column whose text comes from `show` (ratios, shares) and that still sorts and filters by value. */
function metricColumn(field: keyof Row & string, header: string, format: Formatters, show: (value: number | null) => string, width = 96) {
  return numberColumn<Row>(field, header, format, {
    width,
    valueFormatter: (params) => show(params.value as number | null),
  });
}

function nextColumn(t: Translate, format: Formatters, frequency: Frequency, index: number): ColDef<Row> {
  const header = nextLabel(t, frequency, index + 1);
  return {
    colId: `${NEXT_COLUMN_PREFIX}${index + 1}`,
    headerName: header,
    headerTooltip: header,
    cellDataType: 'number',
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    width: 92,
    valueGetter: (params) => params.data?.next[index] ?? null,
    valueFormatter: (params) => format.number(params.value === null ? null : Math.round((params.value as number) * 10) / 10),
    // Typing a number asks for a reason, then saves a 'set' override for that bucket (the grid itself never changes the row).
    editable: true,
    cellEditor: 'agNumberCellEditor',
    cellEditorParams: { min: 0, precision: 2 },
    cellClass: 'ag-right-aligned-cell',
  };
}

/** Every column of the Forecasts grid; memoise per language and run frequency. */
export function forecastColumns(t: Translate, format: Formatters, frequency: Frequency): ColDef<Row>[] {
  const units = (value: number | null) => oneDecimal(format, value);
  return [
    textColumn<Row>('sku', t('col.sku'), {
      pinned: 'left',
      width: 190,
      cellRenderer: SkuCell,
      // The markers follow other fields: redraw the cell whenever its row is replaced.
      equals: () => false,
    }),
    textColumn<Row>('location', t('col.location'), {
      width: 110,
      valueGetter: (params) => (params.data ? locationLabel(t, params.data) : ''),
    }),
    textColumn<Row>('name', t('col.name'), { width: 200, tooltipField: 'name' }),
    metricColumn('totalUnits', t('forecasts.col.totalUnits'), format, units, 150),
    numberColumn<Row>('moneyAtStake', t('forecasts.col.moneyAtStake'), format, {
      width: 140,
      sort: 'desc',
      valueFormatter: (params) => format.moneyWhole(params.value as number | null),
    }),
    ...Array.from({ length: NEXT_COLUMNS }, (_, index) => nextColumn(t, format, frequency, index)),
    labelColumn<Row>('demandClass', t('forecasts.col.class'), classLabel(t), { width: 110, context: codedContext(DEMAND_CLASSES, classLabel(t)) }),
    metricColumn('mase', t('forecasts.col.mase'), format, (v) => ratio(format, v), 84),
    metricColumn('snaiveMase', t('forecasts.col.snaiveMase'), format, (v) => ratio(format, v), 110),
    metricColumn('wape', t('forecasts.col.wape'), format, (v) => percent(format, v), 90),
    metricColumn('bias', t('forecasts.col.bias'), format, (v) => signedPercent(format, v), 90),
    metricColumn('coverage', t('forecasts.col.coverage'), format, (v) => percent(format, v), 100),
    {
      colId: 'flags',
      headerName: t('forecasts.col.flags'),
      headerTooltip: t('forecasts.col.flags'),
      width: 120,
      // The core keeps the flags as codes (FORECAST_FLAG_CODES): sorting orders them, a filter on the words becomes one on the codes.
      filter: 'agTextColumnFilter',
      context: codedContext(FLAG_CODES, (code) => flagWords(t, code)),
      valueGetter: (params) => (params.data ? flagsText(t, params.data) : ''),
      cellRenderer: FlagsCell,
    },
    textColumn<Row>('method', t('forecasts.col.method'), {
      width: 200,
      // Filters and search work on the words shown.
      valueGetter: (params) => (params.data ? methodLabel(t, params.data.method) : ''),
      tooltipValueGetter: (params) => params.value as string,
    }),
    textColumn<Row>('brand', t('col.brand'), { width: 130, tooltipField: 'brand' }),
    textColumn<Row>('category', t('col.category'), { width: 120 }),
    textColumn<Row>('supplier', t('col.supplier'), { width: 180, tooltipField: 'supplier' }),
  ];
}
