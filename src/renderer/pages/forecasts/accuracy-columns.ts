import type { ColDef } from 'ag-grid-community';
import type { AccuracyGroup } from '../../../shared/contract/schemas/forecast';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { classLabel, percent, ratio, signedPercent } from './forecast-labels';
import { methodLabel } from './method-label';
import type { AccuracyRow } from './useForecastRun';

type Metric = keyof AccuracyRow['model'];

function metric(colId: string, header: string, get: (row: AccuracyRow) => number | null, show: (value: number | null) => string): ColDef<AccuracyRow> {
  return {
    colId,
    headerName: header,
    headerTooltip: header,
    cellDataType: 'number',
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    width: 112,
    valueGetter: (params) => (params.data ? get(params.data) : null),
    valueFormatter: (params) => show(params.value as number | null),
  };
}

const model = (name: Metric) => (row: AccuracyRow) => row.model[name];
const naive = (name: Metric) => (row: AccuracyRow) => row.snaive[name];

/** The accuracy report's columns; the group column speaks the user's language where the key is a code. */
export function accuracyColumns(t: Translate, format: Formatters, groupBy: AccuracyGroup | 'event'): ColDef<AccuracyRow>[] {
  const showRatio = (value: number | null) => ratio(format, value);
  const showPercent = (value: number | null) => percent(format, value);
  const groupName =
    groupBy === 'class' ? classLabel(t) : groupBy === 'method' ? (raw: unknown) => methodLabel(t, String(raw ?? '')) : (raw: unknown) => String(raw ?? '');
  return [
    {
      field: 'key',
      colId: 'key',
      headerName: t(`forecasts.accuracy.group.${groupBy}`),
      cellDataType: 'text',
      filter: 'agTextColumnFilter',
      pinned: 'left',
      width: 200,
      valueFormatter: (params) => groupName(params.value),
    },
    { field: 'series', colId: 'series', headerName: t('forecasts.accuracy.col.series'), type: 'rightAligned', width: 96, valueFormatter: (p) => format.number(p.value as number) },
    { field: 'points', colId: 'points', headerName: t('forecasts.accuracy.col.points'), type: 'rightAligned', width: 112, valueFormatter: (p) => format.number(p.value as number) },
    metric('mase', t('forecasts.col.mase'), model('mase'), showRatio),
    metric('snaiveMase', t('forecasts.col.snaiveMase'), naive('mase'), showRatio),
    metric('relativeMase', t('forecasts.accuracy.col.relativeMase'), (row) => row.relativeMase, showRatio),
    metric('rmsse', t('forecasts.accuracy.col.rmsse'), model('rmsse'), showRatio),
    metric('wape', t('forecasts.col.wape'), model('wape'), showPercent),
    metric('naiveWape', t('forecasts.accuracy.col.naiveWape'), naive('wape'), showPercent),
    metric('bias', t('forecasts.col.bias'), model('bias'), (value) => signedPercent(format, value)),
    metric('pinball', t('forecasts.accuracy.col.pinball'), model('pinball'), showRatio),
    metric('coverage', t('forecasts.col.coverage'), model('coverage'), showPercent),
  ];
}
