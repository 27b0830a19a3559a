import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMeta } from '../db/meta';
import { salesTotalsComplete } from '../db/sales-totals/store';
import { weekTotalsSql } from '../db/sales-totals/week-sql';
import { createWorkspace, type Workspace } from '../db/workspace';
import { isAppError } from '../ground/errors/app-error';
import type { TaskContext } from '../ground/task-context';
import { generateDemo, type DemoOptions, type DemoResult } from './generate-demo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-gen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quietContext: TaskContext = { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false };
let fileCounter = 0;

function build(options: DemoOptions, ctx: TaskContext = quietContext): { workspace: Workspace; result: DemoResult } {
  const workspace = createWorkspace(path.join(dir, `demo-${++fileCounter}.sdk`), { name: 'Test demo', kind: 'demo', bulk: true });
  return { workspace, result: generateDemo(workspace.db, options, ctx) };
}

/** A digest of every row of every data table (the workspace_meta createdAt differs per file). */
function checksums(workspace: Workspace): Record<string, string> {
  const tables = ['locations', 'products', 'suppliers', 'supplier_terms', 'promotions', 'sales_daily', 'stock_snapshots', 'purchase_orders', 'po_lines', 'receipts'];
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const hash = crypto.createHash('sha256');
    for (const row of workspace.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
    sums[table] = hash.digest('hex');
  }
  return sums;
}

describe('generateDemo', () => {
  it('gives identical data for the same options and different data for another seed', () => {
    const options = { skus: 60, seed: 11, asOf: '2025-03-31' };
    const a = build(options);
    const b = build(options);
    const c = build({ ...options, seed: 12 });
    expect(b.result).toEqual(a.result);
    const sumsA = checksums(a.workspace);
    expect(checksums(b.workspace)).toEqual(sumsA);
    const sumsC = checksums(c.workspace);
    expect(sumsC.sales_daily).not.toEqual(sumsA.sales_daily);
    expect(sumsC.products).not.toEqual(sumsA.products);
    for (const w of [a, b, c]) w.workspace.close();
  });

  it('reports row counts that match the tables, and writes the demo meta', () => {
    const { workspace, result } = build({ skus: 60, seed: 3, asOf: '2024-12-15' });
    for (const [table, rows] of Object.entries(result.tables)) {
      const { n } = workspace.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      expect(n, table).toBe(rows);
    }
    expect(result.rowsWritten).toBe(Object.values(result.tables).reduce((a, b) => a + b, 0));
    expect(result.tables.products).toBe(60);
    expect(readMeta(workspace.db)).toMatchObject({ kind: 'demo', asOf: '2024-12-15', seed: 3, name: 'Test demo' });
    workspace.close();
  });

  it('leaves a consistent database: foreign keys hold, indexes are back, settings restored', () => {
    const { workspace } = build({ skus: 60, seed: 5, asOf: '2025-06-30' });
    const db = workspace.db;
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['sales_daily_date', 'po_lines_product', 'receipts_po_line', 'receipts_product']));
    // The weekly totals kept beside sales_daily are complete and hold what their query gives.
    expect(salesTotalsComplete(db)).toBe(true);
    expect(db.prepare('SELECT * FROM sales_weeks ORDER BY week').all()).toEqual(db.prepare(weekTotalsSql()).all());
    expect(db.prepare('SELECT count(*) FROM sales_sold_products').pluck().get()).toBe(db.prepare('SELECT count(DISTINCT product_id) FROM sales_daily WHERE units > 0').pluck().get());
    workspace.close();
  });

  it('scales the catalogue and suppliers with the SKU count', () => {
    const small = build({ skus: 60, seed: 9, asOf: '2025-06-30' });
    const large = build({ skus: 400, seed: 9, asOf: '2025-06-30' });
    expect(large.result.tables.products).toBe(400);
    expect(large.result.tables.suppliers).toBeGreaterThanOrEqual(8);
    expect(small.result.tables.suppliers).toBeGreaterThanOrEqual(6);
    const ratio = (large.result.tables.sales_daily ?? 0) / (small.result.tables.sales_daily ?? 1);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(13);
    small.workspace.close();
    large.workspace.close();
  });

  it('reports progress with stable step keys and stops when cancelled', () => {
    const steps = new Set<string>();
    const progress: TaskContext = {
      ...quietContext,
      progress: (step, current, total) => {
        expect(current).toBeLessThanOrEqual(total);
        steps.add(step);
      },
    };
    build({ skus: 60, seed: 1, asOf: '2025-06-30' }, progress).workspace.close();
    expect([...steps]).toEqual(['demo.catalog', 'demo.sales', 'demo.orders', 'demo.indexes']);

    let checks = 0;
    const cancelling: TaskContext = {
      ...quietContext,
      throwIfCancelled: () => {
        if (++checks > 2) throw new Error('cancelled');
      },
    };
    const workspace = createWorkspace(path.join(dir, 'cancelled.sdk'), { name: 'x', kind: 'demo', bulk: true });
    expect(() => generateDemo(workspace.db, { skus: 200, seed: 1, asOf: '2025-06-30' }, cancelling)).toThrow('cancelled');
    expect(workspace.db.pragma('foreign_keys', { simple: true })).toBe(1);
    workspace.close();
  });

  it('refuses options it cannot honour', () => {
    const workspace = createWorkspace(path.join(dir, 'invalid.sdk'), { name: 'x', kind: 'demo', bulk: true });
    const bad: DemoOptions[] = [
      { skus: 0, seed: 1, asOf: '2025-01-01' },
      { skus: 10.5, seed: 1, asOf: '2025-01-01' },
      { skus: 100, seed: -1, asOf: '2025-01-01' },
      { skus: 100, seed: 1, asOf: '2025-02-30' },
      { skus: 100, seed: 1, asOf: '1 Jan 2025' },
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        generateDemo(workspace.db, options, quietContext);
      } catch (e) {
        error = e;
      }
      expect(isAppError(error) && error.code, JSON.stringify(options)).toBe('invalid_input');
    }
    workspace.close();
  });
});
