import type { ChannelOutput } from '../../shared/contract/channels';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { getApi } from '../api/backend';
import { toErrorShape } from '../api/errors';
import type { LoadStatus, SliceCreator } from './types';

export const tableKeys = [
  'products',
  'suppliers',
  'supplierTerms',
  'salesBySku',
  'salesByWeek',
  'stock',
  'purchaseOrders',
] as const;
export type TableKey = (typeof tableKeys)[number];
export type TableRow<K extends TableKey> = ChannelOutput<`data:${K}`>[number];

export interface TableState<K extends TableKey> {
  status: LoadStatus;
  rows: readonly TableRow<K>[] | null;
  error: ApiErrorShape | null;
  /** The workspace the rows belong to. */
  epoch: number;
}

export interface DataSlice {
  tables: { [K in TableKey]?: TableState<K> };
  /** Loads a table once per workspace; `force` reloads it. */
  loadTable(key: TableKey, options?: { force?: boolean }): Promise<void>;
  clearTables(): void;
  /** After an import or undo: reload the tables already shown, the others load when opened. */
  reloadTables(): Promise<void>;
}

export function isTableKey(value: string | undefined): value is TableKey {
  return (tableKeys as readonly string[]).includes(value ?? '');
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  tables: {},

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
    const loaded = Object.keys(get().tables).filter(isTableKey);
    await Promise.all(loaded.map((key) => get().loadTable(key, { force: true })));
  },
});
