import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace';
import type { StockColumns } from './history-chunk';
import { copyStockFrom, describeStockSide, StockSideWriter } from './stock-side-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-stock-side-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const DATES = ['2025-01-05', '2025-01-12', '2025-01-19'];

/** One block's snapshots: products 1..n at warehouse 1, every date, in key order. */
function block(products: number[]): StockColumns {
  const n = products.length * DATES.length;
  const stock: StockColumns = { count: n, productId: new Int32Array(n), locationId: new Uint8Array(n), day: new Uint16Array(n), onHand: new Float64Array(n) };
  let k = 0;
  for (const p of products) {
    for (let d = 0; d < DATES.length; d++, k++) {
      stock.productId[k] = p;
      stock.locationId[k] = 1;
      stock.day[k] = d;
      stock.onHand[k] = p * 10 + d + 0.5;
    }
  }
  return stock;
}

describe('the stock side file', () => {
  it('is copied into the workspace whole, with its date index, and leaves no journal behind', () => {
    const workspace = createWorkspace(path.join(dir, 'target.sdk'), { name: 'Side', kind: 'demo', bulk: true });
    const { db } = workspace;
    db.pragma('foreign_keys = OFF');
    const side = describeStockSide(db);
    expect(side.path).toBe(path.join(dir, 'target.sdk.stock'));
    expect(side.table).toMatch(/^CREATE TABLE stock_snapshots/);
    expect(side.indexes).toEqual([expect.stringMatching(/^CREATE INDEX stock_snapshots_date/)]);

    const writer = new StockSideWriter(side, DATES);
    writer.write(block([1, 2]));
    writer.write(block([3]));
    expect(fs.readdirSync(dir).filter((f) => f.includes('journal'))).toEqual([]);
    expect(writer.finish()).toBe(9);

    expect(copyStockFrom(db, side.path)).toBe(9);
    const rows = db.prepare('SELECT product_id, location_id, date, on_hand FROM stock_snapshots ORDER BY product_id, date').raw().all();
    expect(rows[0]).toEqual([1, 1, '2025-01-05', 10.5]);
    expect(rows.at(-1)).toEqual([3, 1, '2025-01-19', 32.5]);
    // The index came with the copy, complete: a date look-up through it finds every product.
    const byDate = db.prepare('SELECT count(*) FROM stock_snapshots INDEXED BY stock_snapshots_date WHERE date = ?').pluck();
    expect(byDate.get('2025-01-12')).toBe(3);
    expect(db.pragma('integrity_check(stock_snapshots)', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT name FROM pragma_database_list').pluck().all()).not.toContain('demo_stock');
    fs.rmSync(side.path);
    workspace.close();
  });
});
