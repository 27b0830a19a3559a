import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace';
import { ensureSalesSeries, markSalesSeriesStale, salesSeriesComplete } from '../db/sales-series/store';
import type { TaskContext } from '../ground/task-context';
import { generateDemo } from './generate-demo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-series-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet: TaskContext = { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false };

describe('the series store the demo builds in its pass', () => {
  it('is complete and equal, BLOB for BLOB (revenue too), to the store built again from sales_daily', () => {
    const workspace = createWorkspace(path.join(dir, 'series.sdk'), { name: 'Series', kind: 'demo', bulk: true });
    const db = workspace.db;
    const result = generateDemo(db, { skus: 120, seed: 7, asOf: '2025-06-30' }, quiet);
    expect(salesSeriesComplete(db)).toBe(true);
    const read = () => db.prepare('SELECT product_id, location_id, first_day, last_day, rows, layout, hex(data), hex(revenue), revenue IS NULL FROM sales_series ORDER BY 1, 2').raw().all();
    const inPass = read();
    expect(inPass.length).toBe(result.tables.sales_series);
    const { n } = db.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT product_id, location_id FROM sales_daily)').get() as { n: number };
    expect(inPass.length).toBe(n);
    const { total } = db.prepare('SELECT sum(rows) AS total FROM sales_series').get() as { total: number };
    expect(total).toBe(result.tables.sales_daily);

    db.transaction(() => markSalesSeriesStale(db))();
    expect(ensureSalesSeries(db)).toBe(true);
    expect(read()).toEqual(inPass);
    workspace.close();
  });
});
