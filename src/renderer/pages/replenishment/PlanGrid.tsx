import type { CellEditRequestEvent, GetRowIdParams, GridApi, RowClickedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PlanLineRow } from '../../../shared/contract/schemas/planning';
import { SearchableGrid } from '../../grid/SearchableGrid';
import { useFormat, useT } from '../../i18n/hooks';
import type { PlanGridContext } from './PlanCells';
import type { DraftKey } from './DraftCards';
import { planColumns, QUANTITY_COLUMN } from './plan-columns';

interface Props {
  rows: PlanLineRow[] | null;
  loading: boolean;
  /** Show only this supplier's lines for one location (a draft card was chosen); null = all. */
  draft: DraftKey | null;
  /** An archived plan: shown, not changed. */
  readOnly: boolean;
  /** The search box's text (a SKU a link named, or what the user typed). */
  search: string;
  onSearch(text: string): void;
  onSelect(row: PlanLineRow): void;
  onEdit(row: PlanLineRow, quantity: number): void;
  onLock(row: PlanLineRow, locked: boolean): void;
  /** SKUs lack a stock snapshot or supplier terms: an empty plan then says it cannot tell, not "enough stock". */
  inputsMissing?: boolean;
}

const getRowId = (params: GetRowIdParams<PlanLineRow>) => String(params.data.lineId);

/** The plan's lines: search, one supplier or all, quantities typed in the grid, lock toggles. */
export function PlanGrid({ rows, loading, draft, readOnly, search, onSearch, onSelect, onEdit, onLock, inputsMissing = false }: Props) {
  const t = useT();
  const format = useFormat();
  const api = useRef<GridApi<PlanLineRow> | null>(null);
  const columnDefs = useMemo(() => planColumns(t, format), [t, format]);
  const empty = useMemo(
    () =>
      inputsMissing
        ? { title: t('plan.grid.emptyMissing'), hint: t('plan.grid.emptyMissingHint') }
        : { title: t('plan.grid.empty'), hint: t('plan.grid.emptyHint') },
    [t, inputsMissing],
  );
  const context = useMemo<PlanGridContext>(() => ({ onLock, readOnly }), [onLock, readOnly]);
  const draftRef = useRef(draft);

  // The draft choice is an external filter: it must be read by the grid's callback, and re-applied when it changes.
  useEffect(() => {
    draftRef.current = draft;
    api.current?.onFilterChanged();
  }, [draft]);

  const onGridApi = useCallback((next: GridApi<PlanLineRow> | null) => {
    api.current = next;
  }, []);

  const gridOptions = useMemo<AgGridReactProps<PlanLineRow>>(
    () => ({
      context,
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      readOnlyEdit: true,
      singleClickEdit: false,
      stopEditingWhenCellsLoseFocus: true,
      isExternalFilterPresent: () => draftRef.current !== null,
      doesExternalFilterPass: (node) => node.data?.supplierId === draftRef.current?.supplierId && node.data?.locationId === draftRef.current?.locationId,
      suppressColumnVirtualisation: true,
      onRowClicked: (event: RowClickedEvent<PlanLineRow>) => {
        if (event.data) onSelect(event.data);
      },
      onCellEditRequest: (event: CellEditRequestEvent<PlanLineRow>) => {
        if (event.column.getColId() !== QUANTITY_COLUMN || !event.data) return;
        const value = Number(event.newValue);
        if (event.newValue === null || event.newValue === undefined || !Number.isFinite(value) || value < 0) return;
        onEdit(event.data, value);
      },
    }),
    [context, onSelect, onEdit],
  );

  return (
    <SearchableGrid<PlanLineRow>
      search={search}
      onSearch={onSearch}
      placeholder={t('plan.search')}
      countTestId="plan-row-count"
      hint={t('plan.grid.editHint')}
      size="small"
      gridId="plan"
      ariaLabel={t('plan.grid')}
      rows={rows}
      columnDefs={columnDefs}
      getRowId={getRowId}
      loading={loading}
      empty={empty}
      onGridApi={onGridApi}
      gridOptions={gridOptions}
    />
  );
}
