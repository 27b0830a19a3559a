import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, type Db } from '../../src/core/db/workspace';
import { fillSalesRevenue, readSeriesRevenue, salesRevenuePending } from '../../src/core/db/sales-series/revenue-store';
import { ensureSalesSeries, markSalesSeriesStale, refreshSalesSeries, REVENUE_STATE_KEY, salesSeriesComplete } from '../../src/core/db/sales-series/store';
import { createRng, type Rng } from '../../src/core/ground/random';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';
import { buildRunCovariates, type SeriesCovariates } from '../../src/core/forecasting/covariates';
import { readHistory } from '../../src/core/forecasting/history';
import { readProducts } from '../../src/core/forecasting/products';
import { undoImport } from '../../src/core/import/write/undo';
import { importFile, writeText } from '../fixtures/import-workspace';
import { useTempDir } from '../helpers/temp-dir';

const SKUS = ['A', 'B', 'C', 'D'];
const LOCATIONS = ['WH1', 'WH2'];
const FIRST_DAY = dayFromIso('2026-01-05');

/** Daily sales with revenue over `days` days from `from`: whole or decimal units, some days without revenue, some promotions and stock-outs. */
function salesFile(rng: Rng, dir: string, name: string, from: number, days: number): string {
  const lines = ['sku,location,date,units,revenue,promo,stockout'];
  for (const sku of SKUS) {
    const price = rng.int(5, 40) + rng.int(0, 99) / 100;
    for (const location of LOCATIONS) {
      if (!rng.chance(0.8)) continue;
      for (let d = 0; d < days; d++) {
        if (rng.chance(0.25)) continue;
        const stockout = rng.chance(0.05);
        const units = stockout ? 0 : rng.chance(0.3) ? Math.round(rng.range(0, 9) * 100) / 100 : rng.int(0, 9);
        const revenue = stockout || rng.chance(0.15) ? '' : (units * price * (rng.chance(0.2) ? 0.8 : 1)).toFixed(2);
        lines.push(`${sku},${location},${isoFromDay(from + d)},${units},${revenue},${rng.chance(0.2) ? 1 : 0},${stockout ? 1 : 0}`);
      }
    }
  }
  return writeText(dir, name, lines.join('\n'));
}

/** Each series' stored rows with their revenue, against sales_daily's rows in the same (product, location, day) order. */
function storedRevenue(db: Db): { stored: string[]; rows: string[] } {
  const stored: string[] = [];
  for (const { records: r, revenueKnown } of readSeriesRevenue(db, { first: -1e9, last: 1e9 }, { fromDay: -1e9, toDay: 1e9 })) {
    expect(revenueKnown).toBe(true);
    for (let k = 0; k < r.length; k++) stored.push(`${r.productId}/${r.locationId} ${isoFromDay(r.days[k]!)} ${r.units[k]} ${r.revenue[k]}`);
  }
  const rows = (db.prepare('SELECT product_id, location_id, date, units, revenue FROM sales_daily ORDER BY 1, 2, 3').raw().all() as [number, number, string, number, number][]).map(
    ([p, l, date, units, revenue]) => `${p}/${l} ${date} ${units} ${revenue}`,
  );
  return { stored, rows };
}

const printed = (covariates: SeriesCovariates[]) => JSON.stringify(covariates.map((c) => [c.price ? Array.from(c.price, String) : null, Array.from(c.promo)]));

/** A run's covariates with the prices from the store, and the same with the store set aside (a rolled-back transaction). */
function pricesBothWays(db: Db): { fromStore: string; fromRows: string; priced: number }[] {
  const products = readProducts(db);
  const out: { fromStore: string; fromRows: string; priced: number }[] = [];
  // The last case reads from a later day on: the stored rows before it are skipped, revenue too.
  const cases = [
    ...(['week', 'month', 'day'] as const).flatMap((frequency) => (['each', 'total'] as const).map((locations) => ({ frequency, locations }))),
    { frequency: 'week' as const, locations: 'each' as const, from: isoFromDay(FIRST_DAY + 17) },
  ];
  for (const options of cases) {
    {
      const history = readHistory(db, products, options);
      const fromStore = buildRunCovariates(db, history, 4);
      let fromRows = '';
      try {
        db.transaction(() => {
          markSalesSeriesStale(db);
          fromRows = printed(buildRunCovariates(db, history, 4));
          throw new Error('roll back');
        })();
      } catch (error) {
        if ((error as Error).message !== 'roll back') throw error;
      }
      out.push({ fromStore: printed(fromStore), fromRows, priced: fromStore.filter((c) => c.price !== null && new Set(c.price).size > 1).length });
    }
  }
  return out;
}

