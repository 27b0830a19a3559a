import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace';
import type { TaskContext } from '../ground/task-context';
import { generateDemo } from './generate-demo';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-golden-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet: TaskContext = { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false };

/** Every table the demo writes (import_log: the demo's order-lines import). */
const TABLES = [
  'locations', 'suppliers', 'products', 'supplier_terms', 'promotions', 'lanes', 'sales_daily', 'stock_snapshots',
  'purchase_orders', 'po_lines', 'receipts', 'import_log', 'order_lines',
];

/** Columns stamped with the clock when written: not part of the demo's data. */
const CLOCK_COLUMNS = new Set(['updated_at']);

/** Row count and a digest of the table's rows in sorted order (independent of physical order). */
function tableDigest(db: Database.Database, table: string): string {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[]).filter((c) => !CLOCK_COLUMNS.has(c));
  const select = `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table}`;
  const rows = (db.prepare(select).raw().all() as unknown[][]).map((row) => JSON.stringify(row)).sort();
  const hash = crypto.createHash('sha256');
  for (const row of rows) hash.update(row).update('\n');
  return `${rows.length} ${hash.digest('hex').slice(0, 16)}`;
}

/**
 * The default 300-SKU demo (the app's "try the demo", which the browser tests' figures rest on),
 * recorded before the generator was made faster: any change to its rows is a change of the demo.
 */
const GOLDEN: Record<string, string> = {
  locations: '2 209105fb348ca383',
  suppliers: '7 bb7a3b427aba0bd6',
  products: '300 6c2782c2d531ca33',
  supplier_terms: '375 f966f1ffac11f3e9',
  promotions: '20 7debf676b0baa3cc',
  lanes: '32 a56c0d07930e8d26',
  sales_daily: '108280 218eea93f35559d1',
  stock_snapshots: '47133 553deaba9789e665',
  purchase_orders: '1012 dc1db4daae456b7e',
  po_lines: '4515 c67710efb3bc4b16',
  receipts: '4633 8b79c8ac97f0ea18',
  import_log: '1 bdf24fdb9f2b1e4d',
  order_lines: '24347 131860ea9f36b71c',
};

describe('the 300-SKU demo', () => {
  it('keeps every row of every table for its seed', () => {
    const workspace = createWorkspace(path.join(dir, 'golden.sdk'), { name: 'Golden', kind: 'demo', bulk: true });
    generateDemo(workspace.db, { skus: 300, seed: 20240618, asOf: '2025-06-30' }, quiet);
    const digests = Object.fromEntries(TABLES.map((t) => [t, tableDigest(workspace.db, t)]));
    workspace.close();
    if (process.env.PRINT_DEMO_GOLDEN) console.log(JSON.stringify(digests, null, 2));
    expect(digests).toEqual(GOLDEN);
  });
});
