import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../db/workspace';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { seededRandom } from '../ground/random';
import { createInlineTaskContext } from '../ground/task-context';
import { runWorkspaceForecast } from './run-forecast';

const AS_OF = '2026-12-27';
const asOfDay = dayFromIso(AS_OF);
/** Winter demand: highest at the turn of the year, nearly none in summer (per day). */
const winterRate = (day: number) => {
  const yearPhase = (2 * Math.PI * (day - dayFromIso('2026-01-01'))) / 365.25;
  return 3 * (1 + 0.9 * Math.cos(yearPhase));
};

let dir: string;
let ws: Workspace;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-pooled-'));
  ws = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'Pooled season', kind: 'user' });
  ws.db.exec("INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'Warehouse 1')");
  const product = ws.db.prepare("INSERT INTO products (id, sku, name, brand, category, unit_cost, price) VALUES (?, ?, ?, 'North', 'Outerwear', 50, 120)");
  const sale = ws.db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units) VALUES (?, 1, ?, ?)');
  const random = seededRandom(5);
  ws.db.transaction(() => {
    // Four coats with two years of winters, and a down jacket launched ten weeks ago.
    for (let id = 1; id <= 5; id++) {
      product.run(id, id === 5 ? 'DOWN-NEW' : `COAT-${id}`, id === 5 ? 'Down jacket' : `Coat ${id}`);
      const days = id === 5 ? 70 : 730;
      for (let day = asOfDay - days + 1; day <= asOfDay; day++) {
        const rate = winterRate(day);
        sale.run(id, isoFromDay(day), Math.floor(rate + random()));
      }
    }
  })();
});
afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a short series takes its season from its category', () => {
  it('gives a ten-week winter SKU among two-year winter SKUs a winter-shaped forecast that falls in spring, and a wide band', () => {
    const summary = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 26, asOf: AS_OF }, createInlineTaskContext());
    const row = ws.db.prepare('SELECT method, history_buckets FROM forecast_series WHERE run_id = ? AND product_id = 5').get(summary.runId) as { method: string; history_buckets: number };
    expect(row.history_buckets).toBe(10);
    expect(row.method).toMatch(/pooled season/);
    const values = ws.db.prepare('SELECT mean, p10, p90 FROM forecast_values WHERE run_id = ? AND product_id = 5 ORDER BY bucket_date').all(summary.runId) as { mean: number; p10: number; p90: number }[];
    // January is winter, May is not: the forecast falls through spring instead of rising toward May.
    const january = values.slice(0, 4).reduce((a, v) => a + v.mean, 0);
    const may = values.slice(18, 22).reduce((a, v) => a + v.mean, 0);
    expect(may).toBeLessThan(0.5 * january);
    // The band of ten weeks of history is wider, relative to the level, than a two-year coat's.
    const coat = ws.db.prepare('SELECT mean, p10, p90 FROM forecast_values WHERE run_id = ? AND product_id = 1 ORDER BY bucket_date').all(summary.runId) as { mean: number; p10: number; p90: number }[];
    const relativeWidth = (v: { mean: number; p10: number; p90: number }) => (v.p90 - v.p10) / Math.max(v.mean, 1e-9);
    expect(relativeWidth(values[12]!)).toBeGreaterThan(relativeWidth(coat[12]!));
  });
});
