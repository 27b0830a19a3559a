import type { ColDef } from 'ag-grid-community';
import type { Formatters } from '../i18n/format';

/** A top-level field of the row type; the grid's own type allows deep paths we do not use. */
type Field<T> = Extract<keyof T, string>;

function base<T>(field: Field<T>, headerName: string): ColDef<T> {
  // A top-level key is always a valid field; the grid's generic path type cannot see that.
  return { field: field as unknown as ColDef<T>['field'], colId: field, headerName, headerTooltip: headerName };
}

export function textColumn<T>(field: Field<T>, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return { ...base(field, headerName), cellDataType: 'text', filter: 'agTextColumnFilter', width: 140, ...extra };
}

/** Quantities: right-aligned, thousands separators, up to two decimals. */
export function numberColumn<T>(field: Field<T>, headerName: string, format: Formatters, extra: ColDef<T> = {}): ColDef<T> {
  return {
    ...base(field, headerName),
    cellDataType: 'number',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width: 120,
    valueFormatter: (params) => format.number(params.value as number | null),
    ...extra,
  };
}

/** Money in the row's currency (CNY unless the row says otherwise). */
export function moneyColumn<T>(
  field: Field<T>,
  headerName: string,
  format: Formatters,
  currencyOf?: (row: T) => string,
  extra: ColDef<T> = {},
): ColDef<T> {
  return numberColumn(field, headerName, format, {
    width: 130,
    valueFormatter: (params) =>
      format.money(params.value as number | null, params.data && currencyOf ? currencyOf(params.data) : 'CNY'),
    ...extra,
  });
}

/** ISO calendar dates: filtered as dates, shown in the user's locale. */
export function dateColumn<T>(field: Field<T>, headerName: string, format: Formatters, extra: ColDef<T> = {}): ColDef<T> {
  return {
    ...base(field, headerName),
    cellDataType: 'dateString',
    filter: 'agDateColumnFilter',
    // The browser's date input does not fit under a column header; the header's filter menu has it.
    floatingFilter: false,
    width: 120,
    valueFormatter: (params) => (params.value ? format.date(params.value as string) : ''),
    ...extra,
  };
}

/**
 * Coded values (statuses, flags) shown and searched in the user's language: the value
 * itself is translated so filters and quick search match what is on screen.
 */
export function labelColumn<T>(
  field: Field<T>,
  headerName: string,
  label: (raw: unknown) => string,
  extra: ColDef<T> = {},
): ColDef<T> {
  return {
    ...base(field, headerName),
    cellDataType: 'text',
    filter: 'agTextColumnFilter',
    width: 120,
    valueGetter: (params) => (params.data ? label(params.data[field]) : ''),
    ...extra,
  };
}
