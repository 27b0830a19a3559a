import { SwapOutlined } from '@ant-design/icons';
import type { GetRowIdParams, RowClickedEvent, SelectionChangedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { Button, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { DataGrid } from '../../grid/DataGrid';
import { GridSearchBar } from '../../grid/GridSearchBar';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat, useT } from '../../i18n/hooks';
import { rankingColumns } from './ranking-columns';

export const RANKING_GRID_ID = 'supplier-ranking';
/** Side by side stays readable up to three. */
export const MAX_COMPARED = 3;

interface Props {
  rows: SupplierScorecardRow[] | null;
  loading: boolean;
  /** The search box's text (a supplier a link named, or what the user typed). */
  search: string;
  onSearch(text: string): void;
  onOpen(supplierId: number): void;
  onCompare(supplierIds: number[]): void;
}

const getRowId = (params: GetRowIdParams<SupplierScorecardRow>) => String(params.data.supplierId);

/** Suppliers best first; a click opens a scorecard, ticking two or three compares them. */
export function RankingGrid({ rows, loading, search, onSearch, onOpen, onCompare }: Props) {
  const t = useT();
  const format = useFormat();
  const quickFilterText = useDebouncedValue(search, 150);
  const [shown, setShown] = useState<number | null>(null);
  const [ticked, setTicked] = useState<number[]>([]);

  const columnDefs = useMemo(() => rankingColumns(t, format), [t, format]);
  const empty = useMemo(() => ({ title: t('suppliers.grid.empty'), hint: t('suppliers.grid.emptyHint') }), [t]);
  const gridOptions = useMemo<AgGridReactProps<SupplierScorecardRow>>(
    () => ({
      rowSelection: {
        mode: 'multiRow',
        checkboxes: true,
        headerCheckbox: false,
        enableClickSelection: false,
        isRowSelectable: (node) => node.data?.score !== null,
      },
      selectionColumnDef: { pinned: 'left', width: 44, headerTooltip: t('suppliers.compare.tick') },
      onRowClicked: (event: RowClickedEvent<SupplierScorecardRow>) => {
        // The tick box has its own meaning: only a click elsewhere on the row opens the scorecard.
        const target = event.event?.target as HTMLElement | undefined;
        if (target?.closest('.ag-selection-checkbox, [col-id="ag-Grid-SelectionColumn"]')) return;
        if (event.data) onOpen(event.data.supplierId);
      },
      onSelectionChanged: (event: SelectionChangedEvent<SupplierScorecardRow>) =>
        setTicked(event.api.getSelectedRows().map((row) => row.supplierId)),
    }),
    [onOpen, t],
  );

  const total = rows?.length ?? 0;
  const canCompare = ticked.length >= 2 && ticked.length <= MAX_COMPARED;

  return (
    <div style={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <GridSearchBar
        search={search}
        onSearch={onSearch}
        placeholder={t('suppliers.search')}
        total={total}
        shown={shown}
        countTestId="supplier-row-count"
        hint={t('suppliers.grid.hint')}
      >
        <Tooltip title={canCompare ? undefined : t('suppliers.compare.howTo', { max: MAX_COMPARED })}>
          <Button icon={<SwapOutlined />} disabled={!canCompare} onClick={() => onCompare(ticked)} data-testid="compare-button">
            {t('suppliers.compare.button', { count: ticked.length })}
          </Button>
        </Tooltip>
      </GridSearchBar>
      <DataGrid<SupplierScorecardRow>
        gridId={RANKING_GRID_ID}
        ariaLabel={t('suppliers.grid')}
        rows={rows}
        columnDefs={columnDefs}
        getRowId={getRowId}
        quickFilterText={quickFilterText}
        loading={loading}
        empty={empty}
        onDisplayedRowsChange={setShown}
        gridOptions={gridOptions}
      />
    </div>
  );
}
