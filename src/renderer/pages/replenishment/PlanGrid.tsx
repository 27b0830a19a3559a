import type { CellEditRequestEvent, GetRowIdParams, GridApi, RowClickedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import type { GridPageQuery } from '../../../shared/contract/schemas/grid-page';
import type { PlanLineRow } from '../../../shared/contract/schemas/planning';
import { PLAN_GRID_ID, readPlanLinePage } from '../../api/page-reads';
import { ServerGrid } from '../../grid/ServerGrid';
import { useFormat, useT } from '../../i18n/hooks';
import type { PlanGridContext } from './PlanCells';
import type { DraftKey } from './DraftCards';
import { planColumns, QUANTITY_COLUMN } from './plan-columns';

interface Props {
  planId: number;
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
  /** The first page for a search arrived (a SKU a link named opens from it). */
  onFirstPage(rows: readonly PlanLineRow[], search: string): void;
  /** The grid, to put a line the core changed in place, or fetch the lines again. */
  onGridApi(api: GridApi<PlanLineRow> | null): void;
  onError(error: unknown): void;
}

const getRowId = (params: GetRowIdParams<PlanLineRow>) => String(params.data.lineId);

/** The plan's lines: search, one supplier or all, quantities typed in the grid, lock toggles. */
export function PlanGrid({ planId, draft, readOnly, search, onSearch, onSelect, onEdit, onLock, inputsMissing = false, onFirstPage, onGridApi, onError }: Props) {
  const t = useT();
  const format = useFormat();
  const columnDefs = useMemo(() => planColumns(t, format), [t, format]);
  const empty = useMemo(
    () =>
      inputsMissing
        ? { title: t('plan.grid.emptyMissing'), hint: t('plan.grid.emptyMissingHint') }
        : { title: t('plan.grid.empty'), hint: t('plan.grid.emptyHint') },
    [t, inputsMissing],
  );
  const context = useMemo<PlanGridContext>(() => ({ onLock, readOnly }), [onLock, readOnly]);
  const supplierId = draft?.supplierId ?? null;
  const locationId = draft?.locationId ?? null;
  // The draft card chosen narrows the lines in the core; choosing another fetches from the first row.
  const fetchPage = useCallback(
    (query: GridPageQuery) =>
      readPlanLinePage(planId, supplierId !== null && locationId !== null ? { supplierId, locationId } : null, query),
    [planId, supplierId, locationId],
  );

  const gridOptions = useMemo<AgGridReactProps<PlanLineRow>>(
    () => ({
      context,
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
      readOnlyEdit: true,
      singleClickEdit: false,
      stopEditingWhenCellsLoseFocus: true,
      // Only the columns in view are drawn (AG Grid's default): drawing every column was most of the grid's first render.
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
    <ServerGrid<PlanLineRow>
      fetchPage={fetchPage}
      onFirstPage={onFirstPage}
      onError={onError}
      search={search}
      onSearch={onSearch}
      placeholder={t('plan.search')}
      countTestId="plan-row-count"
      hint={t('plan.grid.editHint')}
      size="small"
      gridId={PLAN_GRID_ID}
      ariaLabel={t('plan.grid')}
      columnDefs={columnDefs}
      getRowId={getRowId}
      empty={empty}
      onGridApi={onGridApi}
      gridOptions={gridOptions}
    />
  );
}
