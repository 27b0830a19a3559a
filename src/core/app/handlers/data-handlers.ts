import { listProducts, listSupplierTerms, listSuppliers } from '../../data/catalog-queries';
import { currentStock, purchaseOrderLines, salesBySku, salesByWeek } from '../../data/activity-queries';
import type { Db } from '../../db/workspace';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function dataHandlers(ctx: AppContext): DomainHandlers<'data'> {
  const read = <T>(key: string, query: (db: Db) => T) => ctx.cachedRead(key, (workspace) => query(workspace.db));
  return {
    'data:products': () => read('products', listProducts),
    'data:suppliers': () => read('suppliers', listSuppliers),
    'data:supplierTerms': () => read('supplierTerms', listSupplierTerms),
    'data:salesBySku': () => read('salesBySku', salesBySku),
    'data:salesByWeek': () => read('salesByWeek', salesByWeek),
    'data:stock': () => read('stock', currentStock),
    'data:purchaseOrders': () => read('purchaseOrders', purchaseOrderLines),
  };
}
