import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

/** Every Data page table is a whole-workspace read: served by the read worker, cached until data changes. */
export function dataHandlers(ctx: AppContext): DomainHandlers<'data'> {
  return {
    'data:products': () => ctx.read('products'),
    'data:suppliers': () => ctx.read('suppliers'),
    'data:supplierTerms': () => ctx.read('supplierTerms'),
    'data:salesBySku': () => ctx.read('salesBySku'),
    'data:salesByWeek': () => ctx.read('salesByWeek'),
    'data:stock': () => ctx.read('stock'),
    'data:purchaseOrders': () => ctx.read('purchaseOrders'),
  };
}
