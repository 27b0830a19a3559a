/** Small hand-made workspaces and inputs for the alert tests: each threshold is checked on exact numbers. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { createWorkspace, type Workspace } from '../../db/workspace';
import { emptyPosition, type InventoryPosition } from '../../planning/inventory-position';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { DEFAULT_ALERT_SETTINGS } from './settings';
import type { AlertInputs, ProductFacts, SeriesFacts } from './types';

export const TODAY = '2026-06-30';
export const TODAY_DAY = dayFromIso(TODAY);
export const day = (offset: number) => isoFromDay(TODAY_DAY + offset);

/** An empty, migrated workspace with one location (WH1, id 1), one supplier (SUP-1, id 1) and product 1 (SKU-1, cost 10, price 25). */
export function tinyWorkspace(): { ws: Workspace; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-alerts-'));
  const ws = createWorkspace(path.join(dir, 'w.supplydesk'), { name: 'Alerts test', kind: 'user' });
  ws.db.exec(`
    INSERT INTO locations (id, code, name) VALUES (1, 'WH1', 'Warehouse 1');
    INSERT INTO suppliers (id, code, name, default_lead_time_days) VALUES (1, 'SUP-1', 'Supplier One', 10);
    INSERT INTO products (id, sku, name, unit_cost, price) VALUES (1, 'SKU-1', 'Product one', 10, 25);
    INSERT INTO supplier_terms (supplier_id, product_id, unit_cost, lead_time_days) VALUES (1, 1, 10, 10);
  `);
  return { ws, remove: () => { ws.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

export const PRODUCT: ProductFacts = { id: 1, sku: 'SKU-1', name: 'Product one', status: 'active', launchDate: null, unitCost: 10, price: 25 };

/** A SKU-location selling `daily` units a day (flat weekly buckets from today), with the position given. */
export function seriesWith(daily: number, position: Partial<InventoryPosition>, extra: Partial<SeriesFacts> = {}): SeriesFacts {
  const pos = { ...emptyPosition(), ...position };
  pos.position = pos.onHand + pos.onOrder - pos.backorders;
  return {
    productId: 1, locationId: 1, location: 'WH1', position: pos,
    mean: new Float64Array(26).fill(daily * 7), bucketDates: Array.from({ length: 26 }, (_, i) => day(7 * (i + 1))), bucketDays: 7,
    demandSource: 'forecast', dailyDemand: daily, leadTimeDays: 10, supplierId: 1, reorderPoint: daily * 10, reorderPointSource: 'leadTimeDemand',
    ...extra,
  };
}

export function inputsWith(series: SeriesFacts[], settings: Partial<AlertSettings> = {}, runId: number | null = null): AlertInputs {
  return {
    today: TODAY, todayDay: TODAY_DAY, currency: 'CNY', settings: { ...DEFAULT_ALERT_SETTINGS, ...settings },
    products: new Map([[1, PRODUCT]]), suppliers: new Map([[1, { id: 1, code: 'SUP-1', name: 'Supplier One' }]]),
    locations: new Map([[1, 'WH1']]), series, runId,
  };
}
