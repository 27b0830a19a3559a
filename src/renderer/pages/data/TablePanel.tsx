import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Tooltip } from 'antd';
import type { GetRowIdParams } from 'ag-grid-community';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { GridPageQuery } from '../../../shared/contract/schemas/grid-page';
import { fetchTablePage } from '../../api/table-pages';
import { toErrorShape } from '../../api/errors';
import { ServerGrid } from '../../grid/ServerGrid';
import { useColumnReset } from '../../grid/useColumnReset';
import { useRouteSelection } from '../../hooks/useRouteSelection';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import type { TableKey, TableRow } from '../../store/data-slice';
import type { TableDefinition } from './table-definition';

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

/**
 * One table of the Data page: search, row count, the grid, and a clear error if loading fails. The
 * rows stay in the core and come a page at a time, so a million purchase-order lines open, sort
 * and filter as fast as a hundred.
 */
export function TablePanel<K extends TableKey>({ definition, above, item, onLeaveItem }: Props<K>) {
  const t = useT();
  const format = useFormat();
  // A new workspace, an import or an approved order: the grid asks again from its first row.
  const workspaceEpoch = useAppStore((state) => state.workspaceEpoch);
  const dataEpoch = useAppStore((state) => state.dataEpoch);
  const [retries, setRetries] = useState(0);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const { search, setSearch } = useRouteSelection({ target: item, rows: null, leave: onLeaveItem ?? stay });
  const { onGridApi, resetColumns } = useColumnReset<TableRow<K>>(definition.key);

  const columnDefs = useMemo(() => definition.columns(t, format), [definition, t, format]);
  const getRowId = useCallback((params: GetRowIdParams<TableRow<K>>) => definition.rowId(params.data), [definition]);
  const empty = useMemo(() => ({ title: t(definition.empty), hint: t('import.emptyHint') }), [definition, t]);
  const fetchPage = useCallback((query: GridPageQuery) => fetchTablePage(definition.key, query), [definition.key]);
  const onError = useCallback((reason: unknown) => setError(toErrorShape(reason)), []);
  const onFirstPage = useCallback(() => setError(null), []);

  if (error) {
    const text = describeError(t, error);
    return (
      <Alert
        type="error"
        showIcon
        title={t('data.loadFailed')}
        description={`${text.message} ${text.next}`}
        action={
          <Button
            onClick={() => {
              setError(null);
              setRetries((n) => n + 1);
            }}
          >
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  return (
    <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      {above}
      <ServerGrid<TableRow<K>>
        fetchPage={fetchPage}
        version={`${workspaceEpoch}:${dataEpoch}:${retries}`}
        onFirstPage={onFirstPage}
        onError={onError}
        search={search}
        onSearch={setSearch}
        placeholder={t('data.search')}
        countTestId="row-count"
        actions={
          <Tooltip title={t('data.resetColumns')}>
            <Button size="small" type="text" icon={<UndoOutlined />} onClick={resetColumns}>
              {t('data.resetColumns')}
            </Button>
          </Tooltip>
        }
        gridId={definition.key}
        ariaLabel={t(definition.label)}
        columnDefs={columnDefs}
        getRowId={getRowId}
        empty={empty}
        onGridApi={onGridApi}
      />
    </div>
  );
}