function expectSamePrices(db: Db): void {
  expect(salesSeriesComplete(db)).toBe(true);
  const revenue = storedRevenue(db);
  expect(revenue.stored.length).toBeGreaterThan(50);
  expect(revenue.stored).toEqual(revenue.rows);
  for (const { fromStore, fromRows, priced } of pricesBothWays(db)) {
    expect(priced).toBeGreaterThan(0);
    expect(fromStore).toEqual(fromRows);
  }
}

describe("a run's prices from the series store", () => {
  const tempDir = useTempDir();

  it('equal the ones from sales_daily after imports, an undo, order lines, and a store filled after migration 019', async () => {
    const dir = tempDir();
    const ws = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'Prices' });
    const db = ws.db;
    const rng = createRng(11, 19);
    const first = await importFile(db, salesFile(rng, dir, 'first.csv', FIRST_DAY, 60), { kind: 'sales' });
    expect(first.status).toBe('done');
    expect(ensureSalesSeries(db)).toBe(true);
    expect(salesRevenuePending(db)).toBe(false);
    expectSamePrices(db);

    // A second file over part of the same days replaces them; its undo puts the first file's rows back.
    const second = await importFile(db, salesFile(rng, dir, 'second.csv', FIRST_DAY + 20, 30), { kind: 'sales' });
    expect(second.status).toBe('done');
    expectSamePrices(db);
    const beforeUndo = storedRevenue(db).stored;
    undoImport(db, second.importId!);
    expectSamePrices(db);
    expect(storedRevenue(db).stored).not.toEqual(beforeUndo);

    // Order lines sum into the days they cover.
    const lines = ['InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,Location'];
    for (let d = 0; d < 24; d++) lines.push(`O${d},${SKUS[d % 4]},${1 + (d % 3)},${isoFromDay(FIRST_DAY + 50 + (d >> 1))} 10:00,7.35,WH1`);
    const orders = await importFile(db, writeText(dir, 'orders.csv', lines.join('\n')), { kind: 'order-lines' });
    expect(orders.status).toBe('done');
    expectSamePrices(db);

    // Revenue that is not whole cents (a writer that keeps the store as imports do) is kept as doubles, exactly.
    db.transaction(() => {
      db.prepare("UPDATE sales_daily SET revenue = units * 3.3333333 WHERE product_id = (SELECT id FROM products WHERE sku = 'B') AND units > 0").run();
      const touched = db.prepare("SELECT product_id, location_id, min(date), max(date) FROM sales_daily WHERE product_id = (SELECT id FROM products WHERE sku = 'B') GROUP BY 1, 2").raw().all() as [number, number, string, string][];
      refreshSalesSeries(db, touched.map(([product, location, from, to]) => ({ product, location, from, to })));
    })();
    expectSamePrices(db);

    // A store built before migration 019: no revenue on some series until a job fills it; prices read those from sales_daily meanwhile.
    db.transaction(() => {
      db.prepare('UPDATE sales_series SET revenue = NULL WHERE product_id % 2 = 0').run();
      db.prepare("INSERT INTO workspace_meta (key, value) VALUES (?, 'pending')").run(REVENUE_STATE_KEY);
    })();
    let missing = 0;
    for (const s of readSeriesRevenue(db, { first: -1e9, last: 1e9 }, { fromDay: -1e9, toDay: 1e9 })) if (!s.revenueKnown) missing++;
    expect(missing).toBeGreaterThan(0);
    for (const { fromStore, fromRows } of pricesBothWays(db)) expect(fromStore).toEqual(fromRows);
    expect(fillSalesRevenue(db)).toBe(true);
    expect(salesRevenuePending(db)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM sales_series WHERE revenue IS NULL').pluck().get()).toBe(0);
    expectSamePrices(db);
    ws.close();
  });
});
