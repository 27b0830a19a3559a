import type Database from 'better-sqlite3';
import { writeMeta } from '../db/meta';
import { AppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { buildBrands } from './brands';
import { dayFromIso } from '../ground/calendar';
import { DemoCalendar } from './calendar';
import { buildCatalog, type Product } from './catalog';
import { DEMO_LOCATIONS, writeCatalog } from './catalog-writer';
import { writeDemoLanes } from './lanes';
import { DemandCurve, DemandParamsFactory, type DemandParams } from './demand-model';
import { OrderBook } from './order-book';
import { writeCustomerOrders } from './customer-orders';
import { buildPromotions, type PromotionCalendar } from './promotions';
import { writePurchaseOrders } from './purchase-orders';
import { createRng } from '../ground/random';
import { buildReviewDays, InventorySimulator } from './sales-simulation';
import { DEMO_STEPS } from './steps';
import { assignSupply, calibrateMinimumOrderValues, type ProductSupply } from './supplier-terms';
import { buildSuppliers, type Supplier } from './suppliers';
import { HistoryWriter, suspendIndexes } from './writer';
import { markSalesSeriesComplete, markSalesSeriesStale } from '../db/sales-series/store';
import { moveDataVersion } from '../db/data-versions';

export interface DemoOptions {
  skus: number;
  seed: number;
  /** YYYY-MM-DD, the demo's "today". */
  asOf: string;
}

export interface DemoResult {
  rowsWritten: number;
  tables: Record<string, number>;
}

const MIN_SKUS = 12;
const MAX_SKUS = 200_000;
/** SKUs per transaction while simulating: bounded work between commits, few commits. */
const SKUS_PER_TRANSACTION = 500;
const PROGRESS_EVERY_SKUS = 25;

/** Stream tags keep the random sequences of each part independent of the others. */
const STREAM = { brands: 1, catalog: 2, suppliers: 3, supply: 4, promotions: 5, demand: 6, sku: 7, customers: 8 } as const;

/**
 * Fills a freshly created, empty workspace (opened with `bulk: true`) with two years of a
 * made-up merchant's business: catalogue, suppliers, promotions, daily sales per warehouse,
 * purchase orders with receipts, weekly stock, and the online shop's customer orders. Same options ⇒ byte-identical data.
 * On an error or cancellation the file is half-written and should be deleted by the caller.
 */
export function generateDemo(db: Database.Database, options: DemoOptions, ctx: TaskContext): DemoResult {
  const { skus, seed, asOf } = validate(options);
  ctx.progress(DEMO_STEPS.catalog, 0, 1);
  const world = planWorld(skus, seed, asOf);
  const restorePragmas = tuneConnection(db);
  try {
    const { calendar, products, supplies, suppliers, promotions } = world;
    const tables: Record<string, number> = {
      ...db.transaction(() => {
        moveDataVersion(db, 'suppliers');
        return { ...writeCatalog(db, calendar, products, supplies, suppliers, promotions.promotions), lanes: writeDemoLanes(db, suppliers) };
      })(),
    };
    ctx.progress(DEMO_STEPS.catalog, 1, 1);

    // The series store is built in the same pass as sales_daily (writer.ts), complete at the end.
    db.transaction(() => markSalesSeriesStale(db))();
    const restoreIndexes = suspendIndexes(db, ['sales_daily', 'stock_snapshots', 'po_lines', 'receipts']);
    const book = new OrderBook();
    Object.assign(tables, simulateHistory(db, world, book, ctx));

    ctx.throwIfCancelled();
    const onProgress = (done: number, total: number): void => ctx.progress(DEMO_STEPS.orders, done, total);
    Object.assign(
      tables,
      db.transaction(() => {
        moveDataVersion(db, 'purchases');
        return writePurchaseOrders(db, calendar, book, suppliers, onProgress);
      })(),
    );
    tables.order_lines = db.transaction(() => writeCustomerOrders(db, calendar, products, createRng(seed, STREAM.customers)))();

    ctx.throwIfCancelled();
    ctx.progress(DEMO_STEPS.indexes, 0, 1);
    const restoreSorter = tuneSorter(db);
    try {
      db.transaction(restoreIndexes)();
    } finally {
      restoreSorter();
    }
    ctx.progress(DEMO_STEPS.indexes, 1, 1);
    db.transaction(() => markSalesSeriesComplete(db))();

    writeMeta(db, { kind: 'demo', asOf, seed });
    const rowsWritten = Object.values(tables).reduce((sum, n) => sum + n, 0);
    return { rowsWritten, tables };
  } finally {
    restorePragmas();
  }
}

/** Everything decided before the day-by-day simulation: who sells what, from whom, when. */
interface World {
  seed: number;
  calendar: DemoCalendar;
  products: Product[];
  demandParams: DemandParams[];
  suppliers: Supplier[];
  supplies: ProductSupply[];
  promotions: PromotionCalendar;
}

function planWorld(skus: number, seed: number, asOf: string): World {
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

/** Simulates every SKU at every warehouse, streaming sales and stock rows in key order. */
function simulateHistory(db: Database.Database, world: World, book: OrderBook, ctx: TaskContext): Record<string, number> {
  const { seed, calendar, products, demandParams, supplies, suppliers, promotions } = world;
  const writer = new HistoryWriter(db, calendar);
  const simulator = new InventorySimulator({
    seed,
    calendar,
    reviewDays: buildReviewDays(suppliers, calendar),
    majorPeakDays: promotions.majorPeakDays,
    lunarNewYearDays: calendar.chineseNewYearDays(0, calendar.days + 200),
    book,
    sink: writer,
  });
  const curve = new DemandCurve(calendar, promotions);
  const simulateBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const product = products[i];
      const supply = supplies[i];
      const demand = demandParams[i];
      if (!product || !supply || !demand) throw new Error(`missing product ${i}`);
      curve.prepare(product, demand);
      // One stream per SKU: its history does not depend on the SKUs simulated before it.
      const rng = createRng(seed, STREAM.sku, product.id);
      const shares = [demand.shareShanghai, 1 - demand.shareShanghai];
      DEMO_LOCATIONS.forEach((location, l) => {
        const share = shares[l] ?? 0;
        if (share > 0) simulator.run(product, demand, supply, curve, location.id, share, rng);
      });
      if ((i + 1) % PROGRESS_EVERY_SKUS === 0) {
        ctx.throwIfCancelled();
        ctx.progress(DEMO_STEPS.sales, i + 1, products.length);
      }
    }
    writer.flush();
  });
  for (let from = 0; from < products.length; from += SKUS_PER_TRANSACTION) {
    ctx.throwIfCancelled();
    simulateBatch(from, Math.min(products.length, from + SKUS_PER_TRANSACTION));
  }
  ctx.progress(DEMO_STEPS.sales, products.length, products.length);
  return { sales_daily: writer.salesRows, stock_snapshots: writer.stockRows, sales_series: writer.seriesRows };
}

function validate(options: DemoOptions): DemoOptions {
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

/**
 * Foreign keys are checked by construction (and by the tests), not per row; a bigger page cache
 * helps the inserts. Both are per-connection settings and are put back afterwards.
 */
function tuneConnection(db: Database.Database): () => void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -131072');
  return () => {
    if (!db.open || db.inTransaction) return;
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${cacheSize}`);
  };
}

/**
 * For the index builds: with temp_store = MEMORY SQLite's sorter keeps every key of an index in
 * one in-memory list (no size limit, one allocation per key) and slows down more than linearly
 * (7 s for 4.6 M sales rows); with temporary files it sorts runs of cache_size bytes and merges
 * them, and 16 MB runs stay in the CPU caches (1.9 s for the same rows). Put back afterwards.
 */
function tuneSorter(db: Database.Database): () => void {
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('temp_store = FILE');
  db.pragma('cache_size = -16384');
  return () => {
    if (!db.open || db.inTransaction) return;
    db.pragma(`temp_store = ${tempStore}`);
    db.pragma(`cache_size = ${cacheSize}`);
  };
}
