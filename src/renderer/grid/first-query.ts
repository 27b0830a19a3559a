import type { ColDef } from 'ag-grid-community';
import type { GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { loadColumnState } from './column-state';

/** Rows asked of the core at a time: a screenful or three. */
export const SERVER_BLOCK_ROWS = 100;

/**
 * The pause in typing (a search, a column's filter) after which a server grid asks the core again:
 * one request per pause, not per key. AG Grid's own text and number filters wait 500 ms.
 */
export const TYPING_PAUSE_MS = 150;

/**
 * The query a server grid sends first when it opens with no search or filter: its remembered sort
 * (the user's last), else its columns' own. Apart from the grid's code (AG Grid is large), so the
 * first page can be asked for before that code has loaded.
 */
export function firstGridQuery(gridId: string, defaultSort: GridPageQuery['sort']): GridPageQuery {
  const remembered = loadColumnState(gridId)?.sort?.sortModel;
  const sort = remembered ? remembered.map(({ colId, sort: direction }) => ({ colId, sort: direction })) : [...defaultSort];
  return { offset: 0, limit: SERVER_BLOCK_ROWS, sort, filter: {}, search: '' };
}

/** The order a grid's column definitions open it in (by sortIndex, else column order): what its first query's sort must say. */
export function openingSort<T>(columns: readonly ColDef<T>[]): GridPageQuery['sort'] {
  return columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.sort === 'asc' || column.sort === 'desc')
    .sort((a, b) => (a.column.sortIndex ?? a.index) - (b.column.sortIndex ?? b.index))
    .map(({ column }) => ({ colId: column.colId ?? String(column.field), sort: column.sort === 'asc' ? 'asc' : 'desc' }));
}
