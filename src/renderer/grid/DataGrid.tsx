import type { ColDef, GetRowIdParams, GridApi, GridState, IDatasource } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { agGridLocaleText } from '../i18n/ag-grid-locale';
import { useLocale } from '../i18n/hooks';
import { loadColumnState, saveColumnState } from './column-state';
import { SERVER_BLOCK_ROWS, TYPING_PAUSE_MS } from './first-query';
import { GridEmptyOverlay, type GridEmptyOverlayParams } from './GridEmptyOverlay';
import { gridTheme } from './grid-theme';

export interface DataGridProps<T> {
  /** Names the remembered column state. */
  gridId: string;
  rows: readonly T[] | null;
  /** Must be memoised by the caller: a new array re-creates every column. */
  columnDefs: ColDef<T>[];
  getRowId: (params: GetRowIdParams<T>) => string;
  quickFilterText: string;
  loading: boolean;
  empty: GridEmptyOverlayParams;
  ariaLabel: string;
  onDisplayedRowsChange?(count: number): void;
  onGridApi?(api: GridApi<T> | null): void;
  /**
   * Rows fetched page by page from the core (sorted, filtered and searched there) instead of `rows`:
   * AG Grid's infinite row model. A new datasource starts the grid again from its first row.
   */
  datasource?: IDatasource;
  /** Extra grid options for a page that needs more (row clicks, edit requests); the props above win. */
  gridOptions?: AgGridReactProps<T>;
}

const defaultColDef: ColDef = {
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  suppressHeaderMenuButton: false,
  minWidth: 70,
};

/** A column's text or number filter asking the core after the typing pause, not AG Grid's 500 ms (a date filter applies at once). */
function withTypingPause<T>(column: ColDef<T>): ColDef<T> {
  if (column.filter !== 'agTextColumnFilter' && column.filter !== 'agNumberColumnFilter') return column;
  return { ...column, filterParams: { debounceMs: TYPING_PAUSE_MS, ...(column.filterParams as object | undefined) } };
}

/** A spreadsheet-like read-only grid: sort, filters, quick search, keyboard navigation, remembered columns. */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { gridId, rows, columnDefs, getRowId, quickFilterText, loading, empty, ariaLabel } = props;
  const mode = useAppStore((state) => state.settings.theme);
  const locale = useLocale();
  const theme = useMemo(() => gridTheme(mode), [mode]);
  const localeText = useMemo(() => agGridLocaleText(locale), [locale]);
  // Read once: `initialState` is only used when the grid is created.
  const [initialState] = useState(() => loadColumnState(gridId));
  // Rows filtered in the core: a filter waits only for the typing pause (one request per pause).
  const serverRows = props.datasource !== undefined;
  const columns = useMemo(() => (serverRows ? columnDefs.map(withTypingPause) : columnDefs), [serverRows, columnDefs]);

  return (
    <div style={{ flex: 1, minHeight: 0 }} role="region" aria-label={ariaLabel} data-testid={`grid-${gridId}`}>
      <AgGridReact<T>
        {...props.gridOptions}
        // The locale text is read at creation: re-create the grid when the language changes.
        key={locale}
        theme={theme}
        localeText={localeText}
        {...(props.datasource
          ? { rowModelType: 'infinite' as const, datasource: props.datasource, cacheBlockSize: SERVER_BLOCK_ROWS, maxBlocksInCache: 50, blockLoadDebounceMillis: 50 }
          : { rowData: rows as T[] | null, quickFilterText, cacheQuickFilter: true })}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        loading={loading}
        initialState={initialState}
        onStateUpdated={(event) => saveColumnState(gridId, event.state as GridState)}
        onModelUpdated={(event) => props.onDisplayedRowsChange?.(event.api.getDisplayedRowCount())}
        onGridReady={(event) => props.onGridApi?.(event.api)}
        onGridPreDestroyed={() => props.onGridApi?.(null)}
        noRowsOverlayComponent={GridEmptyOverlay}
        noRowsOverlayComponentParams={empty}
        enableCellTextSelection
        // Long names are cut with an ellipsis; hovering shows them whole.
        tooltipShowMode="whenTruncated"
        tooltipShowDelay={500}
        animateRows={false}
        suppressDragLeaveHidesColumns
      />
    </div>
  );
}
