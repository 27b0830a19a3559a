import { productColumns, supplierColumns, supplierTermColumns } from './columns/catalogue-columns';
import { salesBySkuColumns, salesByWeekColumns } from './columns/sales-columns';
import { purchaseOrderColumns, stockColumns } from './columns/stock-columns';
import type { TableKey } from '../../store/data-slice';
import type { TableDefinition } from './table-definition';

/** The Data page's tabs, in order: what each table is called, how rows are identified, its columns. */
export const tableDefinitions: { [K in TableKey]: TableDefinition<K> } = {
  products: {
    key: 'products',
    label: 'data.tab.products',
    empty: 'data.empty.products',
    rowId: (row) => String(row.id),
    columns: productColumns,
  },
  suppliers: {
    key: 'suppliers',
    label: 'data.tab.suppliers',
    empty: 'data.empty.suppliers',
    rowId: (row) => String(row.id),
    columns: supplierColumns,
  },
  supplierTerms: {
    key: 'supplierTerms',
    label: 'data.tab.supplierTerms',
    empty: 'data.empty.supplierTerms',
    rowId: (row) => String(row.id),
    columns: supplierTermColumns,
  },
  salesBySku: {
    key: 'salesBySku',
    label: 'data.tab.salesBySku',
    empty: 'data.empty.salesBySku',
    rowId: (row) => row.sku,
    columns: salesBySkuColumns,
  },
  salesByWeek: {
    key: 'salesByWeek',
    label: 'data.tab.salesByWeek',
    empty: 'data.empty.salesByWeek',
    rowId: (row) => row.week,
    columns: salesByWeekColumns,
  },
  stock: {
    key: 'stock',
    label: 'data.tab.stock',
    empty: 'data.empty.stock',
    rowId: (row) => `${row.sku}|${row.location}|${row.date}`,
    columns: stockColumns,
  },
  purchaseOrders: {
    key: 'purchaseOrders',
    label: 'data.tab.purchaseOrders',
    empty: 'data.empty.purchaseOrders',
    rowId: (row) => String(row.id),
    columns: purchaseOrderColumns,
  },
};
