import { UndoOutlined } from '@ant-design/icons';
import type { CellEditRequestEvent, GetRowIdParams, GridApi, RowClickedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { Button, Tooltip } from 'antd';
import { useCallback, useMemo } from 'react';
import type { ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import type { GridPageQuery } from '../../../shared/contract/schemas/grid-page';
import { FORECAST_GRID_ID, readForecastGridPage } from '../../api/page-reads';
import { ServerGrid } from '../../grid/ServerGrid';
import { useColumnReset } from '../../grid/useColumnReset';
import { useFormat, useT } from '../../i18n/hooks';
import { forecastColumns, nextColumnIndex } from './forecast-columns';
import type { Frequency } from '../../i18n/forecast-frequency';
import { nextLabel } from './forecast-labels';
import { seriesKey } from './series-key';

export interface CellEdit {
  row: ForecastGridRow;
  /** 0-based bucket of the run. */
  index: number;
  value: number | null;
}

interface Props {
  runId: number;
  frequency: Frequency;
  /** The search box's text (a SKU a link named, or what the user typed). */
  search: string;
  onSearch(text: string): void;
  onSelect(row: ForecastGridRow): void;
  onCellEdit(edit: CellEdit): void;
  /** The first page for a search arrived (a SKU a link named opens from it). */
  onFirstPage(rows: readonly ForecastGridRow[], search: string): void;
  /** The grid, to put a row the core recomputed in place (after an override). */
  onGridApi(api: GridApi<ForecastGridRow> | null): void;
  onError(error: unknown): void;
}

const getRowId = (params: GetRowIdParams<ForecastGridRow>) => seriesKey(params.data);

/** Search, row count and the series grid (pages from the core); clicking a row opens it, typing in a next-period cell overrides it. */
export function ForecastGrid({ runId, frequency, search, onSearch, onSelect, onCellEdit, onFirstPage, onGridApi: onPageGridApi, onError }: Props) {
  const t = useT();
  const format = useFormat();
  const { onGridApi: onResetGridApi, resetColumns } = useColumnReset<ForecastGridRow>(FORECAST_GRID_ID);
  const onGridApi = useCallback(
    (api: GridApi<ForecastGridRow> | null) => {
      onResetGridApi(api);
      onPageGridApi(api);
    },
    [onResetGridApi, onPageGridApi],
  );
  const fetchPage = useCallback((query: GridPageQuery) => readForecastGridPage(runId, query), [runId]);

  const columnDefs = useMemo(() => forecastColumns(t, format, frequency), [t, format, frequency]);
  const empty = useMemo(() => ({ title: t('forecasts.grid.empty'), hint: t('forecasts.grid.emptyHint') }), [t]);

  const gridOptions = useMemo<AgGridReactProps<ForecastGridRow>>(
    () => ({
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      readOnlyEdit: true,
      onRowClicked: (event: RowClickedEvent<ForecastGridRow>) => {
        if (event.data) onSelect(event.data);
      },
      onCellEditRequest: (event: CellEditRequestEvent<ForecastGridRow>) => {
        const index = nextColumnIndex(event.column.getColId());
        if (index === null || !event.data) return;
        const value = event.newValue === null || event.newValue === undefined ? null : Number(event.newValue);
        onCellEdit({ row: event.data, index, value });
      },
    }),
    [onSelect, onCellEdit],
  );

  return (
    <ServerGrid<ForecastGridRow>
      fetchPage={fetchPage}
      onFirstPage={onFirstPage}
      onError={onError}
      search={search}
      onSearch={onSearch}
      placeholder={t('forecasts.search')}
      countTestId="forecast-row-count"
      hint={t('forecasts.grid.editHint', { next: nextLabel(t, frequency, 1) })}
      actions={
        <Tooltip title={t('data.resetColumns')}>
          <Button size="small" type="text" icon={<UndoOutlined />} aria-label={t('data.resetColumns')} onClick={resetColumns} />
        </Tooltip>
      }
      gridId={FORECAST_GRID_ID}
      ariaLabel={t('forecasts.grid')}
      columnDefs={columnDefs}
      getRowId={getRowId}
      empty={empty}
      onGridApi={onGridApi}
      gridOptions={gridOptions}
    />
  );
}
