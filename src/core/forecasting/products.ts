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
    const launchDay = row.launch_date ? dayFromIso(row.launch_date) : NaN;
    products.set(row.id, {
      id: row.id,
      sku: row.sku,
      brand: row.brand,
      category: row.category,
      price: row.price,
      status: row.status,
      launchDay: Number.isFinite(launchDay) ? launchDay : null,
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
