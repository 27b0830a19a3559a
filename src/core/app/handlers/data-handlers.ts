import { listProducts, listSupplierTerms, listSuppliers } from '../../data/catalog-queries';
import { currentStock, purchaseOrderLines, salesBySku, salesByWeek } from '../../data/activity-queries';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function dataHandlers(ctx: AppContext): DomainHandlers<'data'> {
  const db = () => ctx.requireWorkspace().db;
  return {
    'data:products': () => listProducts(db()),
    'data:suppliers': () => listSuppliers(db()),
    'data:supplierTerms': () => listSupplierTerms(db()),
    'data:salesBySku': () => salesBySku(db()),
    'data:salesByWeek': () => salesByWeek(db()),
    'data:stock': () => currentStock(db()),
    'data:purchaseOrders': () => purchaseOrderLines(db()),
  };
}
