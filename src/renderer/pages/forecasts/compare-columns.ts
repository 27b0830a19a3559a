import type { ColDef } from 'ag-grid-community';
import type { RunCompareRow } from '../../../shared/contract/schemas/forecast-review';
import { numberColumn, textColumn } from '../../grid/columns';
import { oneDecimal, type Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { classLabel, locationLabel, signedPercent } from './forecast-labels';
import { methodLabel } from './method-label';

type Row = RunCompareRow;

/** Two runs side by side per series: totals, the change, and what the engine chose each time. */
export function compareColumns(t: Translate, format: Formatters): ColDef<Row>[] {
  const units = (value: number | null) => oneDecimal(format, value);
  const byClass = classLabel(t);
  const method = (raw: string | null | undefined) => (raw ? methodLabel(t, raw) : '');
  return [
    textColumn<Row>('sku', t('col.sku'), { pinned: 'left', width: 170 }),
    textColumn<Row>('location', t('col.location'), {
      width: 110,
      valueGetter: (params) => (params.data ? locationLabel(t, params.data) : ''),
    }),
    numberColumn<Row>('totalA', t('forecasts.compare.col.totalA'), format, { width: 120, valueFormatter: (p) => units(p.value as number | null) }),
    numberColumn<Row>('totalB', t('forecasts.compare.col.totalB'), format, { width: 120, valueFormatter: (p) => units(p.value as number | null) }),
    numberColumn<Row>('diffPct', t('forecasts.compare.col.diff'), format, {
      width: 104,
      // The biggest moves first, up or down.
      sort: 'desc',
      comparator: (a: number | null, b: number | null) => Math.abs(a ?? 0) - Math.abs(b ?? 0),
      valueFormatter: (p) => signedPercent(format, p.value as number | null),
    }),
    textColumn<Row>('methodA', t('forecasts.compare.col.methodA'), { width: 170, valueGetter: (p) => method(p.data?.methodA) }),
    textColumn<Row>('methodB', t('forecasts.compare.col.methodB'), {
      width: 170,
      valueGetter: (p) => method(p.data?.methodB),
      cellStyle: (params) => (params.data?.methodChanged ? { fontWeight: 600 } : null),
    }),
    textColumn<Row>('classB', t('forecasts.compare.col.classB'), { width: 130, valueFormatter: (p) => byClass(p.value) }),
  ];
}
