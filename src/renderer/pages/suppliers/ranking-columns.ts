import type { ColDef } from 'ag-grid-community';
import type { SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { numberColumn, textColumn } from '../../grid/columns';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { unrankedLast } from './rank-order';
import { DeliveriesCell, ScoreCell, TrendCell } from './SupplierCells';
import { days, percent, signedDays, signedPercent } from './supplier-format';

type Row = SupplierScorecardRow;
type Field = Extract<keyof Row, string>;

/** A column whose text comes from `show` and that still sorts and filters by its number. */
function shown(field: Field, header: string, format: Formatters, show: (v: number | null) => string, width = 96, help?: string) {
  return numberColumn<Row>(field, header, format, {
    width,
    valueFormatter: (params) => show(params.value as number | null),
    ...(help ? { headerTooltip: help } : {}),
  });
}

/** The ranking grid's columns; memoise per language. */
export function rankingColumns(t: Translate, format: Formatters): ColDef<Row>[] {
  const rate = (v: number | null) => percent(format, v);
  return [
    numberColumn<Row>('rank', t('suppliers.col.rank'), format, { width: 64, pinned: 'left', sort: 'asc', filter: false, comparator: unrankedLast }),
    // The search finds a supplier by its code too (an alert's link searches for the code).
    textColumn<Row>('name', t('col.supplier'), { width: 230, pinned: 'left', tooltipField: 'name', getQuickFilterText: (params) => `${params.data.code} ${params.data.name}` }),
    numberColumn<Row>('score', t('suppliers.col.score'), format, { width: 104, cellRenderer: ScoreCell }),
    numberColumn<Row>('trendDelta', t('suppliers.col.trend'), format, {
      width: 84,
      cellRenderer: TrendCell,
      headerTooltip: t('suppliers.col.trendHelp'),
    }),
    numberColumn<Row>('deliveries', t('suppliers.col.deliveries'), format, {
      width: 120,
      cellRenderer: DeliveriesCell,
      headerTooltip: t('suppliers.col.deliveriesHelp'),
    }),
    shown('otif', t('suppliers.col.otif'), format, rate, 92, t('suppliers.col.otifHelp')),
    shown('onTimeRate', t('suppliers.col.onTime'), format, rate),
    shown('inFullRate', t('suppliers.col.inFull'), format, rate),
    shown('fillRate', t('suppliers.col.fillRate'), format, rate),
    shown('leadTimeMean', t('suppliers.col.leadTimeMean'), format, (v) => days(format, v), 110),
    shown('leadTimeP90', t('suppliers.col.leadTimeP90'), format, (v) => days(format, v), 104),
    shown('promisedLeadTime', t('suppliers.col.promised'), format, (v) => days(format, v), 104),
    shown('leadTimeBias', t('suppliers.col.bias'), format, (v) => signedDays(format, v), 100, t('suppliers.col.biasHelp')),
    shown('rejectionRate', t('suppliers.col.rejection'), format, rate),
    shown('priceVariance', t('suppliers.col.priceVariance'), format, (v) => signedPercent(format, v), 110, t('suppliers.col.priceVarianceHelp')),
    numberColumn<Row>('spend', t('suppliers.col.spend'), format, {
      width: 130,
      valueFormatter: (params) => format.moneyWhole(params.value as number | null, params.data?.currency),
    }),
    numberColumn<Row>('openPoValue', t('suppliers.col.openPoValue'), format, {
      width: 130,
      valueFormatter: (params) => format.moneyWhole(params.value as number | null, params.data?.currency),
    }),
    textColumn<Row>('category', t('col.category'), { width: 120 }),
    textColumn<Row>('country', t('suppliers.col.country'), { width: 90 }),
  ];
}
