import { Alert, Button } from 'antd';
import type { GetRowIdParams } from 'ag-grid-community';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { DataGrid } from '../../grid/DataGrid';
import { useColumnReset } from '../../grid/useColumnReset';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useRouteSelection } from '../../hooks/useRouteSelection';
import { useTable } from '../../hooks/useTable';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import type { TableKey, TableRow } from '../../store/data-slice';
import type { TableDefinition } from './table-definition';
import { TableToolbar } from './TableToolbar';

interface Props<K extends TableKey> {
  definition: TableDefinition<K>;
  /** Shown between the toolbar and the grid (e.g. a chart). */
  above?: ReactNode;
  /** What a link named (`#/data/purchaseOrders/<PO number>`): put in the search box. */
  item?: string | undefined;
  /** Back to the tab's plain route (the search was changed or cleared). */
  onLeaveItem?(): void;
}

const stay = () => undefined;

/** One table of the Data page: search, row count, the grid, and a clear error if loading fails. */
export function TablePanel<K extends TableKey>({ definition, above, item, onLeaveItem }: Props<K>) {
  const t = useT();
  const format = useFormat();
  const table = useTable(definition.key);
  const loadTable = useAppStore((state) => state.loadTable);
  const { search, setSearch } = useRouteSelection({ target: item, rows: table?.rows ?? null, leave: onLeaveItem ?? stay });
  const quickFilterText = useDebouncedValue(search, 150);
  const [shown, setShown] = useState<number | null>(null);
  const { onGridApi, resetColumns } = useColumnReset<TableRow<K>>(definition.key);

  const columnDefs = useMemo(() => definition.columns(t, format), [definition, t, format]);
  const getRowId = useCallback((params: GetRowIdParams<TableRow<K>>) => definition.rowId(params.data), [definition]);
  const empty = useMemo(() => ({ title: t(definition.empty), hint: t('import.emptyHint') }), [definition, t]);

  if (table?.status === 'error' && table.error) {
    const text = describeError(t, table.error);
    return (
      <Alert
        type="error"
        showIcon
        title={t('data.loadFailed')}
        description={`${text.message} ${text.next}`}
        action={<Button onClick={() => void loadTable(definition.key, { force: true })}>{t('common.retry')}</Button>}
      />
    );
  }

  return (
    <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <TableToolbar
        search={search}
        onSearch={setSearch}
        total={table?.rows?.length ?? 0}
        shown={shown}
        onResetColumns={resetColumns}
      />
      {above}
      <DataGrid<TableRow<K>>
        gridId={definition.key}
        ariaLabel={t(definition.label)}
        rows={table?.rows ?? null}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText={quickFilterText}
        loading={!table || table.status === 'loading'}
        empty={empty}
        onDisplayedRowsChange={setShown}
        onGridApi={onGridApi}
      />
    </div>
  );
}
