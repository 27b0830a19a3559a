import { getApi } from '../api/backend';
import { toErrorShape } from '../api/errors';
import { isTableKey, type DataSlice, type TableRow, type TableState } from './data-slice';
import type { SliceCreator } from './types';

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  tables: {},
  dataEpoch: 0,

  loadTable: async (key, options) => {
    const epoch = get().workspaceEpoch;
    const known = get().tables[key];
    const fresh = known && known.epoch === epoch && (known.status === 'loading' || known.status === 'ready');
    if ((fresh && !options?.force) || !get().workspace) return;

    const patch = (table: TableState<typeof key>) => set((state) => ({ tables: { ...state.tables, [key]: table } }));
    patch({ status: 'loading', rows: known?.epoch === epoch ? known.rows : null, error: null, epoch });
    try {
      const rows = (await getApi().data[key]()) as TableRow<typeof key>[];
      if (get().workspaceEpoch === epoch) patch({ status: 'ready', rows, error: null, epoch });
    } catch (error) {
      if (get().workspaceEpoch === epoch) patch({ status: 'error', rows: null, error: toErrorShape(error), epoch });
    }
  },

  clearTables: () => set({ tables: {} }),

  reloadTables: async () => {
    set((state) => ({ dataEpoch: state.dataEpoch + 1 }));
    const loaded = Object.keys(get().tables).filter(isTableKey);
    await Promise.all(loaded.map((key) => get().loadTable(key, { force: true })));
  },
});
