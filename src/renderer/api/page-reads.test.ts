import type { ColDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { getFormatters } from '../i18n/format';
import { getTranslator } from '../i18n/translate';
import { forecastColumns } from '../pages/forecasts/forecast-columns';
import { planColumns } from '../pages/replenishment/plan-columns';
import { FORECAST_DEFAULT_SORT, PLAN_DEFAULT_SORT } from './page-reads';

/** The order a grid opens in, as AG Grid reads it from the column definitions. */
function columnsSort(columns: ColDef[]): { colId: string; sort: 'asc' | 'desc' }[] {
  return columns
    .filter((column) => column.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((column) => ({ colId: column.colId ?? column.field ?? '', sort: column.sort as 'asc' | 'desc' }));
}

describe('the first page asked for before a grid loads', () => {
  it('is in the order the grids open in', () => {
    const t = getTranslator('en');
    const format = getFormatters('en');
    expect(columnsSort(forecastColumns(t, format, 'week') as ColDef[])).toEqual(FORECAST_DEFAULT_SORT);
    expect(columnsSort(planColumns(t, format) as ColDef[])).toEqual(PLAN_DEFAULT_SORT);
  });
});
