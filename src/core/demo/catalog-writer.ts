import type Database from 'better-sqlite3';
import type { DemoCalendar } from './calendar';
import type { Product } from './catalog';
import { CATEGORY_LABEL } from './catalog-templates';
import type { Promotion } from './promotions';
import type { ProductSupply } from './supplier-terms';
import { containerTerms, unitSize } from './shipping';
import type { Supplier } from './suppliers';

export interface DemoLocation {
  id: number;
  code: string;
  name: string;
}

/** Two warehouses: east China (Shanghai) carries most of the volume, south China the rest. */
export const DEMO_LOCATIONS: readonly DemoLocation[] = [
  { id: 1, code: 'WH-SH', name: '上海仓 Shanghai warehouse' },
  { id: 2, code: 'WH-GZ', name: '广州仓 Guangzhou warehouse' },
];

export interface CatalogCounts {
  locations: number;
  suppliers: number;
  products: number;
  supplier_terms: number;
  promotions: number;
}

/** Writes the small master tables; the caller wraps this in a transaction. */
export function writeCatalog(
  db: Database.Database,
  calendar: DemoCalendar,
  products: readonly Product[],
  supplies: readonly ProductSupply[],
  suppliers: readonly Supplier[],
  promotions: readonly Promotion[],
): CatalogCounts {
  const insertLocation = db.prepare("INSERT INTO locations (id, code, name, kind) VALUES (?, ?, ?, 'warehouse')");
  for (const l of DEMO_LOCATIONS) insertLocation.run(l.id, l.code, l.name);

  const insertSupplier = db.prepare(
    `INSERT INTO suppliers (id, code, name, country, currency, contact, default_lead_time_days, min_order_value, notes,
       container_volume_m3, container_weight_kg, max_containers)
     VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?)`,
  );
  let overseas = 0;
  for (const s of suppliers) {
    const box = containerTerms(s, s.kind === 'overseas' ? overseas++ : 0);
    insertSupplier.run(
      s.id, s.code, s.name, s.country, s.contact, s.leadTimeDays, s.minOrderValue, s.notes || null,
      box?.volumeM3 ?? null, box?.weightKg ?? null, box?.maxContainers ?? null,
    );
  }

  const insertProduct = db.prepare(
    `INSERT INTO products (id, sku, name, brand, category, attributes, unit_cost, price, currency, status, launch_date, unit_volume_m3, unit_weight_kg)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)`,
  );
  const insertTerm = db.prepare(
    `INSERT INTO supplier_terms
       (supplier_id, product_id, unit_cost, currency, moq, order_multiple, max_order_qty, lead_time_days, is_primary)
     VALUES (?, ?, ?, 'CNY', ?, ?, ?, ?, ?)`,
  );
  let terms = 0;
  products.forEach((p, i) => {
    const supply = supplies[i];
    if (!supply) throw new Error(`no supplier for ${p.sku}`);
    const size = unitSize(p);
    insertProduct.run(
      p.id, p.sku, p.name, p.brand.name, CATEGORY_LABEL[p.template.category], p.attributesJson,
      supply.primary.unitCost, p.price, p.status, calendar.dateAt(p.launchDay), size.volumeM3, size.weightKg,
    );
    for (const t of supply.secondary ? [supply.primary, supply.secondary] : [supply.primary]) {
      insertTerm.run(t.supplier.id, p.id, t.unitCost, t.moq, t.orderMultiple, t.maxOrderQty, t.leadTimeDays, t.isPrimary ? 1 : 0);
      terms++;
    }
  });

  const insertPromotion = db.prepare(
    'INSERT INTO promotions (id, name, start_date, end_date, discount_pct, brand, category) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  promotions.forEach((p, i) => {
    insertPromotion.run(i + 1, p.name, calendar.dateAt(p.startDay), calendar.dateAt(p.endDay), p.discountPct, p.brand, p.category);
  });

  return {
    locations: DEMO_LOCATIONS.length,
    suppliers: suppliers.length,
    products: products.length,
    supplier_terms: terms,
    promotions: promotions.length,
  };
}
