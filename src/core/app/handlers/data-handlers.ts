import type { GridPage, GridPageQuery } from '../../../shared/contract/schemas/grid-page';
import { rowsPager } from '../../db/grid-rows';
import { tableGrids, type DataTableName } from '../../data/table-grids';
import type { AppContext } from '../app-context';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { DomainHandlers } from './types';

type PageOf<N extends DataTableName> = ChannelOutput<`data:${N}Page`>;

/** Every Data page table is a whole-workspace read: served by the read worker, cached until data changes. */
export function dataHandlers(ctx: AppContext): DomainHandlers<'data'> {
  // One pager per read result: a new read (after data changed) gets a new pager, and its kept order with it.
  const pagers = new WeakMap<object, (query: GridPageQuery) => GridPage<object>>();
  const page =
    <N extends DataTableName>(name: N) =>
    async (query: GridPageQuery): Promise<PageOf<N>> => {
      const rows = (await ctx.read(name)) as readonly object[];
      let pager = pagers.get(rows);
      if (!pager) {
        pager = rowsPager(rows, tableGrids[name]);
        pagers.set(rows, pager);
      }
      return pager(query) as PageOf<N>;
    };
  return {
    'data:products': () => ctx.read('products'),
    'data:suppliers': () => ctx.read('suppliers'),
    'data:supplierTerms': () => ctx.read('supplierTerms'),
    'data:salesBySku': () => ctx.read('salesBySku'),
    'data:salesByWeek': () => ctx.read('salesByWeek'),
    'data:stock': () => ctx.read('stock'),
    'data:purchaseOrders': () => ctx.read('purchaseOrders'),
    'data:productsPage': page('products'),
    'data:suppliersPage': page('suppliers'),
    'data:supplierTermsPage': page('supplierTerms'),
    'data:salesBySkuPage': page('salesBySku'),
    'data:salesByWeekPage': page('salesByWeek'),
    'data:stockPage': page('stock'),
    'data:purchaseOrdersPage': page('purchaseOrders'),
  };
}
