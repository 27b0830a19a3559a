import type Database from 'better-sqlite3';
import type { ProductFacts, SupplierFacts } from './types';

/** Products with their cost (product cost, else the primary supplier's terms) and price. */
export function readProducts(db: Database.Database): Map<number, ProductFacts> {
  const rows = db
    .prepare(
      `SELECT p.id, p.sku, p.name, p.status, p.launch_date, COALESCE(p.unit_cost,
         (SELECT t.unit_cost FROM supplier_terms t WHERE t.product_id = p.id ORDER BY t.is_primary DESC, t.unit_cost LIMIT 1), 0), p.price
       FROM products p`,
    )
    .raw(true)
    .all() as [number, string, string, string, string | null, number, number | null][];
  const out = new Map<number, ProductFacts>();
  for (const [id, sku, name, status, launchDate, unitCost, price] of rows) out.set(id, { id, sku, name, status, launchDate, unitCost, price });
  return out;
}

export function readSuppliers(db: Database.Database): Map<number, SupplierFacts> {
  const rows = db.prepare('SELECT id, code, name FROM suppliers').all() as SupplierFacts[];
  return new Map(rows.map((s) => [s.id, s]));
}

/** The workspace currency: the one most products are priced in. */
export function workspaceCurrency(db: Database.Database): string {
  return (db.prepare('SELECT currency FROM products GROUP BY currency ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined) ?? 'CNY';
}

export function readLocations(db: Database.Database): Map<number, string> {
  const rows = db.prepare('SELECT id, code FROM locations').raw(true).all() as [number, string][];
  return new Map(rows);
}

/** Primary supplier and lead time per product: terms (primary first), else the supplier's default. */
export function readSupplyTerms(db: Database.Database): Map<number, { supplierId: number; leadTimeDays: number | null }> {
  const rows = db
    .prepare(
      `SELECT t.product_id, t.supplier_id, COALESCE(t.lead_time_days, s.default_lead_time_days)
       FROM supplier_terms t JOIN suppliers s ON s.id = t.supplier_id ORDER BY t.product_id, t.is_primary DESC, t.lead_time_days`,
    )
    .raw(true)
    .all() as [number, number, number | null][];
  const out = new Map<number, { supplierId: number; leadTimeDays: number | null }>();
  for (const [productId, supplierId, leadTimeDays] of rows) if (!out.has(productId)) out.set(productId, { supplierId, leadTimeDays });
  return out;
}
