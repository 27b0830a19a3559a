import type { ImportKind } from '../types';
import { CatalogWriter } from './catalog-writer';
import type { RecordWriter, WriteContext } from './context';
import { SupplierLookup } from './lookups';
import { OrderLinesWriter } from './order-lines-writer';
import { PurchaseOrdersWriter } from './purchase-orders-writer';
import { ReceiptsWriter } from './receipts-writer';
import { SalesWriter } from './sales-writer';
import { StockWriter } from './stock-writer';
import { SuppliersWriter } from './suppliers-writer';
import { TermsWriter } from './terms-writer';
import { LanesWriter } from './lanes-writer';

/** `expectedRows` is a rough guess from the file size, for bulk-write tuning only. */
export function createWriter(kind: ImportKind, wc: WriteContext, expectedRows: number): RecordWriter<unknown> {
  const writer = ((): RecordWriter<never> => {
    switch (kind) {
      case 'catalog':
        return new CatalogWriter(wc);
      case 'suppliers':
        return new SuppliersWriter(wc);
      case 'terms':
        return new TermsWriter(wc, new SupplierLookup(wc.db));
      case 'sales':
        return new SalesWriter(wc);
      case 'order-lines':
        return new OrderLinesWriter(wc, expectedRows);
      case 'stock':
        return new StockWriter(wc);
      case 'purchase-orders':
        return new PurchaseOrdersWriter(wc, new SupplierLookup(wc.db));
      case 'receipts':
        return new ReceiptsWriter(wc);
      case 'lanes':
        return new LanesWriter(wc, new SupplierLookup(wc.db));
    }
  })();
  return writer as RecordWriter<unknown>;
}
