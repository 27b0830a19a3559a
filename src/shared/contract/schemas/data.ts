import { z } from 'zod';

const num = z.number().nullable();

export const productRowSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  unitCost: num,
  price: num,
  currency: z.string(),
  status: z.string(),
  launchDate: z.string().nullable(),
  unitVolumeM3: num,
  unitWeightKg: num,
  supplier: z.string().nullable(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

export const supplierRowSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  currency: z.string(),
  defaultLeadTimeDays: num,
  minOrderValue: num,
  containerVolumeM3: num,
  containerWeightKg: num,
  maxContainers: num,
  skus: z.number().int(),
  openPoLines: z.number().int(),
});
export type SupplierRow = z.infer<typeof supplierRowSchema>;

export const supplierTermRowSchema = z.object({
  id: z.number().int(),
  supplier: z.string(),
  sku: z.string(),
  name: z.string(),
  unitCost: z.number(),
  currency: z.string(),
  moq: z.number(),
  orderMultiple: z.number(),
  maxOrderQty: num,
  leadTimeDays: z.number(),
  isPrimary: z.number(),
});
export type SupplierTermRow = z.infer<typeof supplierTermRowSchema>;

export const salesBySkuRowSchema = z.object({
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  units28d: z.number(),
  units365d: z.number(),
  revenue365d: z.number(),
  unitsTotal: z.number(),
  firstSale: z.string().nullable(),
  lastSale: z.string().nullable(),
  stockoutDays90d: z.number().int(),
});
export type SalesBySkuRow = z.infer<typeof salesBySkuRowSchema>;

export const salesByWeekRowSchema = z.object({
  /** Monday of the ISO week. */
  week: z.string(),
  units: z.number(),
  revenue: z.number(),
  orders: z.number(),
  skusSold: z.number().int(),
  promoDays: z.number().int(),
});
export type SalesByWeekRow = z.infer<typeof salesByWeekRowSchema>;

export const stockRowSchema = z.object({
  sku: z.string(),
  name: z.string(),
  location: z.string(),
  date: z.string(),
  onHand: z.number(),
  onOrder: z.number(),
  stockValue: num,
});
export type StockRow = z.infer<typeof stockRowSchema>;

export const purchaseOrderLineRowSchema = z.object({
  id: z.number().int(),
  poNumber: z.string(),
  supplier: z.string(),
  status: z.string(),
  orderDate: z.string(),
  promisedDate: z.string().nullable(),
  sku: z.string(),
  qtyOrdered: z.number(),
  qtyReceived: z.number(),
  qtyRejected: z.number(),
  lastReceiptDate: z.string().nullable(),
  unitCost: num,
  lineStatus: z.string(),
});
export type PurchaseOrderLineRow = z.infer<typeof purchaseOrderLineRowSchema>;
