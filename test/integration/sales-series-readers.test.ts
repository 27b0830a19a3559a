import { afterAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { ensureSalesSeries, markSalesSeriesStale, salesSeriesComplete } from '../../src/core/db/sales-series/store';
import { dayFromIso } from '../../src/core/ground/calendar';
import { readHistory } from '../../src/core/forecasting/history';
import { readProducts } from '../../src/core/forecasting/products';
import { readLastYearAhead } from '../../src/core/monitoring/alerts/season-ahead';
import { readSkuWeeks } from '../../src/core/monitoring/key-figures/sku-weeks';
import { WeekGrid } from '../../src/core/monitoring/key-figures/week-grid';
import { legacyLastYearAhead, legacySkuWeeks } from '../helpers/legacy-sales-readers';
import { planningDemo } from '../fixtures/planning-workspace';

const TODAY = '2026-06-30';

function seriesOf(db: Database.Database): { productId: number; locationId: number }[] {
  const pairs = db.prepare('SELECT DISTINCT product_id AS productId, location_id AS locationId FROM sales_daily').all() as { productId: number; locationId: number }[];
  const products = db.prepare('SELECT id AS productId, 0 AS locationId FROM products').all() as { productId: number; locationId: number }[];
  return [...pairs, ...products];
}

const print = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array, String) : v));

describe('readers of the series store give what the SQL readers gave', () => {
  const demo = planningDemo(40, false);
  afterAll(() => demo.remove());

  it('season-ahead, key-figure weeks and history: from the rows before the store is built, and from the store after', () => {
    const ws = demo.open();
    const db = ws.db;
    // The demo builds the store as it writes its sales: set it aside to read the rows first.
    db.transaction(() => markSalesSeriesStale(db))();
    expect(salesSeriesComplete(db)).toBe(false);
    const series = seriesOf(db);
    const grid = new WeekGrid(TODAY);
    const products = readProducts(db);
    const legacy = { season: print([...legacyLastYearAhead(db, dayFromIso(TODAY), series)]), weeks: print(legacySkuWeeks(db, grid)) };
    const fromRows = {
      season: print([...readLastYearAhead(db, dayFromIso(TODAY), series)]),
      weeks: print(readSkuWeeks(db, grid)),
      history: print(readHistory(db, products, { frequency: 'week', locations: 'each' })),
      total: print(readHistory(db, products, { frequency: 'month', locations: 'total' })),
    };
    expect(fromRows.season).toEqual(legacy.season);
    expect(fromRows.weeks).toEqual(legacy.weeks);
    expect(JSON.parse(fromRows.weeks).length).toBeGreaterThan(40);

    expect(ensureSalesSeries(db)).toBe(true);
    expect(readSkuWeeks(db, grid).some((w) => w.outDays.some((d) => d > 0))).toBe(true);
    expect(print([...readLastYearAhead(db, dayFromIso(TODAY), series)])).toEqual(legacy.season);
    expect(print(readSkuWeeks(db, grid))).toEqual(legacy.weeks);
    expect(print(readHistory(db, products, { frequency: 'week', locations: 'each' }))).toEqual(fromRows.history);
    expect(print(readHistory(db, products, { frequency: 'month', locations: 'total' }))).toEqual(fromRows.total);
    ws.close();
  });
});
