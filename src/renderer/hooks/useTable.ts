import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import type { TableKey, TableState } from '../store/data-slice';

/**
 * One data table of the open workspace, loaded on first use and kept until the workspace changes;
 * not asked for until `ready` (a page whose other reads must not queue behind a long one).
 */
export function useTable<K extends TableKey>(key: K, ready = true): TableState<K> | undefined {
  const table = useAppStore((state) => state.tables[key]) as TableState<K> | undefined;
  const epoch = useAppStore((state) => state.workspaceEpoch);
  const loadTable = useAppStore((state) => state.loadTable);

  useEffect(() => {
    if (ready) void loadTable(key);
  }, [key, epoch, loadTable, ready]);

  return table;
}
