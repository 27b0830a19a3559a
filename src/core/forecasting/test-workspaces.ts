/** Workspaces for the forecasting tests: generated demos and small hand-made ones. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createWorkspace, finishBulkWrite, type Workspace } from '../db/workspace';
import { generateDemo } from '../demo/generate-demo';
import { createInlineTaskContext } from '../ground/task-context';
import { dayFromIso, isoFromDay } from '../ground/calendar';

export function demoWorkspace(dir: string, skus = 120, seed = 7, asOf = '2026-06-30'): Workspace {
  const file = path.join(dir, `demo-${skus}-${seed}.supplydesk`);
  const workspace = createWorkspace(file, { name: 'Forecast test demo', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus, seed, asOf }, createInlineTaskContext());
  finishBulkWrite(workspace);
  return workspace;
}

export function emptyWorkspace(dir: string, name = 'hand.supplydesk'): Workspace {
  const file = path.join(dir, name);
  const workspace = createWorkspace(file, { name: 'Forecast test' });
  return workspace;
}

export interface ProductSpec {
  sku: string;
  brand?: string;
  category?: string;
  price?: number;
  status?: 'active' | 'new' | 'discontinued';
  launchDate?: string;
  attributes?: Record<string, string>;
}

export function addProduct(db: Database.Database, spec: ProductSpec): number {
  return Number(
    db
      .prepare('INSERT INTO products (sku, name, brand, category, price, status, launch_date, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(spec.sku, spec.sku, spec.brand ?? null, spec.category ?? null, spec.price ?? null, spec.status ?? 'active',
        spec.launchDate ?? null, JSON.stringify(spec.attributes ?? {})).lastInsertRowid,
  );
}

export function addLocation(db: Database.Database, code: string): number {
  return Number(db.prepare('INSERT INTO locations (code, name) VALUES (?, ?)').run(code, code).lastInsertRowid);
}

export interface SalesSpec {
  /** Day indexes (0 = `from`) out of stock: written as stock-out rows with no units. */
  stockout?: (day: number) => boolean;
  promo?: (day: number) => boolean;
}

/** Daily units from `from` on; zero-unit in-stock days get no row, as in real data. */
export function addDailySales(db: Database.Database, productId: number, locationId: number, from: string, units: readonly number[], spec: SalesSpec = {}): void {
  const insert = db.prepare('INSERT INTO sales_daily (product_id, location_id, date, units, promo, stockout) VALUES (?, ?, ?, ?, ?, ?)');
  const start = dayFromIso(from);
  db.transaction(() => {
    units.forEach((u, d) => {
      const out = spec.stockout?.(d) ?? false;
      if (!out && u === 0) return;
      insert.run(productId, locationId, isoFromDay(start + d), out ? 0 : u, spec.promo?.(d) ? 1 : 0, out ? 1 : 0);
    });
  })();
}

/** A deterministic wobbly daily pattern around `level` (no randomness: tests stay exact). */
export function steadyUnits(days: number, level: number, seed = 1): number[] {
  return Array.from({ length: days }, (_, d) => Math.max(0, Math.round(level + (level / 3) * Math.sin((d + seed) * 1.7) + ((d * 7 + seed) % 3) - 1)));
}

/** A temporary folder for a whole describe block (useTempDir's folders last one test). */
export function suiteDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-forecasting-'));
}

export function removeSuiteDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
