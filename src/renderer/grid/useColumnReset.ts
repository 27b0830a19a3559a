import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef } from 'react';
import { forgetColumnState } from './column-state';

/**
 * "Reset columns" for a grid whose column state is remembered: forgets the stored state and puts
 * the columns back as defined. Hand `onGridApi` to the DataGrid.
 */
export function useColumnReset<T>(gridId: string): { onGridApi(api: GridApi<T> | null): void; resetColumns(): void } {
  const api = useRef<GridApi<T> | null>(null);
  const onGridApi = useCallback((next: GridApi<T> | null) => {
    api.current = next;
  }, []);
  const resetColumns = useCallback(() => {
    forgetColumnState(gridId);
    api.current?.resetColumnState();
  }, [gridId]);
  return { onGridApi, resetColumns };
}
