import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../ground/task-context';
import { readHistory } from './history';
import { readProducts } from './products';
import { readDailySales, type DailyRecords } from './read-sales';
import { runWorkspaceForecast } from './run-forecast';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';

const FROM = '2025-01-06'; // a Monday; 364 days later is Sunday 2026-01-04
const DAYS = 364;

describe('reading history from the workspace', () => {
  const tempDir = useTempDir();

  function twinsWorkspace() {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const units = steadyUnits(DAYS, 10);
    const inStock = addProduct(ws.db, { sku: 'ALWAYS' });
    const stockedOut = addProduct(ws.db, { sku: 'OUT-2W' });
    addDailySales(ws.db, inStock, wh, FROM, units);
    // The same demand, but the last two weeks out of stock: no sales, stock-out rows.
    addDailySales(ws.db, stockedOut, wh, FROM, units, { stockout: (d) => d >= DAYS - 14 });
    return { ws, wh, inStock, stockedOut, units };
  }

  it('parses every row of the one-string-per-series read', () => {
    const { ws, inStock } = twinsWorkspace();
    ws.db.prepare('UPDATE sales_daily SET units = -2.5 WHERE product_id = ? AND date = ?').run(inStock, FROM);
    const first = readDailySales(ws.db, { to: '2026-12-31' }).next().value as DailyRecords;
    expect(first.productId).toBe(inStock);
    expect(first.length).toBe(ws.db.prepare('SELECT count(*) FROM sales_daily WHERE product_id = ?').pluck().get(inStock));
    const sum = ws.db.prepare('SELECT sum(units) FROM sales_daily WHERE product_id = ?').pluck().get(inStock) as number;
    expect(first.units.subarray(0, first.length).reduce((a, b) => a + b, 0)).toBeCloseTo(sum, 9);
    expect(first.units[0]).toBe(-2.5);
  });

  it('censors fully out-of-stock weeks instead of reading them as zero demand', () => {
    const { ws, stockedOut } = twinsWorkspace();
    const history = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' });
    const series = history.series.find((s) => s.productId === stockedOut)!;
    expect(series.values).toHaveLength(52);
    expect(Number.isNaN(series.values[51]!)).toBe(true);
    expect(Number.isNaN(series.values[50]!)).toBe(true);
    expect(series.censoredBuckets).toBe(2);
    expect(series.availability[51]).toBe(0);
  });

  it('scales a partly out-of-stock week up to its in-stock rate', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const p = addProduct(ws.db, { sku: 'P' });
    const units = new Array(28).fill(10);
    // Last week: three days out of stock, four days selling 10 a day.
    addDailySales(ws.db, p, wh, '2025-12-08', units, { stockout: (d) => d >= 21 && d < 24 });
    const history = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' });
    const values = [...history.series[0]!.values];
    expect(values).toEqual([70, 70, 70, 70]);
    expect(history.series[0]!.scaledBuckets).toBe(1);
  });

  it('an item out of stock for its last two weeks is not forecast lower than its always-stocked twin', () => {
    const { ws, inStock, stockedOut } = twinsWorkspace();
    runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext());
    const totals = ws.db.prepare('SELECT product_id, total_mean FROM forecast_series').all() as { product_id: number; total_mean: number }[];
    const total = (id: number) => totals.find((t) => t.product_id === id)!.total_mean;
    expect(total(inStock)).toBeGreaterThan(400);
    expect(total(stockedOut)).toBeGreaterThanOrEqual(total(inStock) * 0.97);
  });

  it('starts a series at its first sale, or at a launch date inside the history', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const early = addProduct(ws.db, { sku: 'EARLY' });
    const launched = addProduct(ws.db, { sku: 'LAUNCHED', launchDate: '2025-11-03' });
    addDailySales(ws.db, early, wh, '2025-06-02', steadyUnits(217, 5));
    addDailySales(ws.db, launched, wh, '2025-12-01', steadyUnits(35, 5));
    const history = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' });
    const lengths = Object.fromEntries(history.series.map((s) => [s.productId, s.values.length]));
    expect(lengths[early]).toBe(31);
    // Launched 4 weeks before its first sale: those weeks are real zeros.
    expect(lengths[launched]).toBe(9);
    expect([...history.series.find((s) => s.productId === launched)!.values.slice(0, 4)]).toEqual([0, 0, 0, 0]);
  });

  it('gives daily buckets a missing value on stock-out days and sums locations in total mode', () => {
    const ws = emptyWorkspace(tempDir());
    const a = addLocation(ws.db, 'A');
    const b = addLocation(ws.db, 'B');
    const p = addProduct(ws.db, { sku: 'P' });
    addDailySales(ws.db, p, a, '2026-01-01', [3, 3, 0, 3], { stockout: (d) => d === 2 });
    addDailySales(ws.db, p, b, '2026-01-01', [1, 1, 1, 1]);
    const daily = readHistory(ws.db, readProducts(ws.db), { frequency: 'day', locations: 'each' });
    expect([...daily.series[0]!.values]).toEqual([3, 3, NaN, 3]);
    const total = readHistory(ws.db, readProducts(ws.db), { frequency: 'day', locations: 'total' });
    expect(total.series).toHaveLength(1);
    expect(total.series[0]!.locationId).toBe(0);
    // Day 3: A (3 of the 4 a day) is out; B's 1 unit is a quarter of demand → scaled back to 4.
    expect([...total.series[0]!.values]).toEqual([4, 4, 4, 4]);
  });

  it('records the promotion share of each bucket', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    const p = addProduct(ws.db, { sku: 'P' });
    addDailySales(ws.db, p, wh, '2026-01-05', new Array(14).fill(4), { promo: (d) => d >= 7 && d < 9 });
    const history = readHistory(ws.db, readProducts(ws.db), { frequency: 'week', locations: 'each' });
    expect([...history.series[0]!.promoShare]).toEqual([0, 8 / 28]);
    expect(history.series[0]!.promoUnits).toBe(8);
  });
});
