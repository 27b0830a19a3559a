/**
 * Which supplier a SKU is planned with, and the terms the order must meet: the primary term
 * (is_primary = 1), else the cheapest; supplier min_order_value and container capacity for the PO draft. Products
 * carry their price for the margin a budget protects.
 */

import type Database from 'better-sqlite3';
import { sharedRead } from './shared-reads';

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

/**
 * Each SKU's supplier choice, read once per shared-reads scope: the plan and the logistics its
 * alerts check plans both ask (a second each at 50,000 SKUs). Raw rows, in choice order per SKU:
 * only each SKU's first row becomes an object (no row objects for the rest).
 */
export function loadSupplierChoices(db: Database.Database): Map<number, SupplierChoice> {
  return sharedRead(db, 'supplierChoices', () => readSupplierChoices(db));
}

function readSupplierChoices(db: Database.Database): Map<number, SupplierChoice> {
  const rows = db
    .prepare(
      `SELECT t.product_id, s.id, s.code, s.name, t.unit_cost, t.currency, t.moq, t.order_multiple, t.max_order_qty,
              t.lead_time_days, s.min_order_value, s.container_volume_m3, s.container_weight_kg, s.max_containers
       FROM supplier_terms t JOIN suppliers s ON s.id = t.supplier_id
       ORDER BY t.product_id, t.is_primary DESC, t.unit_cost, s.id`,
    )
    .raw(true)
    .iterate() as IterableIterator<ChoiceRow>;
  const out = new Map<number, SupplierChoice>();
  let last: number | null = null;
  for (const row of rows) {
    if (row[0] === last) continue;
    last = row[0];
    out.set(row[0], {
      supplierId: row[1], supplierCode: row[2], supplierName: row[3], unitCost: row[4], currency: row[5], moq: row[6],
      orderMultiple: row[7], maxOrderQty: row[8], promisedLeadTimeDays: row[9], minOrderValue: row[10],
      containerVolumeM3: row[11], containerWeightKg: row[12], maxContainers: row[13],
    });
  }
  return out;
}

type ChoiceRow = [number, number, string, string, number, string, number, number, number | null, number, number | null, number | null, number | null, number | null];

/** Every product's facts, read once per shared-reads scope (the plan and its alerts' logistics). */
export function loadProducts(db: Database.Database): Map<number, ProductFacts> {
  return sharedRead(db, 'products', () => readProductFacts(db));
}

function readProductFacts(db: Database.Database): Map<number, ProductFacts> {
  const rows = db
    .prepare('SELECT id, sku, category, unit_cost, price, unit_volume_m3, unit_weight_kg FROM products')
    .raw(true)
    .iterate() as IterableIterator<[number, string, string | null, number | null, number | null, number | null, number | null]>;
  const out = new Map<number, ProductFacts>();
  for (const [productId, sku, category, unitCost, price, unitVolume, unitWeight] of rows) {
    out.set(productId, { productId, sku, category, unitCost, price, unitVolume, unitWeight });
  }
  return out;
}

export function loadLocationCodes(db: Database.Database): Map<number, string> {
  const rows = db.prepare('SELECT id, code FROM locations').raw(true).all() as [number, string][];
  return new Map([[0, 'ALL'], ...rows]);
}
