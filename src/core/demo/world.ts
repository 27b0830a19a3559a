import { dayFromIso } from '../ground/calendar';
import { AppError } from '../ground/errors/app-error';
import { createRng } from '../ground/random';
import { buildBrands } from './brands';
import { DemoCalendar } from './calendar';
import { buildCatalog, type Product } from './catalog';
import { DemandParamsFactory, type DemandParams } from './demand-model';
import { buildPromotions, type PromotionCalendar } from './promotions';
import { assignSupply, calibrateMinimumOrderValues, type ProductSupply } from './supplier-terms';
import { buildSuppliers, type Supplier } from './suppliers';

export interface DemoOptions {
  skus: number;
  seed: number;
  /** YYYY-MM-DD, the demo's "today". */
  asOf: string;
}

const MIN_SKUS = 12;
const MAX_SKUS = 200_000;

/** Stream tags keep the random sequences of each part independent of the others. */
export const STREAM = { brands: 1, catalog: 2, suppliers: 3, supply: 4, promotions: 5, demand: 6, sku: 7, customers: 8 } as const;

/**
 * Everything decided before the day-by-day simulation: who sells what, from whom, when. A pure
 * function of the options, so a worker thread rebuilds the same world from them alone.
 */
export interface World {
  seed: number;
  calendar: DemoCalendar;
  products: Product[];
  demandParams: DemandParams[];
  suppliers: Supplier[];
  supplies: ProductSupply[];
  promotions: PromotionCalendar;
}

export function planWorld(options: DemoOptions): World {
  const { skus, seed, asOf } = validateDemoOptions(options);
  const calendar = new DemoCalendar(asOf);
  const brands = buildBrands(skus, createRng(seed, STREAM.brands));
  const products = buildCatalog(skus, brands, createRng(seed, STREAM.catalog));
  const suppliers = buildSuppliers(skus, createRng(seed, STREAM.suppliers));
  const paramsFactory = new DemandParamsFactory(createRng(seed, STREAM.demand));
  const demandParams = products.map((p) => paramsFactory.next(p));
  const dailyRates = demandParams.map((d) => d.baseRate);
  const supplies = assignSupply(products, dailyRates, suppliers, createRng(seed, STREAM.supply));
  calibrateMinimumOrderValues(suppliers, supplies, dailyRates);
  const promotions = buildPromotions(calendar, brands, createRng(seed, STREAM.promotions));
  return { seed, calendar, products, demandParams, suppliers, supplies, promotions };
}

export function validateDemoOptions(options: DemoOptions): DemoOptions {
  const { skus, seed, asOf } = options;
  if (!Number.isInteger(skus) || skus < MIN_SKUS || skus > MAX_SKUS) {
    throw new AppError('invalid_input', `skus must be a whole number from ${MIN_SKUS} to ${MAX_SKUS}`, { field: 'skus', value: skus });
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AppError('invalid_input', 'seed must be a non-negative whole number', { field: 'seed', value: seed });
  }
  if (Number.isNaN(dayFromIso(asOf))) {
    throw new AppError('invalid_input', 'asOf must be a date written YYYY-MM-DD', { field: 'asOf', value: asOf });
  }
  return { skus, seed, asOf };
}
