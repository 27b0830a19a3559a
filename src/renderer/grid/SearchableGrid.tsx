import { useState, type ReactNode } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { DataGrid, type DataGridProps } from './DataGrid';
import { GridSearchBar } from './GridSearchBar';

export interface SearchableGridProps<T> extends Omit<DataGridProps<T>, 'quickFilterText' | 'onDisplayedRowsChange'> {
  /** The search box's text (what a link named, or what the user typed). */
  search: string;
  onSearch(text: string): void;
  placeholder: string;
  /** Names the row count for tests. */
  countTestId: string;
  hint?: string;
  size?: 'small' | 'middle';
  /** The grid's own actions, at the end of the search bar. */
  actions?: ReactNode;
}

/** A page's main grid: the search bar with its row count above the grid, the search applied as the user pauses typing. */
export function SearchableGrid<T>({ search, onSearch, placeholder, countTestId, hint, size, actions, ...grid }: SearchableGridProps<T>) {
  const quickFilterText = useDebouncedValue(search, 150);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <GridSearchBar
        search={search}
        onSearch={onSearch}
        placeholder={placeholder}
        total={grid.rows?.length ?? 0}
        shown={shown}
        countTestId={countTestId}
        hint={hint}
        size={size}
      >
        {actions}
      </GridSearchBar>
      <DataGrid<T> {...grid} quickFilterText={quickFilterText} onDisplayedRowsChange={setShown} />
    </div>
  );
}
