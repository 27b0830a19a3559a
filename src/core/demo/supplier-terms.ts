import type { Brand } from './brands';
import type { Product } from './catalog';
import type { CategoryKey } from './catalog-templates';
import type { Rng } from '../ground/random';
import type { Supplier } from './suppliers';

/** One supplier_terms row: what a supplier charges and requires for one SKU. */
export interface SupplyTerm {
  supplier: Supplier;
  unitCost: number;
  moq: number;
  orderMultiple: number;
  maxOrderQty: number | null;
  leadTimeDays: number;
  isPrimary: boolean;
}

export interface ProductSupply {
  primary: SupplyTerm;
  /** A backup, usually a faster domestic supplier at a higher price. */
  secondary: SupplyTerm | null;
}

interface StyleSourcing {
  primary: Supplier;
  secondary: Supplier | null;
  orderMultiple: number;
  moqCases: number;
  extraLeadDays: number;
  capped: boolean;
}

/**
 * Every variant of a style comes from the same supplier with the same case pack. Each brand works
 * with a small window of the suppliers that make its categories, as a real merchant does.
 */
export function assignSupply(
  products: readonly Product[],
  dailyRates: readonly number[],
  suppliers: readonly Supplier[],
  rng: Rng,
): ProductSupply[] {
  const styleRates = meanRatePerStyle(products, dailyRates);
  const pools = new Map<CategoryKey, Supplier[]>();
  for (const supplier of suppliers) {
    for (const category of supplier.categories) {
      const pool = pools.get(category) ?? [];
      pool.push(supplier);
      pools.set(category, pool);
    }
  }
  const result: ProductSupply[] = [];
  let style: StyleSourcing | null = null;
  let styleId = -1;
  for (const product of products) {
    if (product.styleId !== styleId || !style) {
      styleId = product.styleId;
      const pool = pools.get(product.template.category) ?? [...suppliers];
      const ratePerWarehouse = (styleRates.get(product.styleId) ?? 0) / 2;
      style = styleSourcing(brandWindow(product.brand, pool), pool, product.template.category, ratePerWarehouse, rng);
    }
    result.push({
      primary: term(product, style.primary, style, true),
      secondary: style.secondary ? term(product, style.secondary, style, false) : null,
    });
  }
  return result;
}

function brandWindow(brand: Brand, pool: readonly Supplier[]): Supplier[] {
  const window = new Set<Supplier>();
  for (let j = 0; j < 3; j++) {
    const supplier = pool[(brand.index * 3 + j) % pool.length];
    if (supplier) window.add(supplier);
  }
  return [...window];
}

function meanRatePerStyle(products: readonly Product[], dailyRates: readonly number[]): Map<number, number> {
  const sums = new Map<number, [number, number]>();
  products.forEach((p, i) => {
    const [sum, count] = sums.get(p.styleId) ?? [0, 0];
    sums.set(p.styleId, [sum + (dailyRates[i] ?? 0), count + 1]);
  });
  return new Map([...sums].map(([id, [sum, count]]) => [id, sum / count]));
}

/**
 * Case packs and minimums are physical and commercial facts, but merchants negotiate them to what
 * a style sells: a slow variant is not bought in cartons of fifty.
 */
function styleSourcing(
  window: readonly Supplier[],
  pool: readonly Supplier[],
  category: CategoryKey,
  ratePerWarehouse: number,
  rng: Rng,
): StyleSourcing {
  const primary = rng.pick(window);
  // Merchants keep a second source mostly for what comes from far away or from a shaky supplier.
  const wantsBackup = rng.chance(primary.kind === 'domestic' ? 0.12 : 0.45);
  const backups = pool.filter((s) => s !== primary && s.kind === 'domestic');
  const secondary = wantsBackup && backups.length > 0 ? rng.pick(backups) : null;
  const orderMultiple = casePack(category, primary, ratePerWarehouse, rng);
  return {
    primary,
    secondary,
    orderMultiple,
    moqCases: moqCases(primary, ratePerWarehouse, orderMultiple, rng),
    extraLeadDays: rng.chance(0.1) ? rng.int(3, 10) : 0,
    capped: rng.chance(0.08),
  };
}

const CASE_PACKS: Record<CategoryKey, { domestic: number[]; overseas: number[] }> = {
  apparel: { domestic: [5, 10, 20], overseas: [10, 20, 50] },
  home: { domestic: [6, 12, 24], overseas: [6, 12, 24] },
  beauty: { domestic: [6, 12, 24, 48], overseas: [24, 48] },
  snacks: { domestic: [6, 12, 24, 50], overseas: [24, 50] },
};

/** The largest usual case pack that is at most about three weeks of a warehouse's sales. */
function casePack(category: CategoryKey, supplier: Supplier, ratePerWarehouse: number, rng: Rng): number {
  const options = CASE_PACKS[category][supplier.kind === 'overseas' ? 'overseas' : 'domestic'];
  const fitting = options.filter((size) => size <= ratePerWarehouse * 21);
  const smallest = options[0] ?? 1;
  // Some merchants accept a bigger carton than their sales justify.
  return fitting.length === 0 ? smallest : rng.chance(0.8) ? (fitting[fitting.length - 1] as number) : rng.pick(options);
}

/** Minimum in cases: overseas factories want about two months of sales, domestic ones less. */
function moqCases(supplier: Supplier, ratePerWarehouse: number, orderMultiple: number, rng: Rng): number {
  const days = supplier.kind === 'overseas' ? rng.range(30, 75) : rng.range(7, 21);
  const cases = Math.round((ratePerWarehouse * days) / orderMultiple);
  return Math.max(1, Math.min(supplier.kind === 'overseas' ? 5 : 3, cases));
}

function term(product: Product, supplier: Supplier, style: StyleSourcing, isPrimary: boolean): SupplyTerm {
  // The backup is domestic and pricier, with its own (smaller) case pack and minimum.
  const multiple = isPrimary ? style.orderMultiple : Math.max(1, Math.round(style.orderMultiple / 2));
  const moqCases = isPrimary ? style.moqCases : 1;
  const premium = isPrimary ? 1 : 1.15;
  return {
    supplier,
    unitCost: Math.round(product.baseCost * supplier.costFactor * premium * 100) / 100,
    moq: multiple * moqCases,
    orderMultiple: multiple,
    maxOrderQty: isPrimary && style.capped ? multiple * 40 : null,
    leadTimeDays: supplier.leadTimeDays + (isPrimary ? style.extraLeadDays : 0),
    isPrimary,
  };
}

/**
 * Sets each minimum order value (for suppliers that have one) to about half of what a typical PO
 * to that warehouse is worth, so most orders clear it and some small ones fall short.
 */
export function calibrateMinimumOrderValues(
  suppliers: readonly Supplier[],
  supplies: readonly ProductSupply[],
  dailyRates: readonly number[],
): void {
  const valuePerDay = new Map<number, number>();
  supplies.forEach((supply, i) => {
    const id = supply.primary.supplier.id;
    valuePerDay.set(id, (valuePerDay.get(id) ?? 0) + ((dailyRates[i] ?? 0) / 2) * supply.primary.unitCost);
  });
  for (const supplier of suppliers) {
    if (supplier.minOrderValue === null) continue;
    const typicalPo = (valuePerDay.get(supplier.id) ?? 0) * supplier.reviewEveryDays;
    const step = typicalPo < 10_000 ? 500 : 5_000;
    supplier.minOrderValue = Math.max(1000, Math.round((typicalPo * 0.5) / step) * step);
  }
}
