import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import type { GetRowIdParams, RowClickedEvent, SelectionChangedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import type { AlertRow } from '../../../shared/contract/schemas/monitoring';
import { DataGrid } from '../../grid/DataGrid';
import { GridSearchBar } from '../../grid/GridSearchBar';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat, useT } from '../../i18n/hooks';
import { alertColumns } from './alert-columns';

interface Props {
  rows: AlertRow[] | null;
  loading: boolean;
  hint: string;
  onOpen(id: number): void;
  onAcknowledge(ids: number[]): void;
  onSnooze(ids: number[]): void;
}

const getRowId = (params: GetRowIdParams<AlertRow>) => String(params.data.id);

/** Every alert matching the filters, ranked; a click opens one, ticks act on several. */
export function AlertsGrid({ rows, loading, hint, onOpen, onAcknowledge, onSnooze }: Props) {
  const t = useT();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const quickFilterText = useDebouncedValue(search, 150);
  const [shown, setShown] = useState<number | null>(null);
  const [ticked, setTicked] = useState<number[]>([]);
  const columnDefs = useMemo(() => alertColumns(t, format), [t, format]);
  const empty = useMemo(() => ({ title: t('alerts.grid.empty'), hint: t('alerts.grid.emptyHint') }), [t]);
  const gridOptions = useMemo<AgGridReactProps<AlertRow>>(
    () => ({
      rowSelection: { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false, isRowSelectable: (node) => node.data?.status !== 'resolved' },
      selectionColumnDef: { pinned: 'left', width: 44 },
      onRowClicked: (event: RowClickedEvent<AlertRow>) => {
        const target = event.event?.target as HTMLElement | undefined;
        if (target?.closest('.ag-selection-checkbox, [col-id="ag-Grid-SelectionColumn"]')) return;
        if (event.data) onOpen(event.data.id);
      },
      onSelectionChanged: (event: SelectionChangedEvent<AlertRow>) => setTicked(event.api.getSelectedRows().map((row) => row.id)),
    }),
    [onOpen],
  );
  const act = (action: (ids: number[]) => void) => {
    action(ticked);
    setTicked([]);
  };

  return (
    <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <GridSearchBar search={search} onSearch={setSearch} placeholder={t('alerts.search')} total={rows?.length ?? 0} shown={shown} countTestId="alert-row-count" hint={hint}>
        <Button icon={<CheckOutlined />} disabled={ticked.length === 0} onClick={() => act(onAcknowledge)} data-testid="bulk-ack">
          {t('alerts.acknowledgeSelected', { count: ticked.length })}
        </Button>
        <Button icon={<ClockCircleOutlined />} disabled={ticked.length === 0} onClick={() => act(onSnooze)} data-testid="bulk-snooze">
          {t('alerts.snoozeSelected', { count: ticked.length })}
        </Button>
      </GridSearchBar>
      <DataGrid<AlertRow>
        gridId="alerts"
        rows={rows}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText={quickFilterText}
        loading={loading}
        empty={empty}
        ariaLabel={t('alerts.grid')}
        onDisplayedRowsChange={setShown}
        gridOptions={gridOptions}
      />
    </div>
  );
}
