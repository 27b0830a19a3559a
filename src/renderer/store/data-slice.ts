import type { ChannelOutput } from '../../shared/contract/channels';
import type { ApiErrorShape } from '../../shared/contract/errors';
import type { LoadStatus } from './load-status';

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
  /** Moves whenever the workspace's data changed (an import, an undo, an approved order): paged grids ask again. */
  dataEpoch: number;
  /** Loads a table once per workspace; `force` reloads it. */
  loadTable(key: TableKey, options?: { force?: boolean }): Promise<void>;
  clearTables(): void;
  /** After an import, an undo or an approved order: reload the tables already loaded and move `dataEpoch`. */
  reloadTables(): Promise<void>;
}

export function isTableKey(value: string | undefined): value is TableKey {
  return (tableKeys as readonly string[]).includes(value ?? '');
}
