import type { Db } from '../db/workspace';
import type { ProductRow, SupplierRow, SupplierTermRow } from '../../shared/contract/schemas/data';

export function listProducts(db: Db): ProductRow[] {
  return db
    .prepare(
      `SELECT p.id, p.sku, p.name, p.brand, p.category, p.unit_cost AS unitCost, p.price, p.currency, p.status,
              p.launch_date AS launchDate, p.unit_volume_m3 AS unitVolumeM3, p.unit_weight_kg AS unitWeightKg,
              (SELECT s.name FROM supplier_terms t JOIN suppliers s ON s.id = t.supplier_id
                WHERE t.product_id = p.id ORDER BY t.is_primary DESC, t.id LIMIT 1) AS supplier
         FROM products p ORDER BY p.sku`,
    )
    .all() as ProductRow[];
}

export function listSuppliers(db: Db): SupplierRow[] {
  return db
    .prepare(
      `SELECT s.id, s.code, s.name, s.country, s.currency, s.default_lead_time_days AS defaultLeadTimeDays, s.min_order_value AS minOrderValue,
              s.container_volume_m3 AS containerVolumeM3, s.container_weight_kg AS containerWeightKg, s.max_containers AS maxContainers,
              (SELECT count(*) FROM supplier_terms t WHERE t.supplier_id = s.id) AS skus,
              (SELECT count(*) FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id
                WHERE o.supplier_id = s.id AND l.status IN ('open', 'partial')) AS openPoLines
         FROM suppliers s ORDER BY s.name`,
    )
    .all() as SupplierRow[];
}

export function listSupplierTerms(db: Db): SupplierTermRow[] {
  return db
    .prepare(
      `SELECT t.id, s.name AS supplier, p.sku, p.name, t.unit_cost AS unitCost, t.currency, t.moq, t.order_multiple AS orderMultiple,
              t.max_order_qty AS maxOrderQty, t.lead_time_days AS leadTimeDays, t.is_primary AS isPrimary
         FROM supplier_terms t
         JOIN suppliers s ON s.id = t.supplier_id
         JOIN products p ON p.id = t.product_id
        ORDER BY s.name, p.sku`,
    )
    .all() as SupplierTermRow[];
}
