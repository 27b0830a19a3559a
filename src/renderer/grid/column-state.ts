import type { GridState } from 'ag-grid-community';

const PREFIX = 'supplydesk.grid.';
const VERSION = 1;

/** The parts of a grid's state worth remembering between sessions; filters are not (they would hide rows next time). */
type RememberedState = Pick<GridState, 'columnOrder' | 'columnSizing' | 'columnVisibility' | 'columnPinning' | 'sort'>;

function key(gridId: string): string {
  return `${PREFIX}${gridId}.v${VERSION}`;
}

export function pickRemembered(state: GridState): RememberedState {
  const { columnOrder, columnSizing, columnVisibility, columnPinning, sort } = state;
  return { columnOrder, columnSizing, columnVisibility, columnPinning, sort };
}

export function loadColumnState(gridId: string): GridState | undefined {
  try {
    const raw = localStorage.getItem(key(gridId));
    return raw ? (JSON.parse(raw) as GridState) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes only when something changed: the grid reports state often (focus, scrolling). */
export function saveColumnState(gridId: string, state: GridState): void {
  const serialised = JSON.stringify(pickRemembered(state));
  if (localStorage.getItem(key(gridId)) !== serialised) localStorage.setItem(key(gridId), serialised);
}

export function forgetColumnState(gridId: string): void {
  localStorage.removeItem(key(gridId));
}
