import { z } from 'zod';

const num = z.number().nullable();

export const productRowSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  unit_cost: num,
  price: num,
  currency: z.string(),
  status: z.string(),
  launch_date: z.string().nullable(),
  unit_volume_m3: num,
  unit_weight_kg: num,
  supplier: z.string().nullable(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

export const supplierRowSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  currency: z.string(),
  default_lead_time_days: num,
  min_order_value: num,
  container_volume_m3: num,
  container_weight_kg: num,
  max_containers: num,
  skus: z.number().int(),
  open_po_lines: z.number().int(),
});
export type SupplierRow = z.infer<typeof supplierRowSchema>;

export const supplierTermRowSchema = z.object({
  id: z.number().int(),
  supplier: z.string(),
  sku: z.string(),
  name: z.string(),
  unit_cost: z.number(),
  currency: z.string(),
  moq: z.number(),
  order_multiple: z.number(),
  max_order_qty: num,
  lead_time_days: z.number(),
  is_primary: z.number(),
});
export type SupplierTermRow = z.infer<typeof supplierTermRowSchema>;

export const salesBySkuRowSchema = z.object({
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  units_28d: z.number(),
  units_365d: z.number(),
  revenue_365d: z.number(),
  units_total: z.number(),
  first_sale: z.string().nullable(),
  last_sale: z.string().nullable(),
  stockout_days_90d: z.number().int(),
});
export type SalesBySkuRow = z.infer<typeof salesBySkuRowSchema>;

export const salesByWeekRowSchema = z.object({
  /** Monday of the ISO week. */
  week: z.string(),
  units: z.number(),
  revenue: z.number(),
  orders: z.number(),
  skus_sold: z.number().int(),
  promo_days: z.number().int(),
});
export type SalesByWeekRow = z.infer<typeof salesByWeekRowSchema>;

export const stockRowSchema = z.object({
  sku: z.string(),
  name: z.string(),
  location: z.string(),
  date: z.string(),
  on_hand: z.number(),
  on_order: z.number(),
  stock_value: num,
});
export type StockRow = z.infer<typeof stockRowSchema>;

export const purchaseOrderLineRowSchema = z.object({
  id: z.number().int(),
  po_number: z.string(),
  supplier: z.string(),
  status: z.string(),
  order_date: z.string(),
  promised_date: z.string().nullable(),
  sku: z.string(),
  qty_ordered: z.number(),
  qty_received: z.number(),
  qty_rejected: z.number(),
  last_receipt_date: z.string().nullable(),
  unit_cost: num,
  line_status: z.string(),
});
export type PurchaseOrderLineRow = z.infer<typeof purchaseOrderLineRowSchema>;
