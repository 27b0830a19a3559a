import type { z } from 'zod';
import { channel } from './channel';
import {
  productRowSchema,
  purchaseOrderLineRowSchema,
  salesBySkuRowSchema,
  salesByWeekRowSchema,
  stockRowSchema,
  supplierRowSchema,
  supplierTermRowSchema,
} from './schemas/data';
import { gridPageQuerySchema, gridPageSchema } from './schemas/grid-page';

/** One page of a Data page table, sorted, filtered and searched in the core. */
const pageOf = <R extends z.ZodType>(row: R) => channel(gridPageQuerySchema.strict(), gridPageSchema(row));

/**
 * The Data page's tables page by page: `data:<table>Page` for every tab. The catalogue of 100,000
 * SKUs or a million purchase-order lines never travels to the UI whole.
 */
export const dataPageChannels = {
  'data:productsPage': pageOf(productRowSchema),
  'data:suppliersPage': pageOf(supplierRowSchema),
  'data:supplierTermsPage': pageOf(supplierTermRowSchema),
  'data:salesBySkuPage': pageOf(salesBySkuRowSchema),
  'data:salesByWeekPage': pageOf(salesByWeekRowSchema),
  'data:stockPage': pageOf(stockRowSchema),
  'data:purchaseOrdersPage': pageOf(purchaseOrderLineRowSchema),
};
