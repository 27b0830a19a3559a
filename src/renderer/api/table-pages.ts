import type { GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import type { TableKey, TableRow } from '../store/data-slice';
import { getApi } from './backend';

/** One page of a Data page table from the core (`data:<table>Page`): sorted, filtered and searched there. */
export function fetchTablePage<K extends TableKey>(key: K, query: GridPageQuery): Promise<GridPage<TableRow<K>>> {
  const data = getApi().data;
  const fetchers: { [T in TableKey]: (q: GridPageQuery) => Promise<GridPage<TableRow<T>>> } = {
    products: (q) => data.productsPage(q),
    suppliers: (q) => data.suppliersPage(q),
    supplierTerms: (q) => data.supplierTermsPage(q),
    salesBySku: (q) => data.salesBySkuPage(q),
    salesByWeek: (q) => data.salesByWeekPage(q),
    stock: (q) => data.stockPage(q),
    purchaseOrders: (q) => data.purchaseOrdersPage(q),
  };
  return fetchers[key](query);
}
