/**
 * Which supplier a SKU is planned with, and the terms the order must meet: the primary term
 * (is_primary = 1), else the cheapest; supplier min_order_value and container capacity for the PO draft. Products
 * carry their price for the margin a budget protects.
 */

import type Database from 'better-sqlite3';

export interface SupplierChoice {
  supplierId: number;
  supplierCode: string;
  supplierName: string;
  unitCost: number;
  currency: string;
  moq: number;
  orderMultiple: number;
  maxOrderQty: number | null;
  promisedLeadTimeDays: number;
  minOrderValue: number | null;
  containerVolumeM3: number | null;
  containerWeightKg: number | null;
  maxContainers: number | null;
}

export interface ProductFacts {
  productId: number;
  sku: string;
  category: string | null;
  unitCost: number | null;
  price: number | null;
  unitVolume: number | null;
  unitWeight: number | null;
}

export function loadSupplierChoices(db: Database.Database): Map<number, SupplierChoice> {
  const rows = db
    .prepare(
      `SELECT t.product_id AS productId, s.id AS supplierId, s.code AS supplierCode, s.name AS supplierName, t.unit_cost AS unitCost,
              t.currency, t.moq, t.order_multiple AS orderMultiple, t.max_order_qty AS maxOrderQty,
              t.lead_time_days AS promisedLeadTimeDays, s.min_order_value AS minOrderValue,
              s.container_volume_m3 AS containerVolumeM3, s.container_weight_kg AS containerWeightKg, s.max_containers AS maxContainers
       FROM supplier_terms t JOIN suppliers s ON s.id = t.supplier_id
       ORDER BY t.product_id, t.is_primary DESC, t.unit_cost, s.id`,
    )
    .all() as (SupplierChoice & { productId: number })[];
  const out = new Map<number, SupplierChoice>();
  for (const { productId, ...choice } of rows) if (!out.has(productId)) out.set(productId, choice);
  return out;
}

export function loadProducts(db: Database.Database): Map<number, ProductFacts> {
  const rows = db
    .prepare('SELECT id AS productId, sku, category, unit_cost AS unitCost, price, unit_volume_m3 AS unitVolume, unit_weight_kg AS unitWeight FROM products')
    .all() as ProductFacts[];
  return new Map(rows.map((r) => [r.productId, r]));
}

export function loadLocationCodes(db: Database.Database): Map<number, string> {
  const rows = db.prepare('SELECT id, code FROM locations').raw(true).all() as [number, string][];
  return new Map([[0, 'ALL'], ...rows]);
}
