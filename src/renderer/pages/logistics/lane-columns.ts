import type { ColDef } from 'ag-grid-community';
import { freightModes, type LaneRow } from '../../../shared/contract/schemas/logistics';
import { numberColumn, textColumn } from '../../grid/columns';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { modeLabel } from './logistics-text';

/** The lanes grid: every figure editable in place (origin kind and route are fixed once made; delete and add again to change them). */
export function laneColumns(t: Translate, format: Formatters): ColDef<LaneRow>[] {
  const cost = (field: keyof LaneRow & string, label: Parameters<Translate>[0]): ColDef<LaneRow> =>
    numberColumn<LaneRow>(field as never, t(label), format, { editable: true, width: 100, cellDataType: 'number' });
  return [
    textColumn<LaneRow>('originKind', t('logistics.col.originKind'), { width: 110, valueFormatter: (p) => (p.value ? t(`logistics.originKind.${p.value as LaneRow['originKind']}`) : '') }),
    textColumn<LaneRow>('origin', t('logistics.col.origin'), { width: 110 }),
    textColumn<LaneRow>('destination', t('logistics.col.destination'), { width: 110 }),
    textColumn<LaneRow>('mode', t('logistics.col.mode'), {
      width: 100, editable: true, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...freightModes] },
      valueFormatter: (p) => modeLabel(t, p.value),
    }),
    textColumn<LaneRow>('originPort', t('logistics.col.port'), { width: 110, editable: true }),
    numberColumn<LaneRow>('transitDays', t('logistics.col.transitDays'), format, {
      width: 110, editable: true,
      valueFormatter: (p) => `${format.number(p.value as number)}${p.data?.transitSource === 'measured' ? ` (${t('logistics.lanes.measured')})` : ''}`,
    }),
    numberColumn<LaneRow>('transitSdDays', t('logistics.col.transitSd'), format, { width: 110, editable: true }),
    cost('costPerUnit', 'logistics.col.costPerUnit'),
    cost('costPerKg', 'logistics.col.costPerKg'),
    cost('costPerM3', 'logistics.col.costPerM3'),
    cost('costPer20ft', 'logistics.col.costPer20ft'),
    cost('costPer40ft', 'logistics.col.costPer40ft'),
    cost('costPer40hc', 'logistics.col.costPer40hc'),
    cost('fixedCost', 'logistics.col.fixedCost'),
    numberColumn<LaneRow>('dutyRate', t('logistics.col.dutyRate'), format, { width: 110, editable: true, valueFormatter: (p) => `${format.number(((p.value as number) ?? 0) * 100)}%` }),
  ];
}

/** The lane as the save channel takes it (codes, figures), from a grid row. */
export function laneInputOf(row: LaneRow) {
  return {
    id: row.id, originKind: row.originKind, origin: row.origin, destination: row.destination, mode: row.mode, originPort: row.originPort || null,
    transitDays: Number(row.transitDays), transitSdDays: Number(row.transitSdDays ?? 0),
    costPerUnit: row.costPerUnit, costPerKg: row.costPerKg, costPerM3: row.costPerM3,
    costPer20ft: row.costPer20ft, costPer40ft: row.costPer40ft, costPer40hc: row.costPer40hc,
    fixedCost: row.fixedCost ?? 0, dutyRate: row.dutyRate ?? 0,
  };
}
