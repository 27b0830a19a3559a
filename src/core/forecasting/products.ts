/** The catalogue facts forecasting uses: launch dates, and what makes SKUs analogous. */

import type Database from 'better-sqlite3';
import { dayFromIso } from '../ground/calendar';

export interface ProductInfo {
  id: number;
  sku: string;
  brand: string | null;
  category: string | null;
  price: number | null;
  status: 'active' | 'new' | 'discontinued';
  /** Day number, or null when unknown. */
  launchDay: number | null;
  attributes: Record<string, string>;
}

/** What a history read needs of a product: where its series may start. */
export type LaunchFacts = Pick<ProductInfo, 'launchDay'>;

/** Every product's launch day alone: a scorer of a few weeks skips reading names and attributes of the catalogue. */
export function readLaunchDays(db: Database.Database): Map<number, LaunchFacts> {
  const rows = db.prepare('SELECT id, launch_date FROM products ORDER BY id').raw(true).all() as [number, string | null][];
  return new Map(rows.map(([id, launch]) => [id, { launchDay: launchDayOf(launch) }]));
}

function launchDayOf(launchDate: string | null): number | null {
  const day = launchDate ? dayFromIso(launchDate) : NaN;
  return Number.isFinite(day) ? day : null;
}

interface ProductRow {
  id: number;
  sku: string;
  brand: string | null;
  category: string | null;
  price: number | null;
  status: ProductInfo['status'];
  launch_date: string | null;
  attributes: string;
}

export function readProducts(db: Database.Database): Map<number, ProductInfo> {
  const rows = db
    .prepare('SELECT id, sku, brand, category, price, status, launch_date, attributes FROM products ORDER BY id')
    .all() as ProductRow[];
  const products = new Map<number, ProductInfo>();
  for (const row of rows) {
    products.set(row.id, {
      id: row.id,
      sku: row.sku,
      brand: row.brand,
      category: row.category,
      price: row.price,
      status: row.status,
      launchDay: launchDayOf(row.launch_date),
      attributes: parseAttributes(row.attributes),
    });
  }
  return products;
}

/** Attribute values as text, so {"size":"M"} and {"size":"M "} compare equal after trimming. */
function parseAttributes(json: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (value !== null && value !== undefined && typeof value !== 'object') out[key] = String(value).trim();
    }
    return out;
  } catch {
    return {};
  }
}
