import type { GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { loadColumnState } from './column-state';

/** Rows asked of the core at a time: a screenful or three. */
export const SERVER_BLOCK_ROWS = 100;

/**
 * The query a server grid sends first when it opens with no search: its remembered sort (the
 * user's last), else its columns' own. Kept apart from the grid's code (AG Grid is large), so
 * the first page can be asked for before that code has loaded (shell/route-prefetch.ts).
 */
export function firstGridQuery(gridId: string, defaultSort: GridPageQuery['sort']): GridPageQuery {
  const remembered = loadColumnState(gridId)?.sort?.sortModel;
  const sort = remembered ? remembered.map(({ colId, sort: direction }) => ({ colId, sort: direction })) : [...defaultSort];
  return { offset: 0, limit: SERVER_BLOCK_ROWS, sort, filter: {}, search: '' };
}
