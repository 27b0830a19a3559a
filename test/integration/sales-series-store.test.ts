import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, type Db } from '../../src/core/db/workspace';
import { scanDailySales } from '../../src/core/db/sales-series/scan-sales';
import { ensureSalesSeries, FROM_THE_START, markSalesSeriesStale, readStoredSeries, salesSeriesComplete } from '../../src/core/db/sales-series/store';
import { createRng, type Rng } from '../../src/core/ground/random';
import { isoFromDay, dayFromIso } from '../../src/core/ground/calendar';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { readHistory, type History } from '../../src/core/forecasting/history';
import { readProducts } from '../../src/core/forecasting/products';
import { runWorkspaceForecast } from '../../src/core/forecasting/run-forecast';
import { undoImport } from '../../src/core/import/write/undo';
import { importFile, writeText } from '../fixtures/import-workspace';
import { useTempDir } from '../helpers/temp-dir';

const SKUS = ['A', 'B', 'C', 'D'];
const LOCATIONS = ['WH1', 'WH2'];
const FIRST_DAY = dayFromIso('2026-01-05');
const SPAN = 70;

/** Every series as plain rows: the store's and a fresh aggregation of sales_daily must print the same. */
function rowsOf(series: Iterable<{ productId: number; locationId: number; length: number; days: Int32Array; units: Float64Array; flags: Uint8Array }>): string[] {
  const out: string[] = [];
  for (const s of series) {
    const rows: string[] = [];
    for (let k = 0; k < s.length; k++) rows.push(`${isoFromDay(s.days[k]!)} ${s.units[k]} ${s.flags[k]}`);
    out.push(`${s.productId}/${s.locationId}: ${rows.join(', ')}`);
  }
  return out;
}

function storedRows(db: Db): string[] {
  return rowsOf(readStoredSeries(db, { fromDay: -1e9, toDay: 1e9 }));
}

function freshRows(db: Db): string[] {
  return rowsOf(scanDailySales(db, { to: '9999-12-31' }));
}

/** The same read with the store set aside: inside a transaction that is rolled back. */
function historyFromRows(db: Db, read: () => History): History {
  let history: History | undefined;
  try {
    db.transaction(() => {
      markSalesSeriesStale(db);
      history = read();
      throw new Error('roll back');
    })();
  } catch (error) {
    if ((error as Error).message !== 'roll back') throw error;
  }
  return history!;
}

function printed(history: History): string {
  return JSON.stringify(history.series.map((s) => [s.productId, s.locationId, s.startDay, [...s.values].map(String), [...s.promoShare], [...s.availability], s.integral, s.totalUnits]));
}

/** A random daily sales file: a few SKU-locations over a random span, whole or decimal units, some promo and stock-out days. */
function randomSalesFile(rng: Rng, dir: string, name: string): string {
  const lines = ['sku,location,date,units,promo,stockout'];
  const from = FIRST_DAY + rng.int(0, SPAN - 10);
  const days = rng.int(1, 20);
  const decimals = rng.chance(0.3);
  for (const sku of SKUS) {
    if (!rng.chance(0.6)) continue;
    for (const location of LOCATIONS) {
      if (!rng.chance(0.6)) continue;
      for (let d = 0; d < days; d++) {
        if (rng.chance(0.3)) continue;
        const stockout = rng.chance(0.1);
        const units = stockout ? 0 : decimals ? Math.round(rng.range(0, 20) * 100) / 100 : rng.int(0, 12);
        lines.push(`${sku},${location},${isoFromDay(from + d)},${units},${rng.chance(0.2) ? 1 : 0},${stockout ? 1 : 0}`);
      }
    }
  }
  if (lines.length === 1) lines.push(`A,WH1,${isoFromDay(from)},1,0,0`);
  return writeText(dir, name, lines.join('\n'));
}

describe('the series store follows every write to sales_daily', () => {
  const tempDir = useTempDir();

  it.each([1, 2, 3])('equals a fresh aggregation through random imports, forecasts, undos and re-imports (seed %i)', async (seed) => {
    const dir = tempDir();
    const ws = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'Store' });
    const db = ws.db;
    const rng = createRng(seed, 19);
    const ctx = createInlineTaskContext();
    const first = await importFile(db, randomSalesFile(rng, dir, 'first.csv'), { kind: 'sales' });
    expect(first.status).toBe('done');
    expect(salesSeriesComplete(db)).toBe(false);
    expect(ensureSalesSeries(db)).toBe(true);
    expect(storedRows(db)).toEqual(freshRows(db));

    const done: number[] = [first.importId!];
    const files: string[] = [];
    let forecasts = 0;
    for (let step = 0; step < 14; step++) {
      const roll = rng.next();
      if (roll < 0.5 || done.length === 0) {
        // A new file, or one imported before and undone (re-import).
        const file = files.length > 0 && rng.chance(0.3) ? files[rng.int(0, files.length - 1)]! : randomSalesFile(rng, dir, `s${step}.csv`);
        files.push(file);
        const result = await importFile(db, file, { kind: 'sales' });
        expect(result.status).toBe('done');
        done.push(result.importId!);
      } else if (roll < 0.85) {
        undoImport(db, done.pop()!);
      } else if (forecasts < 2) {
        forecasts++;
        runWorkspaceForecast(db, { frequency: 'week', horizon: 4, locations: 'each' }, ctx);
      }
      expect(salesSeriesComplete(db)).toBe(true);
      expect(storedRows(db)).toEqual(freshRows(db));
    }

    if (done.length === 0) await importFile(db, randomSalesFile(rng, dir, 'last.csv'), { kind: 'sales' });
    expect(storedRows(db)).toEqual(freshRows(db));
    // What a run reads is the same from the store as from the rows, weekly and monthly, per location and in total.
    const products = readProducts(db);
    for (const frequency of ['week', 'month', 'day'] as const) {
      for (const locations of ['each', 'total'] as const) {
        const stored = readHistory(db, products, { frequency, locations });
        expect(printed(stored)).toEqual(printed(historyFromRows(db, () => readHistory(db, products, { frequency, locations }))));
      }
    }
    // A read from a given day (a run scored on the weeks since it) cuts each series' tail in SQL:
    // the same rows and the same windowed history as from the rows, and firstRow still counts the stored rows.
    const before = new Map<string, Int32Array>();
    for (const s of readStoredSeries(db, { fromDay: FROM_THE_START, toDay: 1e9 })) before.set(`${s.productId}/${s.locationId}`, s.days.slice(0, s.length));
    for (let w = 0; w < 4; w++) {
      const range = { fromDay: FIRST_DAY + rng.int(0, SPAN), toDay: 0 };
      range.toDay = range.fromDay + rng.int(0, 21);
      const [from, to] = [isoFromDay(range.fromDay), isoFromDay(range.toDay)];
      expect(rowsOf(readStoredSeries(db, range))).toEqual(rowsOf(scanDailySales(db, { from, to })));
      for (const s of readStoredSeries(db, range)) {
        expect(s.firstRow).toBe(before.get(`${s.productId}/${s.locationId}`)!.filter((day) => day < range.fromDay).length);
      }
      for (const locations of ['each', 'total'] as const) {
        const options = { frequency: 'week' as const, locations, asOf: to, from };
        expect(printed(readHistory(db, products, options))).toEqual(printed(historyFromRows(db, () => readHistory(db, products, options))));
      }
    }
    ws.close();
  });
});
