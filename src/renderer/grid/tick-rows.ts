import type { IRowNode, RowClickedEvent, SelectionChangedEvent } from 'ag-grid-community';
import type { AgGridReactProps } from 'ag-grid-react';

interface TickRows<T> {
  /** Rows that cannot be ticked (nothing to act on). */
  isRowSelectable(node: IRowNode<T>): boolean;
  headerCheckbox: boolean;
  headerTooltip?: string;
  /** A click on the row, anywhere but its tick box. */
  onOpen(row: T): void;
  onTicked(rows: T[]): void;
}

/**
 * Grid options for rows that are opened by a click and ticked for actions on several:
 * a pinned tick-box column whose clicks only tick, never open.
 */
export function tickRowOptions<T>({ isRowSelectable, headerCheckbox, headerTooltip, onOpen, onTicked }: TickRows<T>): AgGridReactProps<T> {
  return {
    rowSelection: { mode: 'multiRow', checkboxes: true, headerCheckbox, enableClickSelection: false, isRowSelectable },
    selectionColumnDef: { pinned: 'left', width: 44, headerTooltip },
    onRowClicked: (event: RowClickedEvent<T>) => {
      // The tick box has its own meaning: only a click elsewhere on the row opens it.
      const target = event.event?.target as HTMLElement | undefined;
      if (target?.closest('.ag-selection-checkbox, [col-id="ag-Grid-SelectionColumn"]')) return;
      if (event.data) onOpen(event.data);
    },
    onSelectionChanged: (event: SelectionChangedEvent<T>) => onTicked(event.api.getSelectedRows()),
  };
}
