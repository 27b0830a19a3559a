import type { RowsGrid } from '../db/grid-rows';

const text = 'text' as const;
const number = 'number' as const;
const date = 'date' as const;

/**
 * The Data page's tables as grids: every column's kind (sorting and filters follow it) and the
 * columns the quick search looks in. Column ids are the rows' fields, as the grid names them.
 */
export const tableGrids = {
  products: {
    columns: {
      id: number, sku: text, name: text, brand: text, category: text, supplier: text, status: text, unitCost: number, price: number,
      currency: text, launchDate: date, unitVolumeM3: number, unitWeightKg: number,
    },
    search: ['sku', 'name', 'brand', 'category', 'supplier', 'status'],
  },
  suppliers: {
    columns: {
      id: number, code: text, name: text, country: text, currency: text, defaultLeadTimeDays: number, minOrderValue: number,
      containerVolumeM3: number, containerWeightKg: number, maxContainers: number, skus: number, openPoLines: number,
    },
    search: ['code', 'name', 'country', 'currency'],
  },
  supplierTerms: {
    columns: {
      id: number, supplier: text, sku: text, name: text, unitCost: number, currency: text, moq: number, orderMultiple: number,
      maxOrderQty: number, leadTimeDays: number, isPrimary: number,
    },
    search: ['supplier', 'sku', 'name'],
  },
  salesBySku: {
    columns: {
      sku: text, name: text, brand: text, category: text, units28d: number, units365d: number, revenue365d: number, unitsTotal: number,
      firstSale: date, lastSale: date, stockoutDays90d: number,
    },
    search: ['sku', 'name', 'brand', 'category'],
  },
  salesByWeek: {
    columns: { week: date, units: number, revenue: number, orders: number, skusSold: number, promoDays: number },
    search: ['week'],
  },
  stock: {
    columns: { sku: text, name: text, location: text, date: date, onHand: number, onOrder: number, stockValue: number },
    search: ['sku', 'name', 'location'],
  },
  purchaseOrders: {
    columns: {
      id: number, poNumber: text, supplier: text, status: text, orderDate: date, promisedDate: date, sku: text, qtyOrdered: number,
      qtyReceived: number, qtyRejected: number, lastReceiptDate: date, unitCost: number, lineStatus: text,
    },
    search: ['poNumber', 'supplier', 'sku', 'status', 'lineStatus'],
  },
} satisfies Record<string, RowsGrid>;

export type DataTableName = keyof typeof tableGrids;
