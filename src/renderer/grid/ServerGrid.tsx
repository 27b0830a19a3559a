import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { DataGrid, type DataGridProps } from './DataGrid';
import { GridSearchBar } from './GridSearchBar';
import { serverFilter } from './server-filter';
import { TYPING_PAUSE_MS } from './first-query';

export interface ServerGridProps<T> extends Omit<DataGridProps<T>, 'rows' | 'quickFilterText' | 'onDisplayedRowsChange' | 'datasource' | 'loading'> {
  /** One page from the core; memoise it: a new function reloads the grid from its first row. */
  fetchPage(query: GridPageQuery): Promise<GridPage<T>>;
  /** The rows behind the grid changed (an import, another workspace): a new value asks again from the first row. */
  version?: string | number;
  /** The first page for a search arrived (a link that names a row opens it from there). */
  onFirstPage?(rows: readonly T[], search: string): void;
  /** A page could not be fetched. */
  onError?(error: unknown): void;
  search: string;
  onSearch(text: string): void;
  placeholder: string;
  /** Names the row count for tests. */
  countTestId: string;
  hint?: string;
  size?: 'small' | 'middle';
  actions?: ReactNode;
}

/**
 * A page's main grid over rows that stay in the core (100,000 series, tens of thousands of plan
 * lines): the search bar with "N of M rows" above a grid that asks for the rows it shows, sorted,
 * filtered and searched in SQL. Scrolling, sorting and filtering never hold more than a few pages.
 */
export function ServerGrid<T>({ fetchPage, version, onFirstPage, onError, search, onSearch, placeholder, countTestId, hint, size, actions, ...grid }: ServerGridProps<T>) {
  const settledSearch = useDebouncedValue(search, TYPING_PAUSE_MS);
  const [counts, setCounts] = useState<{ matched: number; total: number } | null>(null);
  const latest = useRef({ onFirstPage, onError });
  latest.current = { onFirstPage, onError };

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params: IGetRowsParams) => {
        const columnDef = (colId: string) => params.api.getColumnDef(colId);
        const query: GridPageQuery = {
          offset: params.startRow,
          limit: params.endRow - params.startRow,
          sort: params.sortModel.map(({ colId, sort }) => ({ colId, sort })),
          filter: serverFilter(params.filterModel as Record<string, unknown>, columnDef),
          search: settledSearch,
        };
        fetchPage(query).then(
          (page) => {
            setCounts({ matched: page.matched, total: page.total });
            params.successCallback(page.rows, page.matched);
            if (params.startRow === 0) latest.current.onFirstPage?.(page.rows, settledSearch);
            // The grid shows its own "no rows" only for client rows: say it when nothing matched.
            if (page.matched === 0) params.api.showNoRowsOverlay();
            else params.api.hideOverlay();
          },
          (error: unknown) => {
            params.failCallback();
            latest.current.onError?.(error);
          },
        );
      },
    }),
    // `version` is not read inside: a new value is a new datasource, which the grid fetches afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fetchPage, settledSearch, version],
  );

  return (
    <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <GridSearchBar
        search={search}
        onSearch={onSearch}
        placeholder={placeholder}
        total={counts?.total ?? 0}
        shown={counts?.matched ?? null}
        countTestId={countTestId}
        hint={hint}
        size={size}
      >
        {actions}
      </GridSearchBar>
      <DataGrid<T>
        {...grid}
        rows={null}
        quickFilterText=""
        loading={false}
        datasource={datasource}
      />
    </div>
  );
}
