import { currentStock } from '../../data/activity-queries';
import { listProducts, listSupplierTerms, listSuppliers } from '../../data/catalog-queries';

/**
 * The quick reader's reads: the Data page's catalogue and stock tables. Its own module, so the
 * reader loads a dozen files, not every page's code (read-queries.ts).
 */
export const reads = {
  products: listProducts,
  suppliers: listSuppliers,
  supplierTerms: listSupplierTerms,
  stock: currentStock,
};

export const inputReads = {};
