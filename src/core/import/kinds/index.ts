import type { ImportKind } from '../types';
import { catalogKind } from './catalog';
import type { KindDefinition } from './kind';
import { orderLinesKind } from './order-lines';
import { purchaseOrdersKind } from './purchase-orders';
import { receiptsKind } from './receipts';
import { salesKind } from './sales';
import { stockKind } from './stock';
import { suppliersKind } from './suppliers';
import { termsKind } from './terms';
import { lanesKind } from './lanes';

export const kindDefinitions: Record<ImportKind, KindDefinition<unknown>> = {
  catalog: catalogKind as KindDefinition<unknown>,
  suppliers: suppliersKind as KindDefinition<unknown>,
  terms: termsKind as KindDefinition<unknown>,
  sales: salesKind as KindDefinition<unknown>,
  'order-lines': orderLinesKind as KindDefinition<unknown>,
  stock: stockKind as KindDefinition<unknown>,
  'purchase-orders': purchaseOrdersKind as KindDefinition<unknown>,
  receipts: receiptsKind as KindDefinition<unknown>,
  lanes: lanesKind as KindDefinition<unknown>,
};
